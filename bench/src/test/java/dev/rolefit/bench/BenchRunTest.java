package dev.rolefit.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A smoke run of the harness, small enough for CI: the benchmarks themselves never run in the build. */
class BenchRunTest {
    @Test
    void smallRun_producesMatchesAndARecallBetweenZeroAndOne() throws Exception {
        BenchRun bench = new BenchRun();
        new CommandLine(bench).parseArgs("--candidates", "50", "--vacancies", "10", "--bm25", "--latency", "8");
        StringWriter out = new StringWriter();

        BenchRun.Result result = bench.measure(new PrintWriter(out, true));

        assertEquals(50, result.candidates(), out::toString);
        assertEquals(10, result.vacancies(), out::toString);
        assertTrue(result.indexedMatches() > 0, out::toString);
        assertTrue(result.exhaustiveMatches() >= result.indexedMatches() / 2, out::toString);
        assertTrue(result.recall() >= 0 && result.recall() <= 1, out::toString);
        assertTrue(result.bm25Recall() >= 0 && result.bm25Recall() <= 1, out::toString);
        assertEquals(8, result.latencyMs().length, out::toString);
        assertTrue(result.seconds().keySet().containsAll(List.of("rule base build", "read", "prepare",
                "match indexed", "match exhaustive")), result.seconds()::toString);
        assertTrue(out.toString().contains("recall@10 indexed vs exhaustive"), out::toString);
    }

    @Test
    void recall_isTheShareOfReferenceEntriesFound() {
        Map<String, List<String>> reference = Map.of("a", List.of("1", "2", "3", "4"), "b", List.of("5"));
        Map<String, List<String>> found = Map.of("a", List.of("2", "1", "9"), "b", List.of("5"));

        assertEquals(0.6, BenchRun.recall(found, reference), 1e-9);
        assertEquals(1.0, BenchRun.recall(reference, reference), 1e-9);
    }

    @Test
    void percentile_isNearestRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertEquals(5, BenchRun.percentile(sorted, 50));
        assertEquals(10, BenchRun.percentile(sorted, 99));
    }
}
