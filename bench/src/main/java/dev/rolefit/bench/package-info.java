/**
 * Benchmarks of rolefit, on populations made by {@code rolefit generate}; never run by the build.
 *
 * <p>Two kinds. The JMH classes measure one stage each: {@link dev.rolefit.bench.StageBenchmarks}
 * (read, prepare, retrieve + score one list), {@link dev.rolefit.bench.MatchAllBenchmark} (every
 * candidate's top 10, indexed against exhaustive), {@link dev.rolefit.bench.LookupLatencyBenchmark}
 * (one candidate against many vacancies, percentiles) and {@link dev.rolefit.bench.RuleBaseBenchmark}
 * (compiling the default rules). {@link dev.rolefit.bench.BenchRun} times one whole run the way a
 * batch would make it, and measures how much of the exhaustive top-K the indexed top-K recalls.
 *
 * <pre>
 * ./mvnw -B -q install -DskipTests
 * java -jar bench/target/benchmarks.jar StageBenchmarks -f 1 -wi 2 -i 3
 * java -cp bench/target/benchmarks.jar dev.rolefit.bench.BenchRun --candidates 2000 --vacancies 200
 * </pre>
 */
package dev.rolefit.bench;
