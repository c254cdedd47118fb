package dev.rolefit.bench;

import dev.rolefit.engine.Documents;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.MatchOptions;
import dev.rolefit.engine.RuleBook;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.Match;
import dev.rolefit.model.Vacancy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * One end-to-end timed run on generated data: rule base build, read, prepare, match indexed and
 * exhaustive, and the recall of the indexed top-K against the exhaustive top-K, list by list. Not a
 * JMH benchmark: each stage runs once, as a user's batch would, so the figures include warm-up.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.rolefit.bench.BenchRun --candidates 2000 --vacancies 200
 * </pre>
 */
@Command(name = "BenchRun", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Times one end-to-end run of rolefit on generated data and measures the recall of the "
                + "indexed top-K against the exhaustive top-K.")
public final class BenchRun implements Callable<Integer> {
    /** Whose lists are compared. */
    enum Per { candidate, vacancy }

    @Option(names = "--candidates", paramLabel = "N", defaultValue = "2000", description = "Default: ${DEFAULT-VALUE}.")
    long candidates;

    @Option(names = "--vacancies", paramLabel = "M", defaultValue = "200", description = "Default: ${DEFAULT-VALUE}.")
    long vacancies;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Read DIR/candidates.jsonl and DIR/vacancies.jsonl instead of generating a population.")
    Path data;

