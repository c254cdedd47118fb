package dev.rolefit.example;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedding example runs, step by step, and each step shows its effect. */
class EmbeddingExampleTest {

    @Test
    void example_matchesOnManyThreadsKeepsRecordsUpdatesByIdAndReloads() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EmbeddingExample.run(Path.of("rules"), Path.of("samples"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertTrue(out.contains("loaded 25 candidates and 12 vacancies"), out);
        assertTrue(out.contains("best for vac-001: cand-001 100.0 STRONG"), out);
        assertTrue(out.contains("logged 3 decisions; cand-002 overridden STRONG -> WEAK (the decision on line 3)"), out);
        assertTrue(out.matches("(?s).*after adding Terraform to vac-001: \\S+ [\\d.]+ missing \\[Terraform\\].*"), out);
        assertTrue(out.contains("removed cand-001: no longer matched"), out);
        assertTrue(out.contains("reloaded: new rules sha256:"), out);
    }
}
