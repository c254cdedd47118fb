package dev.rolefit.engine;

import dev.rolefit.model.Candidate;
import dev.rolefit.model.Match;
import dev.rolefit.model.Vacancy;
import dev.rolefit.model.Verdict;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The rolefit engine: holds candidates and vacancies, indexed for retrieval, and ranks them
 * against each other with the rules, explaining every score.
 *
 * <pre>{@code
 * try (MatchEngine engine = MatchEngine.builder().rules(Path.of("rules")).build()) {
 *     engine.put(vacancy);
 *     engine.put(candidate);
 *     List<Match> shortlist = engine.candidatesFor(vacancy.id(), MatchOptions.defaults().top(10));
 * }
 * }</pre>
 *
 * <p>Build one engine and share it: every method is thread-safe. The rule base is compiled once;
 * each thread scores in a session of its own. Documents are normalised and profiled once, when put.
 * The same documents and options always give the same lists, whatever the number of threads.
 */
public final class MatchEngine implements AutoCloseable {
    private final RuleBook book;
    private final YearMonth asOf;
    private final int threads;
    private final Profiler profiler;
    private final Preparer preparer;
    private final BlockingQueue<Evaluator> evaluators;
    private final List<Evaluator> allEvaluators = new ArrayList<>();
    private final ProfileIndex candidateIndex = new ProfileIndex();
    private final ProfileIndex vacancyIndex = new ProfileIndex();
    private final Map<String, Prepared.Candidate> candidates = new LinkedHashMap<>();
    private final Map<String, Prepared.Vacancy> vacancies = new LinkedHashMap<>();
    private final Object lock = new Object();

    private MatchEngine(Builder b) {
        this.book = b.book;
        this.asOf = b.asOf;
        this.threads = b.threads;
        this.profiler = new Profiler(book, threads);
        this.preparer = new Preparer(book, asOf, profiler);
        this.evaluators = new ArrayBlockingQueue<>(threads);
        for (int i = 0; i < threads; i++) {
            Evaluator e = new Evaluator(book);
            allEvaluators.add(e);
            evaluators.add(e);
        }
    }

    /** Starts building an engine; without {@code rules(...)} it uses the built-in rule set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MatchEngine}. */
    public static final class Builder {
        private RuleBook book;
        private Path rulesDir;
        private YearMonth asOf = YearMonth.now();
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /** Uses the rule set in this folder (laid out like the project's rules/). */
        public Builder rules(Path dir) {
            this.rulesDir = Objects.requireNonNull(dir, "dir");
            this.book = null;
            return this;
        }

        /** Uses an already compiled rule set. */
        public Builder rules(RuleBook rules) {
            this.book = Objects.requireNonNull(rules, "rules");
            this.rulesDir = null;
            return this;
        }

        /** The month that counts as now for current jobs; this month unless set (set it for repeatable output). */
        public Builder asOf(YearMonth month) {
            this.asOf = Objects.requireNonNull(month, "month");
            return this;
        }

