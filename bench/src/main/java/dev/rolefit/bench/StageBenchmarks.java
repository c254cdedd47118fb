package dev.rolefit.bench;

import dev.rolefit.engine.Documents;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.MatchOptions;
import dev.rolefit.engine.RuleBook;
import dev.rolefit.model.Match;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The stages of a batch, each on its own: read the generated JSON Lines, prepare (normalise, profile
 * with the rules, index) every candidate, and retrieve + score one vacancy's or one candidate's list.
 * {@code size} is CANDIDATESxVACANCIES; {@code mode} INDEXED or EXHAUSTIVE.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar StageBenchmarks -f 1 -wi 2 -i 3
 * </pre>
 */
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StageBenchmarks {

    /** The generated files and the records read from them. */
    @State(Scope.Benchmark)
    public static class Files {
        @Param({"2000x200"})
        public String size;

        Loaded loaded;
        RuleBook book;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            loaded = new Loaded(size);
            book = RuleBook.defaults();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            loaded.close();
        }
    }

    /** A fresh, empty engine for every call, so that prepare adds rather than replaces. */
    @State(Scope.Thread)
    public static class Empty {
        MatchEngine engine;

        @Setup(Level.Invocation)
        public void setUp(Files files) throws Exception {
            engine = Loaded.engine(files.book);
        }

        @TearDown(Level.Invocation)
        public void tearDown() {
            engine.close();
        }
    }

    /** An engine holding the whole population; each call asks for the next owner's list. */
    @State(Scope.Benchmark)
    public static class Full {
        @Param({"INDEXED", "EXHAUSTIVE"})
        public MatchOptions.Mode mode;

        MatchEngine engine;
        MatchOptions options;
        List<String> candidateIds;
        List<String> vacancyIds;
        int next;

        @Setup(Level.Trial)
        public void setUp(Files files) throws Exception {
            engine = files.loaded.fullEngine(files.book);
            options = MatchOptions.defaults().top(10).mode(mode);
            candidateIds = files.loaded.candidates.stream().map(c -> c.id()).toList();
            vacancyIds = files.loaded.vacancies.stream().map(v -> v.id()).toList();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            engine.close();
        }
    }

    /** Read: both generated files through Documents (parse, validate, keep). */
    @Benchmark
    public int read(Files files) {
        return Documents.candidates(List.of(files.loaded.candidateFile())).records().size()
                + Documents.vacancies(List.of(files.loaded.vacancyFile())).records().size();
    }

    /** Prepare: putCandidates of the whole population into an empty engine (all threads). */
    @Benchmark
    public int prepareCandidates(Files files, Empty empty) {
        return empty.engine.putCandidates(files.loaded.candidates).size();
    }

    /** Retrieve + score: the top 10 candidates for one vacancy (the next one each call). */
    @Benchmark
    public List<Match> candidatesForOneVacancy(Full full) {
        String id = full.vacancyIds.get(full.next++ % full.vacancyIds.size());
        return full.engine.candidatesFor(id, full.options);
    }

    /** Retrieve + score: the top 10 vacancies for one candidate (the next one each call). */
    @Benchmark
    public List<Match> vacanciesForOneCandidate(Full full) {
        String id = full.candidateIds.get(full.next++ % full.candidateIds.size());
        return full.engine.vacanciesFor(id, full.options);
    }
}
