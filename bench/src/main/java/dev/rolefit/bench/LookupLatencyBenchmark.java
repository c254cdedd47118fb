package dev.rolefit.bench;

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
 * The embedded API's page-view case: one candidate's top 10 against many indexed vacancies, one
 * lookup at a time, sampled so JMH reports the percentiles (issue 6's target: p99 under 5 ms for
 * 10,000 vacancies after warm-up).
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar LookupLatencyBenchmark -f 5 -wi 2 -i 3         # one lookup at a time
 * java -jar bench/target/benchmarks.jar LookupLatencyBenchmark -f 5 -wi 2 -i 3 -t 2    # two at once
 * </pre>
 * Five forks, as BENCHMARKS.md's figures: a tail percentile from one JVM says as much about that
 * JVM's compilation and heap layout as about the code.
 */
@Fork(1)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class LookupLatencyBenchmark {
    @Param({"200x10000"})
    public String size;

    private Loaded loaded;
    private MatchEngine engine;
    private MatchOptions options;
    private List<String> candidateIds;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        loaded = new Loaded(size);
        engine = loaded.fullEngine(RuleBook.defaults());
        options = MatchOptions.defaults().top(10);
        candidateIds = loaded.candidates.stream().map(c -> c.id()).toList();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
        loaded.close();
    }

    @Benchmark
    public List<Match> vacanciesForOneCandidate() {
        return engine.vacanciesFor(candidateIds.get(next++ % candidateIds.size()), options);
    }
}
