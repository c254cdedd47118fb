package dev.rolefit.bench;

import dev.rolefit.engine.Documents;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.RuleBook;
import dev.rolefit.engine.RuleSetException;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.Vacancy;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/** A generated population read into memory, and engines over it, for the benchmarks' set-up. */
final class Loaded implements AutoCloseable {
    /** The month the generator dates its populations to. */
    static final YearMonth AS_OF = YearMonth.of(2026, 11);
    static final long SEED = 42;

    final Path dir;
    final List<Candidate> candidates;
    final List<Vacancy> vacancies;

    /** Generates "CANDIDATESxVACANCIES" documents (seed 42) into a temporary folder and reads them. */
    Loaded(String size) {
        long[] counts = Populations.size(size);
        this.dir = Populations.temporary(counts[0], counts[1], SEED);
        Documents.Batch<Candidate> cs = Documents.candidates(List.of(candidateFile()));
        Documents.Batch<Vacancy> vs = Documents.vacancies(List.of(vacancyFile()));
        if (!cs.errors().isEmpty() || !vs.errors().isEmpty()) {
            throw new IllegalStateException("generated documents do not read: " + cs.errors() + vs.errors());
        }
        this.candidates = cs.records().stream().map(Documents.Sourced::record).toList();
        this.vacancies = vs.records().stream().map(Documents.Sourced::record).toList();
    }

    Path candidateFile() {
        return dir.resolve(Populations.CANDIDATES);
    }

    Path vacancyFile() {
        return dir.resolve(Populations.VACANCIES);
    }

    /** An empty engine on the given rules, on every processor. */
    static MatchEngine engine(RuleBook book) throws RuleSetException, java.io.IOException {
        return MatchEngine.builder().rules(book).asOf(AS_OF).build();
    }

    /** An engine holding the whole population. */
    MatchEngine fullEngine(RuleBook book) throws RuleSetException, java.io.IOException {
        MatchEngine engine = engine(book);
        engine.putCandidates(candidates);
        engine.putVacancies(vacancies);
        return engine;
    }

    @Override
    public void close() {
        Populations.delete(dir);
    }
}
