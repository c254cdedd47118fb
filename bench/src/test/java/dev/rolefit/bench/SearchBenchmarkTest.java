package dev.rolefit.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A smoke run of the search benchmark, small enough for CI: the benchmark itself never runs in the build. */
class SearchBenchmarkTest {
    @Test
    void smallRun_buildsOpensWithTheSavedProfilesAndTimesEveryQuery() throws Exception {
        SearchBenchmark bench = new SearchBenchmark();
        new CommandLine(bench).parseArgs("--candidates", "60", "--batch", "25", "--repeat", "3", "--warm-up", "1",
                "--cold-open");
        StringWriter out = new StringWriter();

        SearchBenchmark.Result result = bench.measure(new PrintWriter(out, true));

        assertEquals(60, result.candidates(), out::toString);
        assertEquals(60, result.reuse().reused(), "the timed open reuses every saved profile: " + out);
        assertEquals(0, result.reuse().made(), out::toString);
        assertTrue(result.bytes().get("profiles.bin") > 0, result.bytes()::toString);
        assertTrue(result.bytes().get("index candidates") > 0, result.bytes()::toString);
        assertEquals(SearchBenchmark.QUERIES, java.util.List.copyOf(result.latencyMs().keySet()));
        result.latencyMs().values().forEach(ms -> assertEquals(3, ms.length));
        assertTrue(result.hits().get("python") > 0, out::toString);
        assertTrue(result.seconds().keySet().containsAll(java.util.List.of("index build, total", "open, no profiles",
                "open, saved profiles")), result.seconds()::toString);
    }
}
