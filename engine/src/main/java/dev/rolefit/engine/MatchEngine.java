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
import java.util.Arrays;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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
 *
 * <p><b>Hot reload.</b> An engine built from a rules folder can {@link #reload()} it, or watch it
 * ({@link Builder#watchRules(boolean)}): the new rule set is compiled and checked beside the running
 * one and swapped in atomically, with every document re-profiled under it. A rule set that fails the
 * check is refused and the running one stays. A call that started before the swap finishes on the
 * rules it started with; {@link #rulesetVersion()} tells which rules answer now.
 */
public final class MatchEngine implements AutoCloseable {
    private final Path rulesDir;
    private final YearMonth asOf;
    private final int threads;
    /**
     * How many documents Lucene retrieval hands on at most, for the estimate to choose the
     * {@code retrieveLimit} the rules score. An index of up to this many hands on every document
     * the knockout filters pass (the estimate costs well under a microsecond a pair); a larger one
     * the ones that share the most skills and families.
     */
    private static final int ESTIMATE_POOL = 20_000;
    private final Object lock = new Object();
    // The documents as given, kept so that a reload can prepare them again under new rules.
    private final Map<String, Candidate> rawCandidates = new LinkedHashMap<>();
    private final Map<String, Vacancy> rawVacancies = new LinkedHashMap<>();
    private final List<Consumer<ReloadEvent>> reloadListeners = new CopyOnWriteArrayList<>();
    private volatile Generation current;
    private final RuleWatcher watcher;

    private MatchEngine(Builder b) throws IOException {
        this.rulesDir = b.rulesDir;
        this.asOf = b.asOf;
        this.threads = b.threads;
        this.current = new Generation(b.book, asOf, threads);
        if (b.listener != null) {
            reloadListeners.add(b.listener);
        }
        this.watcher = b.watch ? new RuleWatcher(rulesDir, this::reloadQuietly) : null;
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
        private boolean watch;
        private Consumer<ReloadEvent> listener;

        private Builder() {
        }

        /** Uses the rule set in this folder (laid out like the project's rules/). */
        public Builder rules(Path dir) {
            this.rulesDir = Objects.requireNonNull(dir, "dir");
            this.book = null;
            return this;
        }

        /** Uses an already compiled rule set (such an engine cannot reload). */
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

        /**
         * How many threads score in parallel (rule sessions); the number of processors unless set.
         * A batch keeps them all busy; a single lookup works on its caller's thread with one
         * session, so as many lookups as {@code threads} run at once.
         */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads is " + count + "; it must be at least 1");
            }
            this.threads = count;
            return this;
        }

        /** Reloads the rules folder by itself whenever a .drl or .csv file in it changes. */
        public Builder watchRules(boolean watch) {
            this.watch = watch;
            return this;
        }

        /** Told of every reload, done or refused (also those the watcher starts). */
        public Builder onReload(Consumer<ReloadEvent> listener) {
            this.listener = listener;
            return this;
        }

        /**
         * Compiles the rules and starts the engine.
         *
         * @throws RuleSetException      when the rules or data do not compile, listing every problem
         * @throws IOException           when the rules folder cannot be read
         * @throws IllegalStateException when asked to watch without a rules folder
         */
        public MatchEngine build() throws RuleSetException, IOException {
            if (watch && rulesDir == null) {
                throw new IllegalStateException("watchRules needs rules(Path): there is no folder to watch");
            }
            if (book == null) {
                book = rulesDir == null ? RuleBook.defaults() : RuleBook.load(rulesDir);
            }
            return new MatchEngine(this);
        }
    }

    /**
     * What a reload did.
     *
     * @param applied     true when the new rules are in use
     * @param fromVersion the version before
     * @param toVersion   the version now (the same as before when refused)
     * @param problems    why it was refused; empty when applied
     */
    public record ReloadEvent(boolean applied, String fromVersion, String toVersion, List<RuleProblem> problems) {
    }

    /**
     * Compiles the rules folder again and, when it passes the check, swaps it in atomically with
     * every document re-profiled. When it fails, the running rules stay.
     *
     * @throws RuleSetException      when the new rule set fails the check (the running one stays)
     * @throws IOException           when the folder cannot be read
     * @throws IllegalStateException when the engine was not built from a rules folder
     */
    public ReloadEvent reload() throws RuleSetException, IOException {
        if (rulesDir == null) {
            throw new IllegalStateException("this engine was built from the built-in or a given rule set; only a rules folder can be reloaded");
        }
        String before = current.book.version();
        RuleBook book;
        try {
            book = RuleBook.load(rulesDir);
        } catch (RuleSetException e) {
            notifyReload(new ReloadEvent(false, before, before, e.problems()));
            throw e;
        }
        ReloadEvent event;
        synchronized (lock) {
            Generation old = current;
            if (book.version().equals(old.book.version())) {
                event = new ReloadEvent(true, before, before, List.of());
            } else {
                Generation next = new Generation(book, asOf, threads);
                fill(next, new ArrayList<>(rawCandidates.values()), new ArrayList<>(rawVacancies.values()));
                current = next;
                old.retire();
                event = new ReloadEvent(true, before, book.version(), List.of());
            }
        }
        notifyReload(event);
        return event;
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RuleSetException | IOException | RuntimeException e) {
            // Reported to the listeners (a refused rule set) or nothing to do: the running rules stay.
        }
    }

    private void notifyReload(ReloadEvent event) {
        reloadListeners.forEach(l -> l.accept(event));
    }

    /** Prepares documents under a new generation's rules; a document they refuse is left out. */
    private void fill(Generation g, List<Candidate> cs, List<Vacancy> vs) {
        List<Object> preparedCandidates = prepareAll(cs, g.preparer::candidate);
        for (Object p : preparedCandidates) {
            if (p instanceof Prepared.Candidate c) {
                g.add(c);
            }
        }
        List<Object> preparedVacancies = prepareAll(vs, g.preparer::vacancy);
        for (Object p : preparedVacancies) {
            if (p instanceof Prepared.Vacancy v) {
                g.add(v);
            }
        }
        g.candidateIndex.refresh();
        g.vacancyIndex.refresh();
    }

    /** The rule set in use now. */
    public RuleBook rules() {
        return current.book;
    }

    /** The SHA-256 of the rule files in use now: it goes into every output so that a result can be traced. */
    public String rulesetVersion() {
        return current.book.version();
    }

    /** The month that counts as now. */
    public YearMonth asOf() {
        return asOf;
    }

    private <T> T using(Function<Generation, T> work) {
        Generation g;
        synchronized (lock) {
            g = current.acquire();
        }
        try {
            return work.apply(g);
        } finally {
            g.release();
        }
    }

    /**
     * Reads a candidate's profile without adding it.
     *
     * @throws IllegalArgumentException when the document has a value the rule set cannot use
     *                                  (a currency without an exchange rate)
     */
    public Profile profile(Candidate candidate) {
        return using(g -> g.preparer.candidate(candidate).profile());
    }

    /** Reads a vacancy's profile without adding it (the role family inferred when not given). */
    public Profile profile(Vacancy vacancy) {
        return using(g -> g.preparer.vacancy(vacancy).profile());
    }

    /**
     * Adds a candidate, or replaces the one with the same id; the next search sees it.
     *
     * @throws IllegalArgumentException when the document has a value the rule set cannot use
     */
    public void put(Candidate candidate) {
        List<Refusal> refused = putCandidates(List.of(candidate));
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException(refused.get(0).reason());
        }
    }

    /**
     * Adds a vacancy, or replaces the one with the same id; the next search sees it.
     *
     * @throws IllegalArgumentException when the document has a value the rule set cannot use
     */
    public void put(Vacancy vacancy) {
        List<Refusal> refused = putVacancies(List.of(vacancy));
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException(refused.get(0).reason());
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
        List<Refusal> refusals = new ArrayList<>();
        synchronized (lock) {
            Generation g = current;
            List<Object> prepared = prepareAll(batch, g.preparer::candidate);
            for (int i = 0; i < prepared.size(); i++) {
                if (prepared.get(i) instanceof Prepared.Candidate p) {
                    rawCandidates.put(p.id(), batch.get(i));
                    g.add(p);
                } else {
                    refusals.add(new Refusal(i, batch.get(i).id(), (String) prepared.get(i)));
                }
            }
            g.candidateIndex.refresh();
        }
        return refusals;
    }

    /** Adds or replaces many vacancies at once; see {@link #putCandidates(List)}. */
    public List<Refusal> putVacancies(List<Vacancy> batch) {
        List<Refusal> refusals = new ArrayList<>();
        synchronized (lock) {
            Generation g = current;
            List<Object> prepared = prepareAll(batch, g.preparer::vacancy);
            for (int i = 0; i < prepared.size(); i++) {
                if (prepared.get(i) instanceof Prepared.Vacancy p) {
                    rawVacancies.put(p.id(), batch.get(i));
                    g.add(p);
                } else {
                    refusals.add(new Refusal(i, batch.get(i).id(), (String) prepared.get(i)));
                }
            }
            g.vacancyIndex.refresh();
        }
        return refusals;
    }

    /**
     * What the engine holds, as a data folder keeps it between runs: the documents as given, their
     * profiles under {@code version} and {@code asOf}, and the search indexes built from them.
     */
    record Held(String version, YearMonth asOf, Map<String, Candidate> rawCandidates,
                Map<String, Prepared.Candidate> candidates, ProfileIndex<?> candidateIndex,
                Map<String, Vacancy> rawVacancies, Map<String, Prepared.Vacancy> vacancies, ProfileIndex<?> vacancyIndex) {
    }

    /** Work on what the engine holds; nothing changes while it runs. */
    interface HeldWork {
        void apply(Held held) throws IOException;
    }

    /** Runs {@code work} under the engine's lock, so that documents, profiles and indexes agree. */
    void withHeld(HeldWork work) throws IOException {
        synchronized (lock) {
            Generation g = current;
            work.apply(new Held(g.book.version(), asOf, rawCandidates, g.candidates, g.candidateIndex,
                    rawVacancies, g.vacancies, g.vacancyIndex));
        }
    }

    /**
     * Puts candidates read back from a data folder, reusing the profiles made when it was saved:
     * {@code made.get(i)} is the profile of {@code batch.get(i)} under the rules {@code version}
     * and this engine's month, or null to prepare it now. {@code savedIndex}, when given, holds
     * the search documents of the saved profiles; those of {@code drop} are removed from it. For an
     * engine without candidates only.
     *
     * @return the refused documents, or null (nothing put) when the rules in use are not {@code version}
     */
    List<Refusal> restoreCandidates(List<Candidate> batch, List<Prepared.Candidate> made, String version,
                                    org.apache.lucene.store.Directory savedIndex, java.util.Collection<String> drop)
            throws IOException {
        synchronized (lock) {
            Generation g = current;
            if (!g.book.version().equals(version) || !rawCandidates.isEmpty()) {
                return null;
            }
            return restore(batch, made, savedIndex, drop, g.candidateIndex, g.preparer::candidate, (p, i) -> {
                rawCandidates.put(p.id(), batch.get(i));
                g.addIndexed(p); // a saved index is adopted without a put
            }, g::add,
                    Candidate::id);
        }
    }

    /** Puts vacancies read back from a data folder; see {@link #restoreCandidates}. */
    List<Refusal> restoreVacancies(List<Vacancy> batch, List<Prepared.Vacancy> made, String version,
                                   org.apache.lucene.store.Directory savedIndex, java.util.Collection<String> drop)
            throws IOException {
        synchronized (lock) {
            Generation g = current;
            if (!g.book.version().equals(version) || !rawVacancies.isEmpty()) {
                return null;
            }
            return restore(batch, made, savedIndex, drop, g.vacancyIndex, g.preparer::vacancy, (p, i) -> {
                rawVacancies.put(p.id(), batch.get(i));
                g.addIndexed(p); // a saved index is adopted without a put
            }, g::add,
                    Vacancy::id);
        }
    }

    @SuppressWarnings("unchecked")
    private <D, P> List<Refusal> restore(List<D> batch, List<P> made, org.apache.lucene.store.Directory savedIndex,
                                         java.util.Collection<String> drop, ProfileIndex<?> index,
                                         Function<D, Object> prepare, java.util.function.ObjIntConsumer<P> keepAt,
                                         Consumer<P> indexIt, Function<D, String> idOf) throws IOException {
        if (savedIndex != null) {
            index.adopt(savedIndex);
            drop.forEach(index::remove);
        }
        List<D> missing = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (made.get(i) == null) {
                missing.add(batch.get(i));
            }
        }
        List<Object> fresh = prepareAll(missing, prepare);
        List<Refusal> refusals = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < batch.size(); i++) {
            P reused = made.get(i);
            Object p = reused != null ? reused : fresh.get(next++);
            if (p instanceof String reason) {
                refusals.add(new Refusal(i, idOf.apply(batch.get(i)), reason));
                index.remove(idOf.apply(batch.get(i))); // a saved version of it must not be found
                continue;
            }
            keepAt.accept((P) p, i);
            if (reused == null || savedIndex == null) {
                indexIt.accept((P) p);
            }
        }
        index.refresh();
        return refusals;
    }

    /** Each document prepared, or the reason it could not be, in batch order. */
    private <T> List<Object> prepareAll(List<T> batch, Function<T, Object> prepare) {
        Object[] out = new Object[batch.size()];
        AtomicInteger next = new AtomicInteger();
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
        return Arrays.asList(out);
    }

    /** Removes a candidate; returns whether there was one with that id. */
    public boolean removeCandidate(String id) {
        synchronized (lock) {
            Generation g = current;
            g.removeCandidate(id);
            return rawCandidates.remove(id) != null;
        }
    }

    /** Removes a vacancy; returns whether there was one with that id. */
    public boolean removeVacancy(String id) {
        synchronized (lock) {
            Generation g = current;
            g.removeVacancy(id);
            return rawVacancies.remove(id) != null;
        }
    }

    /** How many candidates the engine holds. */
    public int candidateCount() {
        synchronized (lock) {
            return rawCandidates.size();
        }
    }

    /** How many vacancies the engine holds. */
    public int vacancyCount() {
        synchronized (lock) {
            return rawVacancies.size();
        }
    }

    /** Scores one pair, neither of which needs to be added; its rank is 1. */
    public Match score(Candidate candidate, Vacancy vacancy) {
        return using(g -> {
            Prepared.Candidate c = g.preparer.candidate(candidate);
            Prepared.Vacancy v = g.preparer.vacancy(vacancy);
            return g.withEvaluator(e -> e.score(c, v)).withRank(1);
        });
    }

    /**
     * Scores one pair and explains it in full: every rule that fired in order with the facts it
     * bound, the category sums, the formula, and the rules of each category that did not fire.
     */
    public Explanation explain(Candidate candidate, Vacancy vacancy) {
        return using(g -> {
            Prepared.Candidate c = g.preparer.candidate(candidate);
            Prepared.Vacancy v = g.preparer.vacancy(vacancy);
            try (Evaluator tracing = new Evaluator(g.book)) {
                Evaluator.Trace trace = tracing.trace(c, v);
                return Explanation.of(g.book, new Evaluator.Trace(trace.match().withRank(1), trace.score(),
                        trace.reverse(), trace.firings()));
            }
        });
    }

    /**
     * The smallest changes in the candidate's own facts (a missing skill, a salary expectation,
     * relocation, a contract type, a language level) that would lift the verdict or the score, each
     * found by re-running the rules.
     */
    public Counterfactuals counterfactuals(Candidate candidate, Vacancy vacancy) {
        return Counterfactuals.find(this, candidate, vacancy);
    }

    /**
     * Searches the candidates (or vacancies) the engine holds with a recruiter's query, e.g.
     * {@code PyTorch AND (k8s OR "distributed systems") seniority:>=MID_SENIOR city:Brussels}.
     *
     * @param query the query; see the README's search section for the language
     * @param kind  CANDIDATE or VACANCY
     * @param top   how many hits to return at most
     * @throws IllegalArgumentException when the query does not parse; the message points at the position
     */
    public SearchResult search(String query, Profile.Kind kind, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("top is " + top + "; it must be at least 1");
        }
        return using(g -> ProfileSearch.search(kind == Profile.Kind.CANDIDATE ? g.candidateIndex : g.vacancyIndex,
                query, kind, top, g.book));
    }

    /**
     * The ranked candidates for a vacancy the engine holds.
     *
     * @throws IllegalArgumentException when no vacancy has that id
     */
    public List<Match> candidatesFor(String vacancyId, MatchOptions options) {
        return using(g -> {
            Prepared.Vacancy v;
            synchronized (lock) {
                v = g.vacancies.get(vacancyId);
            }
            if (v == null) {
                throw new IllegalArgumentException("no vacancy has the id '" + vacancyId + "'");
            }
            return g.withEvaluator(e -> listFor(g, e, v, options));
        });
    }

    /**
     * The ranked vacancies for a candidate the engine holds.
     *
     * @throws IllegalArgumentException when no candidate has that id
     */
    public List<Match> vacanciesFor(String candidateId, MatchOptions options) {
        return using(g -> {
            Prepared.Candidate c;
            synchronized (lock) {
                c = g.candidates.get(candidateId);
            }
            if (c == null) {
                throw new IllegalArgumentException("no candidate has the id '" + candidateId + "'");
            }
            return g.withEvaluator(e -> listFor(g, e, c, options));
        });
    }

    /**
     * Ranks the engine's vacancies for candidates that are not kept in the engine, one list per
     * candidate as it is added: for a talent pool too large to hold (a million candidates in a
     * small heap). The lists are those {@link #vacanciesFor} would give; they reach {@code out} in
     * the order the candidates were added. The stream works on the rules in use when it was opened,
     * even if they are reloaded meanwhile; close it to release them.
     *
     * @param options the list length, rejected pairs and mode; {@code per} is ignored (always per candidate)
     * @param out     receives each candidate's list, or its refusal, on the thread that adds
     */
    public <T> RankingStream<T> rankVacanciesFor(MatchOptions options, Consumer<RankingStream.Ranked<T>> out) {
        Generation g;
        synchronized (lock) {
            g = current.acquire();
        }
        MatchOptions perCandidate = options.per(MatchOptions.Per.CANDIDATE);
        return new RankingStream<>(threads, candidate -> {
            Prepared.Candidate c;
            try {
                c = g.preparer.candidate(candidate);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
            return g.withEvaluator(e -> listFor(g, e, c, perCandidate));
        }, out, g::release);
    }

    /**
     * Every ranked list: one per vacancy (or per candidate, as the options say), in the order the
     * vacancies (candidates) were first put, on all the engine's threads.
     */
    public List<Match> matchAll(MatchOptions options) {
        return matchAll(options, (done, total) -> { });
    }

    /** Told how many lists are done, of how many; called from the scoring threads. */
    @FunctionalInterface
    public interface Progress {
        void listDone(int done, int total);
    }

    /** As {@link #matchAll(MatchOptions)}, telling {@code progress} after each list. */
    public List<Match> matchAll(MatchOptions options, Progress progress) {
        return using(g -> matchAll(g, options, progress));
    }

    private List<Match> matchAll(Generation g, MatchOptions options, Progress progress) {
        List<Object> owners;
        synchronized (lock) {
            owners = new ArrayList<>(options.per() == MatchOptions.Per.VACANCY ? g.vacancies.values() : g.candidates.values());
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
            AtomicInteger done = new AtomicInteger();
            int total = owners.size();
            for (Object owner : owners) {
                lists.add(pool.submit(() -> {
                    List<Match> list = g.withEvaluator(e -> owner instanceof Prepared.Vacancy v
                            ? listFor(g, e, v, options)
                            : listFor(g, e, (Prepared.Candidate) owner, options));
                    progress.listDone(done.incrementAndGet(), total);
                    return list;
                }));
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

    private List<Match> listFor(Generation g, Evaluator e, Prepared.Vacancy v, MatchOptions options) {
        List<Prepared.Candidate> pool;
        synchronized (lock) {
            if (options.mode() == MatchOptions.Mode.EXHAUSTIVE) {
                pool = new ArrayList<>(g.candidates.values());
            } else {
                ProfileIndex.Exclusions knockedOut = options.includeRejected() ? (q, r) -> { }
                        : (q, r) -> g.knockouts.excludeCandidates(q, v);
                pool = g.candidateIndex.retrieve(v.skillWeight(), v.facts().roleFamily(), g.book.taxonomy(),
                        g.book.adjacency, Math.max(options.effectiveRetrieveLimit(), ESTIMATE_POOL), knockedOut);
            }
        }
        PoolScoring<Prepared.Candidate, Evaluator> scoring = new PoolScoring<>(options,
                () -> g.estimate.forVacancy(v), Prepared.Candidate::id,
                (evaluator, c) -> options.includeRejected() ? evaluator.score(c, v) : evaluator.scoreUnlessRejected(c, v));
        return rank(scoring.score(pool, e), options, Match::candidateId);
    }

    private List<Match> listFor(Generation g, Evaluator e, Prepared.Candidate c, MatchOptions options) {
        List<Estimate.VacancyRow> pool;
        if (options.mode() == MatchOptions.Mode.EXHAUSTIVE) {
            List<Prepared.Vacancy> every;
            synchronized (lock) {
                every = new ArrayList<>(g.vacancies.values());
            }
            // Exhaustive lists estimate nothing: rows made here, outside the lock, cost little beside scoring every pair.
            pool = every.stream().map(g.estimate::row).toList();
        } else {
            ProfileIndex.Exclusions knockedOut = options.includeRejected() ? (q, r) -> { }
                    : (q, r) -> g.knockouts.excludeVacancies(q, c, r);
            synchronized (lock) {
                pool = g.vacancyIndex.retrieve(c.skillWeight(), c.facts().roleFamily(), g.book.taxonomy(),
                        g.book.adjacency, Math.max(options.effectiveRetrieveLimit(), ESTIMATE_POOL), knockedOut);
            }
        }
        PoolScoring<Estimate.VacancyRow, Evaluator> scoring = new PoolScoring<>(options,
                () -> g.estimate.forCandidate(c), row -> row.vacancy.id(),
                (evaluator, row) -> options.includeRejected() ? evaluator.score(c, row.vacancy)
                        : evaluator.scoreUnlessRejected(c, row.vacancy));
        return rank(scoring.score(pool, e), options, Match::vacancyId);
    }

    /**
     * The engine's ranking of one list, for callers that assemble lists themselves (the HTTP
     * service): rejected pairs dropped unless the options keep them, then best first (not
     * rejected, higher score, higher reverse score, then the other side's id), cut at {@code top},
     * ranks from 1.
     *
     * @param otherId the id that breaks ties: the candidate's in a vacancy's list, and the reverse
     */
    public static List<Match> rank(List<Match> scored, MatchOptions options, Function<Match, String> otherId) {
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

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        current.retire();
    }
}