        /** How many threads score in parallel; the number of processors unless set. */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads is " + count + "; it must be at least 1");
            }
            this.threads = count;
            return this;
        }

        /**
         * Compiles the rules and starts the engine.
         *
         * @throws RuleSetException when the rules or data do not compile, listing every problem
         * @throws IOException      when the rules folder cannot be read
         */
        public MatchEngine build() throws RuleSetException, IOException {
            if (book == null) {
                book = rulesDir == null ? RuleBook.defaults() : RuleBook.load(rulesDir);
            }
            return new MatchEngine(this);
        }
    }

    /** The rule set in use. */
    public RuleBook rules() {
        return book;
    }

    /** The SHA-256 of the rule files: it goes into every output so that a result can be traced. */
    public String rulesetVersion() {
        return book.version();
    }

    /** The month that counts as now. */
    public YearMonth asOf() {
        return asOf;
    }

    /**
     * Reads a candidate's profile without adding it.
     *
     * @throws IllegalArgumentException when the document has a value the rule set cannot use
     *                                  (a currency without an exchange rate)
     */
    public Profile profile(Candidate candidate) {
        return preparer.candidate(candidate).profile();
    }

    /** Reads a vacancy's profile without adding it (the role family inferred when not given). */
    public Profile profile(Vacancy vacancy) {
        return preparer.vacancy(vacancy).profile();
    }

    /**
     * Adds a candidate, or replaces the one with the same id; the next search sees it.
     *
     * @throws IllegalArgumentException when the document has a value the rule set cannot use
     */
    public void put(Candidate candidate) {
        Prepared.Candidate p = preparer.candidate(candidate);
        synchronized (lock) {
            candidates.put(p.id(), p);
            candidateIndex.put(p.id(), p.skillWeight(), p.facts().roleFamily());
            candidateIndex.refresh();
        }
    }

    /**
     * Adds a vacancy, or replaces the one with the same id; the next search sees it.
     *
     * @throws IllegalArgumentException when the document has a value the rule set cannot use
     */
    public void put(Vacancy vacancy) {
        Prepared.Vacancy p = preparer.vacancy(vacancy);
        synchronized (lock) {
            vacancies.put(p.id(), p);
            vacancyIndex.put(p.id(), p.skillWeight(), p.facts().roleFamily());
            vacancyIndex.refresh();
        }
    }

    /**
     * A document of a batch the engine could not take.
     *
     * @param index  its position in the batch
     * @param id     its id
     * @param reason what was wrong, naming the value
     */
    public record Refusal(int index, String id, String reason) {
    }

    /**
     * Adds or replaces many candidates at once: prepared on all threads, indexed once. Documents
     * the rule set cannot use are refused, the rest are added in list order.
     */
    public List<Refusal> putCandidates(List<Candidate> batch) {
        List<Object> prepared = prepareAll(batch, preparer::candidate);
        List<Refusal> refusals = new ArrayList<>();
        synchronized (lock) {
            for (int i = 0; i < prepared.size(); i++) {
                if (prepared.get(i) instanceof Prepared.Candidate p) {
                    candidates.put(p.id(), p);
                    candidateIndex.put(p.id(), p.skillWeight(), p.facts().roleFamily());
                } else {
                    refusals.add(new Refusal(i, batch.get(i).id(), (String) prepared.get(i)));
                }
            }
            candidateIndex.refresh();
        }
        return refusals;
    }

    /** Adds or replaces many vacancies at once; see {@link #putCandidates(List)}. */
    public List<Refusal> putVacancies(List<Vacancy> batch) {
        List<Object> prepared = prepareAll(batch, preparer::vacancy);
        List<Refusal> refusals = new ArrayList<>();
        synchronized (lock) {
            for (int i = 0; i < prepared.size(); i++) {
                if (prepared.get(i) instanceof Prepared.Vacancy p) {
                    vacancies.put(p.id(), p);
                    vacancyIndex.put(p.id(), p.skillWeight(), p.facts().roleFamily());
                } else {
                    refusals.add(new Refusal(i, batch.get(i).id(), (String) prepared.get(i)));
                }
            }
            vacancyIndex.refresh();
        }
        return refusals;
    }

    /** Each document prepared, or the reason it could not be, in batch order. */
    private <T> List<Object> prepareAll(List<T> batch, Function<T, Object> prepare) {
        Object[] out = new Object[batch.size()];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
                try {
                    out[i] = prepare.apply(batch.get(i));
                } catch (IllegalArgumentException e) {
                    out[i] = e.getMessage();
                }
            }
        };
        int workers = Math.max(1, Math.min(threads, batch.size() / 64));
        List<Thread> started = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            Thread t = new Thread(worker, "rolefit-prepare");
            t.setDaemon(true);
            t.start();
            started.add(t);
        }
        worker.run();
        for (Thread t : started) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while preparing documents", e);
            }
        }
        return java.util.Arrays.asList(out);
    }

    /** Removes a candidate; returns whether there was one with that id. */
    public boolean removeCandidate(String id) {
        synchronized (lock) {
            candidateIndex.remove(id);
            candidateIndex.refresh();
            return candidates.remove(id) != null;
        }
    }

    /** Removes a vacancy; returns whether there was one with that id. */
    public boolean removeVacancy(String id) {
        synchronized (lock) {
            vacancyIndex.remove(id);
            vacancyIndex.refresh();
            return vacancies.remove(id) != null;
        }
    }

    /** How many candidates the engine holds. */
    public int candidateCount() {
        synchronized (lock) {
            return candidates.size();
        }
    }

    /** How many vacancies the engine holds. */
    public int vacancyCount() {
        synchronized (lock) {
            return vacancies.size();
        }
    }

    /** Scores one pair, neither of which needs to be added; its rank is 1. */
    public Match score(Candidate candidate, Vacancy vacancy) {
        Prepared.Candidate c = preparer.candidate(candidate);
        Prepared.Vacancy v = preparer.vacancy(vacancy);
        return withEvaluator(e -> e.score(c, v)).withRank(1);
    }

    /**
     * Scores one pair and explains it in full: every rule that fired in order with the facts it
     * bound, the category sums, the formula, and the rules of each category that did not fire.
     */
    public Explanation explain(Candidate candidate, Vacancy vacancy) {
        Prepared.Candidate c = preparer.candidate(candidate);
        Prepared.Vacancy v = preparer.vacancy(vacancy);
        try (Evaluator tracing = new Evaluator(book)) {
            Evaluator.Trace trace = tracing.trace(c, v);
            Evaluator.Trace ranked = new Evaluator.Trace(trace.match().withRank(1), trace.score(), trace.reverse(),
                    trace.firings());
            return Explanation.of(book, ranked);
        }
    }

    /**
     * The ranked candidates for a vacancy the engine holds.
     *
     * @throws IllegalArgumentException when no vacancy has that id
     */
    public List<Match> candidatesFor(String vacancyId, MatchOptions options) {
        Prepared.Vacancy v;
        synchronized (lock) {
            v = vacancies.get(vacancyId);
        }
        if (v == null) {
            throw new IllegalArgumentException("no vacancy has the id '" + vacancyId + "'");
        }
        return withEvaluator(e -> listFor(e, v, options));
    }

    /**
     * The ranked vacancies for a candidate the engine holds.
     *
     * @throws IllegalArgumentException when no candidate has that id
     */
    public List<Match> vacanciesFor(String candidateId, MatchOptions options) {
        Prepared.Candidate c;
        synchronized (lock) {
            c = candidates.get(candidateId);
        }
        if (c == null) {
            throw new IllegalArgumentException("no candidate has the id '" + candidateId + "'");
        }
        return withEvaluator(e -> listFor(e, c, options));
    }

    /**
     * Every ranked list: one per vacancy (or per candidate, as the options say), in the order the
     * vacancies (candidates) were first put, on all the engine's threads.
     */
    public List<Match> matchAll(MatchOptions options) {
        List<Object> owners;
        synchronized (lock) {
            owners = new ArrayList<>(options.per() == MatchOptions.Per.VACANCY ? vacancies.values() : candidates.values());
        }
        if (owners.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, owners.size()), r -> {
            Thread t = new Thread(r, "rolefit-match");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Match>>> lists = new ArrayList<>();
            for (Object owner : owners) {
                lists.add(pool.submit(() -> withEvaluator(e -> owner instanceof Prepared.Vacancy v
                        ? listFor(e, v, options) : listFor(e, (Prepared.Candidate) owner, options))));
            }
            List<Match> all = new ArrayList<>();
            for (Future<List<Match>> list : lists) {
                all.addAll(list.get());
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while matching", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Match> listFor(Evaluator e, Prepared.Vacancy v, MatchOptions options) {
        List<Prepared.Candidate> pool = new ArrayList<>();
        synchronized (lock) {
            if (options.mode() == MatchOptions.Mode.EXHAUSTIVE) {
                pool.addAll(candidates.values());
            } else {
                for (String id : candidateIndex.retrieve(v.skillWeight(), v.facts().roleFamily(), book.taxonomy(),
                        book.adjacency, options.retrieveLimit())) {
                    Prepared.Candidate c = candidates.get(id);
                    if (c != null) {
                        pool.add(c);
                    }
                }
            }
        }
        List<Match> scored = new ArrayList<>(pool.size());
        for (Prepared.Candidate c : pool) {
            scored.add(e.score(c, v));
        }
        return rank(scored, options, Match::candidateId);
    }

    private List<Match> listFor(Evaluator e, Prepared.Candidate c, MatchOptions options) {
        List<Prepared.Vacancy> pool = new ArrayList<>();
        synchronized (lock) {
            if (options.mode() == MatchOptions.Mode.EXHAUSTIVE) {
                pool.addAll(vacancies.values());
            } else {
                for (String id : vacancyIndex.retrieve(c.skillWeight(), c.facts().roleFamily(), book.taxonomy(),
                        book.adjacency, options.retrieveLimit())) {
                    Prepared.Vacancy v = vacancies.get(id);
                    if (v != null) {
                        pool.add(v);
                    }
                }
            }
        }
        List<Match> scored = new ArrayList<>(pool.size());
        for (Prepared.Vacancy v : pool) {
            scored.add(e.score(c, v));
        }
        return rank(scored, options, Match::vacancyId);
    }

    /** Best first: not rejected, higher score, higher reverse score, then the other side's id. */
    private static List<Match> rank(List<Match> scored, MatchOptions options, Function<Match, String> otherId) {
        List<Match> kept = new ArrayList<>();
        for (Match m : scored) {
            if (options.includeRejected() || m.verdict() != Verdict.REJECTED) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparing((Match m) -> m.verdict() == Verdict.REJECTED)
                .thenComparing(Match::score, Comparator.reverseOrder())
                .thenComparing(Match::reverseScore, Comparator.reverseOrder())
                .thenComparing(otherId));
        int limit = options.top() == 0 ? kept.size() : Math.min(options.top(), kept.size());
        List<Match> ranked = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            ranked.add(kept.get(i).withRank(i + 1));
        }
        return ranked;
    }

    private <T> T withEvaluator(Function<Evaluator, T> work) {
        Evaluator e;
        try {
            e = evaluators.take();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a rule session", ex);
        }
        try {
            return work.apply(e);
        } finally {
            evaluators.add(e);
        }
    }

    @Override
    public void close() {
        allEvaluators.forEach(Evaluator::close);
        profiler.close();
        candidateIndex.close();
        vacancyIndex.close();
    }
}
