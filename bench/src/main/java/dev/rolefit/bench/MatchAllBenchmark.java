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
 * End to end in the engine: every candidate's top 10 vacancies ({@code matchAll}, per candidate) over
 * prepared documents, indexed against exhaustive. One call is a whole batch, so each iteration is
 * a single call.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar MatchAllBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class MatchAllBenchmark {
    @Param({"500x50", "1000x100"})
    public String size;

    @Param({"INDEXED", "EXHAUSTIVE"})
    public MatchOptions.Mode mode;

    private Loaded loaded;
    private MatchEngine engine;
    private MatchOptions options;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        loaded = new Loaded(size);
        engine = loaded.fullEngine(RuleBook.defaults());
        options = MatchOptions.defaults().per(MatchOptions.Per.CANDIDATE).top(10).mode(mode);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
        loaded.close();
    }

    @Benchmark
    public List<Match> matchAll() {
        return engine.matchAll(options);
    }
}
