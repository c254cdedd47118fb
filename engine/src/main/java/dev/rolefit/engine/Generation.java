package dev.rolefit.engine;

import org.apache.lucene.index.IndexableField;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Everything that depends on one version of the rules: the compiled rule book, its sessions, the
 * documents prepared with it and their indexes. A hot reload builds a new generation beside the
 * running one and swaps it in; work that started on the old one finishes on it, and the old one is
 * closed when the last such work is done.
 */
final class Generation {
    final RuleBook book;
    final Profiler profiler;
    final Preparer preparer;
    final KnockoutFilter knockouts;
    final Estimate estimate;
    final ProfileIndex<Prepared.Candidate> candidateIndex = new ProfileIndex<>();
    final ProfileIndex<Estimate.VacancyRow> vacancyIndex = new ProfileIndex<>();
    final Map<String, Prepared.Candidate> candidates = new LinkedHashMap<>();
    final Map<String, Prepared.Vacancy> vacancies = new LinkedHashMap<>();
    private final BlockingQueue<Evaluator> evaluators;
    private final List<Evaluator> allEvaluators = new ArrayList<>();
    private final AtomicInteger users = new AtomicInteger();
    private volatile boolean retired;
    private boolean closed;

    Generation(RuleBook book, YearMonth asOf, int threads) {
        this.book = book;
        this.profiler = new Profiler(book, threads);
        this.preparer = new Preparer(book, asOf, profiler);
        this.knockouts = KnockoutFilter.of(book);
        this.estimate = new Estimate(book);
        this.evaluators = new ArrayBlockingQueue<>(threads);
        for (int i = 0; i < threads; i++) {
            Evaluator e = new Evaluator(book);
            allEvaluators.add(e);
            evaluators.add(e);
        }
    }

    /** Holds a prepared candidate and indexes it: retrieval finds it after the index's next refresh. */
    void add(Prepared.Candidate c) {
        candidates.put(c.id(), c);
        candidateIndex.put(c.id(), c, c.skillWeight(), c.facts().roleFamily(), indexFields(c));
    }

    /** Holds a prepared vacancy and indexes it: retrieval finds it after the index's next refresh. */
    void add(Prepared.Vacancy v) {
        vacancies.put(v.id(), v);
        vacancyIndex.put(v.id(), estimate.row(v), v.skillWeight(), v.facts().roleFamily(), indexFields(v));
    }

    /** Holds a prepared candidate whose document the index already has (adopted from a data folder). */
    void addIndexed(Prepared.Candidate c) {
        candidates.put(c.id(), c);
        candidateIndex.remember(c.id(), c);
    }

    /** Holds a prepared vacancy whose document the index already has (adopted from a data folder). */
    void addIndexed(Prepared.Vacancy v) {
        vacancies.put(v.id(), v);
        vacancyIndex.remember(v.id(), estimate.row(v));
    }

    /** Lets go of a candidate: retrieval no longer finds it. */
    void removeCandidate(String id) {
        candidateIndex.remove(id);
        candidateIndex.refresh();
        candidates.remove(id);
    }

    /** Lets go of a vacancy: retrieval no longer finds it. */
    void removeVacancy(String id) {
        vacancyIndex.remove(id);
        vacancyIndex.refresh();
        vacancies.remove(id);
    }

    /** A document's fields: for recruiter search, and for retrieval to skip certain knockouts. */
    private static List<IndexableField> indexFields(Prepared.Candidate c) {
        List<IndexableField> fields = new ArrayList<>(ProfileSearch.fields(c));
        fields.addAll(KnockoutFilter.fields(c));
        return fields;
    }

    private static List<IndexableField> indexFields(Prepared.Vacancy v) {
        List<IndexableField> fields = new ArrayList<>(ProfileSearch.fields(v));
        fields.addAll(KnockoutFilter.fields(v));
        return fields;
    }

    /** Marks the start of work on this generation; pair with {@link #release()}. */
    Generation acquire() {
        users.incrementAndGet();
        return this;
    }

    void release() {
        if (users.decrementAndGet() == 0 && retired) {
            close();
        }
    }

    /** No new work starts here; closes as soon as the work in flight is done. */
    void retire() {
        retired = true;
        if (users.get() == 0) {
            close();
        }
    }

    /** Runs {@code work} with one of this generation's rule sessions. */
    <T> T withEvaluator(Function<Evaluator, T> work) {
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

    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        allEvaluators.forEach(Evaluator::close);
        profiler.close();
        candidateIndex.close();
        vacancyIndex.close();
    }
}
