package dev.rolefit.bench;

import dev.rolefit.engine.RuleBook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Compiling the default rule base (DRL files and CSV tables) into a RuleBook. Single shots in fresh
 * JVMs: the first iteration of each fork is the cold build a command pays at start-up, the later
 * ones a warm rebuild (hot reload). Issue 6's target: under 2 s.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar RuleBaseBenchmark -f 3 -wi 0 -i 4
 * </pre>
 */
@Fork(3)
@Warmup(iterations = 0)
@Measurement(iterations = 4)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleBaseBenchmark {
    @Benchmark
    public RuleBook buildDefaultRules() throws Exception {
        return RuleBook.defaults();
    }
}
