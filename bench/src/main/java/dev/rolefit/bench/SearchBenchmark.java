package dev.rolefit.bench;

import dev.rolefit.engine.DataStore;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.Profile;
import dev.rolefit.engine.SearchResult;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.RolefitJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Recruiter search over a data folder of generated candidates, as {@code rolefit index} and
 * {@code rolefit search --data} use it: build the folder (profile, journal, save the profiles and the
 * index), its size on disk, the time to open it again with the saved profiles (and, with
 * {@code --cold-open}, without them), and the latency of typical queries, sampled for percentiles.
 * Not a JMH benchmark: a build runs once, as a user's would.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.rolefit.bench.SearchBenchmark --candidates 100000 --cold-open
 * </pre>
 */
@Command(name = "SearchBenchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Times building, opening and searching a data folder of generated candidates.")
public final class SearchBenchmark implements Callable<Integer> {
    /** Typical recruiter queries: combined filters, a phrase with a NOT, ranges, a common and a rare skill. */
    static final List<String> QUERIES = List.of(
            "pytorch AND kubernetes seniority:>=MID_SENIOR (city:brussels OR remote:yes)",
            "\"machine learning\" -java language:nl",
            "k8s years:>=5 salary:<=80000",
            "python",
            "scala");

    @Option(names = "--candidates", paramLabel = "N", defaultValue = "100000", description = "Default: ${DEFAULT-VALUE}.")
    long candidates;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--input", paramLabel = "DIR",
            description = "Read the first N candidates of DIR/candidates.jsonl (from rolefit generate) instead of generating.")
    Path input;

    @Option(names = "--folder", paramLabel = "DIR",
            description = "The data folder to build (must not exist); a temporary one, deleted at the end, unless set.")
    Path folder;

    @Option(names = "--reuse", description = "Open the existing --folder instead of building it.")
    boolean reuse;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "10000",
            description = "Candidates per putCandidates call (one journal write each). Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "50", description = "Timed runs of each query. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--warm-up", paramLabel = "W", defaultValue = "10", description = "Untimed runs of each query first. Default: ${DEFAULT-VALUE}.")
    int warmUp;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Hits per query. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--cold-open", description = "Also open once without the saved profiles, as before they were kept.")
    boolean coldOpen;

    @Option(names = "--query", paramLabel = "Q", description = "A query to time instead of the built-in ones (repeatable).")
    List<String> queries = new ArrayList<>();

    /** What one run measured. */
    record Result(long candidates, Map<String, Double> seconds, long folderBytes, Map<String, Long> bytes,
                  DataStore.ProfileReuse reuse, Map<String, double[]> latencyMs, Map<String, Long> hits) {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        System.exit(new CommandLine(new SearchBenchmark()).setOut(out).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        measure(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        return 0;
    }

    /** Runs every stage once, printing each figure as it comes. */
    Result measure(PrintWriter out) throws Exception {
        YearMonth asOf = YearMonth.of(2026, 11);
        Map<String, Double> seconds = new LinkedHashMap<>();
        out.printf(Locale.ROOT, "SearchBenchmark: %,d candidates, %d processors, max heap %,d MB, load average %.1f%n",
                candidates, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                Stopwatch.loadAverage());
        Path generated = null;
        Path dir = folder;
        boolean temporaryFolder = folder == null;
        try {
            if (!reuse) {
                Path source = input;
                if (source == null) {
                    Stopwatch w = Stopwatch.start();
                    generated = Populations.temporary(candidates, 0, seed);
                    source = generated;
                    line(out, seconds, "generate", w, "(not part of the run)");
                }
                if (temporaryFolder) {
                    dir = Files.createTempDirectory("rolefit-search-").resolve("data");
                } else if (Files.exists(dir)) {
                    throw new IllegalArgumentException("--folder " + dir + " exists; give a new one, or --reuse to open it");
                }
                build(out, seconds, source.resolve(Populations.CANDIDATES), dir, asOf);
            }
            Map<String, Long> bytes = sizes(dir);
            long total = bytes.values().stream().mapToLong(Long::longValue).sum();
            out.printf(Locale.ROOT, "folder on disk      %,d bytes: %s%n", total, bytes);

            if (coldOpen) {
                Path saved = dir.resolve("profiles");
                Path aside = dir.resolveSibling(dir.getFileName() + "-profiles-aside");
                Files.move(saved, aside);
                try (MatchEngine engine = MatchEngine.builder().asOf(asOf).build()) {
                    Stopwatch w = Stopwatch.start();
                    try (DataStore store = DataStore.open(dir, engine)) {
                        line(out, seconds, "open, no profiles", w, store.profileReuse().toString());
                    }
                } finally {
                    // the cold open saved profiles of its own; put the build's back, so the next open is the same
                    Populations.delete(saved);
                    Files.move(aside, saved);
                }
                System.gc();
            }

            Stopwatch compile = Stopwatch.start();
            MatchEngine engine = MatchEngine.builder().asOf(asOf).build();
            line(out, seconds, "rule base build", compile, "");
            Map<String, double[]> latencies = new LinkedHashMap<>();
            Map<String, Long> hits = new LinkedHashMap<>();
            DataStore.ProfileReuse reuseReport;
            try (engine) {
                Stopwatch w = Stopwatch.start();
                try (DataStore store = DataStore.open(dir, engine)) {
                    reuseReport = store.profileReuse();
                    line(out, seconds, "open, saved profiles", w, reuseReport.toString());
                    System.gc();
                    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    out.printf(Locale.ROOT, "heap after open     %,d MB (%,d bytes a candidate)%n", heap >> 20,
                            store.candidateCount() == 0 ? 0 : heap / store.candidateCount());
                    List<String> qs = queries.isEmpty() ? QUERIES : queries;
                    out.printf(Locale.ROOT, "%-78s %10s %8s %8s %8s %8s%n", "query (top " + top + ", " + repeat + " runs)", "hits",
                            "p50 ms", "p90 ms", "p99 ms", "max ms");
                    for (String q : qs) {
                        long found = 0;
                        for (int i = 0; i < warmUp; i++) {
                            found = engine.search(q, Profile.Kind.CANDIDATE, top).total();
                        }
                        double[] ms = new double[repeat];
                        for (int i = 0; i < repeat; i++) {
                            long t = System.nanoTime();
                            SearchResult r = engine.search(q, Profile.Kind.CANDIDATE, top);
                            ms[i] = (System.nanoTime() - t) / 1e6;
                            found = r.total();
                        }
                        Arrays.sort(ms);
                        latencies.put(q, ms);
                        hits.put(q, found);
                        out.printf(Locale.ROOT, "%-78s %,10d %8.1f %8.1f %8.1f %8.1f%n", q, found,
                                BenchRun.percentile(ms, 50), BenchRun.percentile(ms, 90), BenchRun.percentile(ms, 99),
                                ms[ms.length - 1]);
                    }
                }
            }
            out.printf(Locale.ROOT, "load average at the end %.1f%n", Stopwatch.loadAverage());
            return new Result(candidates, seconds, total, bytes, reuseReport, latencies, hits);
        } finally {
            Populations.delete(generated);
            if (temporaryFolder && dir != null) {
                Populations.delete(dir.getParent());
            }
        }
    }

    /** {@code rolefit index}'s work, streamed: the JSON Lines file is read a batch at a time. */
    private void build(PrintWriter out, Map<String, Double> seconds, Path file, Path dir, YearMonth asOf) throws Exception {
        ObjectMapper json = RolefitJson.mapper();
        try (MatchEngine engine = MatchEngine.builder().asOf(asOf).build()) {
            Stopwatch all = Stopwatch.start();
            Stopwatch w = Stopwatch.start();
            DataStore store = DataStore.open(dir, engine);
            long read = 0;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                List<Candidate> chunk = new ArrayList<>(batch);
                for (String line = in.readLine(); line != null && read < candidates; line = in.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    chunk.add(json.readValue(line, Candidate.class));
                    read++;
                    if (chunk.size() == batch) {
                        refuse(store.putCandidates(chunk));
                        chunk.clear();
                    }
                }
                refuse(store.putCandidates(chunk));
            }
            if (read < candidates) {
                throw new IllegalArgumentException(file + " holds only " + read + " candidates, not " + candidates);
            }
            line(out, seconds, "index: read, profile, journal", w, read + " candidates");
            w = Stopwatch.start();
            store.saveProfiles();
            line(out, seconds, "index: save profiles", w, "");
            w = Stopwatch.start();
            store.close();
            line(out, seconds, "index: close", w, "");
            line(out, seconds, "index build, total", all, "");
        }
        System.gc();
    }

    private static void refuse(List<MatchEngine.Refusal> refused) {
        if (!refused.isEmpty()) {
            throw new IllegalStateException(refused.size() + " generated candidates were refused, e.g. " + refused.get(0));
        }
    }

    /** Bytes on disk by part: journal and snapshots, saved profiles, each index. */
    static Map<String, Long> sizes(Path dir) throws IOException {
        Map<String, Long> bytes = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path rel = dir.relativize(p);
                String part = rel.getNameCount() > 1 && rel.getName(0).toString().equals("profiles")
                        ? (rel.getNameCount() > 2 ? "index " + rel.getName(1) : rel.getFileName().toString())
                        : rel.getFileName().toString().startsWith("snapshot") || rel.getFileName().toString().startsWith("journal")
                        ? "documents" : "other";
                bytes.merge(part, Files.size(p), Long::sum);
            }
        }
        return bytes;
    }

    private static void line(PrintWriter out, Map<String, Double> seconds, String stage, Stopwatch start, String note) {
        double wall = start.wall();
        double cpu = start.cpu();
        seconds.put(stage, wall);
        out.printf(Locale.ROOT, "%-30s %9.2f s wall %9.2f s cpu  load %4.1f  %s%n", stage, wall, cpu, Stopwatch.loadAverage(), note);
        out.flush();
    }
}