    @Option(names = "--per", paramLabel = "SIDE", defaultValue = "candidate",
            description = "Lists per candidate (vacancies for each) or per vacancy. Default: ${DEFAULT-VALUE}.")
    Per per;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "List length. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--threads", paramLabel = "T", description = "Scoring threads. Default: the number of processors.")
    Integer threads;

    @Option(names = "--as-of", paramLabel = "YYYY-MM", defaultValue = "2026-11",
            description = "The engine's month; the generator dates its populations to 2026-11. Default: ${DEFAULT-VALUE}.")
    String asOf;

    @Option(names = "--no-exhaustive", description = "Skip the exhaustive run (and so the recall): for sizes where "
            + "scoring every pair takes too long.")
    boolean noExhaustive;

    @Option(names = "--count-pairs", description = "Also count the pairs indexed retrieval hands to the rules "
            + "(one more indexed run, with every list kept whole).")
    boolean countPairs;

    @Option(names = "--bm25", description = "Also rank with plain BM25 full-text search (no rules) and give its "
            + "recall against the exhaustive top-K: what a search-engine-only setup would return.")
    boolean bm25;

    @Option(names = "--warm-up", paramLabel = "LISTS", defaultValue = "0",
            description = "Before the timed passes, make LISTS single lookups in each mode, so that neither pass "
                    + "pays the JIT warm-up alone (the first pass otherwise does). Default: ${DEFAULT-VALUE}.")
    int warmUp;

    @Option(names = "--also-retrieve", paramLabel = "N", split = ",",
            description = "After the exhaustive run, run indexed again with each of these retrieval limits "
                    + "(documents handed to the rules per list; 0: chosen, as by default, with the early stop) "
                    + "and give each one's time and recall.")
    List<Integer> alsoRetrieve = List.of();

    @Option(names = "--latency", paramLabel = "SAMPLES", defaultValue = "0",
            description = "Then time SAMPLES single lookups (the top-K for one candidate, or one vacancy, indexed) "
                    + "after SAMPLES/4 warm-up lookups, and print p50, p90, p99 and max. Default: ${DEFAULT-VALUE}.")
    int latency;

    /** What one run measured. */
    record Result(int candidates, int vacancies, int indexedMatches, int exhaustiveMatches, double recall,
                  int lists, int identicalLists, Map<String, Double> seconds, double bm25Recall, double[] latencyMs) {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        System.exit(new CommandLine(new BenchRun()).setOut(out).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        measure(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        return 0;
    }

    /** Runs every stage once, printing each figure as it comes. */
    Result measure(PrintWriter out) throws Exception {
        Map<String, Double> seconds = new LinkedHashMap<>();
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "rolefit BenchRun — %s, per %s, top %d, %d threads%n",
                data == null ? String.format(Locale.ROOT, "%,d candidates × %,d vacancies (seed %d)", candidates, vacancies, seed)
                        : "data from " + data, per, top, threadCount);
        out.printf(Locale.ROOT, "machine: %d processors, max heap %,d MB, Java %s (%s), load average %.2f%n",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Stopwatch.loadAverage());

        Path dir = data;
        Stopwatch t = Stopwatch.start();
        if (dir == null) {
            dir = Populations.temporary(candidates, vacancies, seed);
            line(out, seconds, "generate", t, "(not part of the run)");
        }
        try {
            t = Stopwatch.start();
            RuleBook book = RuleBook.defaults();
            line(out, seconds, "rule base build", t, "(the first in this JVM: what a command pays)");
            t = Stopwatch.start();
            RuleBook.defaults();
            line(out, seconds, "rule base rebuild", t, "(the second in this JVM: warm)");

            MatchEngine.Builder builder = MatchEngine.builder().rules(book).asOf(YearMonth.parse(asOf)).threads(threadCount);
            t = Stopwatch.start();
            try (MatchEngine engine = builder.build()) {
                line(out, seconds, "engine start", t, "(rules " + engine.rulesetVersion() + ")");
                return run(engine, dir, out, seconds);
            }
        } finally {
            if (data == null) {
                Populations.delete(dir);
            }
        }
    }

    private Result run(MatchEngine engine, Path dir, PrintWriter out, Map<String, Double> seconds) {
        Stopwatch t = Stopwatch.start();
        Documents.Batch<Candidate> candidateBatch = Documents.candidates(List.of(dir.resolve(Populations.CANDIDATES)));
        Documents.Batch<Vacancy> vacancyBatch = Documents.vacancies(List.of(dir.resolve(Populations.VACANCIES)));
        int errors = candidateBatch.errors().size() + vacancyBatch.errors().size();
        List<Candidate> cs = candidateBatch.records().stream().map(Documents.Sourced::record).toList();
        List<Vacancy> vs = vacancyBatch.records().stream().map(Documents.Sourced::record).toList();
        line(out, seconds, "read", t, String.format(Locale.ROOT, "(%,d documents, %d errors)", cs.size() + vs.size(), errors));

        t = Stopwatch.start();
        int refused = engine.putCandidates(cs).size() + engine.putVacancies(vs).size();
        line(out, seconds, "prepare", t, String.format(Locale.ROOT, "(putCandidates + putVacancies, %d refused)", refused));

        MatchOptions options = MatchOptions.defaults().top(top)
                .per(per == Per.candidate ? MatchOptions.Per.CANDIDATE : MatchOptions.Per.VACANCY);
        if (warmUp > 0) {
            t = Stopwatch.start();
            List<String> ids = owners(cs, vs);
            for (int i = 0; i < Math.min(warmUp, ids.size()); i++) {
                lookup(engine, ids.get(i), options.mode(MatchOptions.Mode.INDEXED));
                lookup(engine, ids.get(i), options.mode(MatchOptions.Mode.EXHAUSTIVE));
            }
            line(out, seconds, "warm-up", t, String.format(Locale.ROOT, "(%d lists in each mode, not part of the run)",
                    Math.min(warmUp, ids.size())));
        }
        t = Stopwatch.start();
        List<Match> indexed = engine.matchAll(options.mode(MatchOptions.Mode.INDEXED));
        line(out, seconds, "match indexed", t, String.format(Locale.ROOT, "(%,d matches)", indexed.size()));

        if (countPairs) {
            t = Stopwatch.start();
            int pairs = engine.matchAll(options.top(0).includeRejected(true).mode(MatchOptions.Mode.INDEXED)).size();
            long all = (long) cs.size() * vs.size();
            line(out, seconds, "count pairs", t, String.format(Locale.ROOT, "(indexed scores %,d of %,d pairs: %.1f%%)",
                    pairs, all, all == 0 ? 0 : 100.0 * pairs / all));
        }

        List<Match> exhaustive = List.of();
        double recall = Double.NaN;
        int identical = 0;
        Map<String, List<String>> exhaustiveLists = Map.of();
        if (!noExhaustive) {
            t = Stopwatch.start();
            exhaustive = engine.matchAll(options.mode(MatchOptions.Mode.EXHAUSTIVE));
            double exhaustiveSeconds = t.wall();
            line(out, seconds, "match exhaustive", t, String.format(Locale.ROOT, "(%,d matches; indexed is %.2f× as fast)",
                    exhaustive.size(), exhaustiveSeconds / seconds.get("match indexed")));
            Map<String, List<String>> indexedLists = lists(indexed);
            exhaustiveLists = lists(exhaustive);
            recall = recall(indexedLists, exhaustiveLists);
            for (Map.Entry<String, List<String>> e : exhaustiveLists.entrySet()) {
                identical += e.getValue().equals(indexedLists.getOrDefault(e.getKey(), List.of())) ? 1 : 0;
            }
            out.printf(Locale.ROOT, "recall@%d indexed vs exhaustive: %.4f; %,d of %,d lists identical%n",
                    top, recall, identical, exhaustiveLists.size());
            for (int limit : alsoRetrieve) {
                t = Stopwatch.start();
                Map<String, List<String>> limited = lists(engine.matchAll(
                        options.mode(MatchOptions.Mode.INDEXED).retrieveLimit(limit)));
                double wall = t.wall();
                line(out, seconds, "indexed, retrieve " + (limit == 0 ? "chosen" : limit), t, String.format(Locale.ROOT,
                        "(recall@%d %.4f; %.2f× as fast as exhaustive)", top, recall(limited, exhaustiveLists),
                        seconds.get("match exhaustive") / wall));
            }
        }

        double bm25Recall = Double.NaN;
        if (bm25) {
            t = Stopwatch.start();
            Map<String, List<String>> plain = per == Per.candidate ? Bm25.rank(cs, vs, top) : Bm25.rankReverse(cs, vs, top);
            line(out, seconds, "bm25 only", t, "(index and search, no rules)");
            if (!noExhaustive) {
                bm25Recall = recall(plain, exhaustiveLists);
                out.printf(Locale.ROOT, "recall@%d BM25-only vs exhaustive rules: %.4f%n", top, bm25Recall);
            }
        }

        double[] latencyMs = new double[0];
        if (latency > 0) {
            latencyMs = latency(engine, cs, vs, options.mode(MatchOptions.Mode.INDEXED), out);
        }
        double load = Stopwatch.loadAverage();
        out.printf(Locale.ROOT, "load average at the end: %.2f%s%n", load, load > Runtime.getRuntime().availableProcessors()
                ? " (more than the processors: other processes shared the machine; trust the cpu column more)" : "");
        out.flush();
        return new Result(cs.size(), vs.size(), indexed.size(), exhaustive.size(), recall, exhaustiveLists.size(),
                identical, seconds, bm25Recall, latencyMs);
    }

    /** Single lookups, one after the other, as an ATS page view would make them. */
    private double[] latency(MatchEngine engine, List<Candidate> cs, List<Vacancy> vs, MatchOptions options,
                             PrintWriter out) {
        List<String> ids = owners(cs, vs);
        if (ids.isEmpty()) {
            return new double[0];
        }
        int warmUp = Math.max(1, latency / 4);
        for (int i = 0; i < warmUp; i++) {
            lookup(engine, ids.get(i % ids.size()), options);
        }
        double[] ms = new double[latency];
        for (int i = 0; i < latency; i++) {
            String id = ids.get((warmUp + i) % ids.size());
            long t = System.nanoTime();
            lookup(engine, id, options);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "latency of one %s lookup against %,d %s (top %d, indexed, %d samples after %d warm-up): "
                        + "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                per, per == Per.candidate ? vs.size() : cs.size(), per == Per.candidate ? "vacancies" : "candidates",
                top, latency, warmUp, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                sorted[sorted.length - 1]);
        return ms;
    }

    private List<String> owners(List<Candidate> cs, List<Vacancy> vs) {
        return per == Per.candidate ? cs.stream().map(Candidate::id).toList() : vs.stream().map(Vacancy::id).toList();
    }

    private void lookup(MatchEngine engine, String id, MatchOptions options) {
        if (per == Per.candidate) {
            engine.vacanciesFor(id, options);
        } else {
            engine.candidatesFor(id, options);
        }
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Each owner's list of the other side's ids, in rank order. */
    private Map<String, List<String>> lists(List<Match> matches) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (Match m : matches) {
            String owner = per == Per.candidate ? m.candidateId() : m.vacancyId();
            String other = per == Per.candidate ? m.vacancyId() : m.candidateId();
            lists.computeIfAbsent(owner, k -> new ArrayList<>()).add(other);
        }
        return lists;
    }

    /** Of all the entries of the reference lists, the share the other lists hold too (micro-averaged). */
    static double recall(Map<String, List<String>> found, Map<String, List<String>> reference) {
        long hits = 0;
        long total = 0;
        for (Map.Entry<String, List<String>> e : reference.entrySet()) {
            Set<String> got = new HashSet<>(found.getOrDefault(e.getKey(), List.of()));
            for (String id : e.getValue()) {
                hits += got.contains(id) ? 1 : 0;
                total++;
            }
        }
        return total == 0 ? 1.0 : (double) hits / total;
    }

    private static void line(PrintWriter out, Map<String, Double> seconds, String stage, Stopwatch start, String note) {
        double wall = start.wall();
        double cpu = start.cpu();
        seconds.put(stage, wall);
        out.printf(Locale.ROOT, "%-18s %9.3f s wall %9.3f s cpu  %s%n", stage, wall, cpu, note);
        out.flush();
    }
}
