package dev.rolefit.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Progress on stderr: shown when asked, quiet otherwise, never in the output. */
class ProgressTest {

    @Test
    void progressFlag_showsListsDoneRateAndTimeLeftOnStderr() {
        Cli.Run run = Cli.run("match", "--candidates", "samples/candidates", "--vacancies", "samples/vacancies",
                "--as-of", "2026-11", "--format", "json", "--progress");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains("rolefit: 12/12 lists (100%)"), run.err());
        assertTrue(run.err().matches("(?s).*lists/s, \\d+ s left.*"), run.err());
        assertFalse(run.out().contains("lists/s"), "progress never goes to the output");
    }

    @Test
    void withoutATerminalOrTheFlag_progressIsQuiet() {
        Cli.Run run = Cli.run("match", "--candidates", "samples/candidates", "--vacancies", "samples/vacancies",
                "--as-of", "2026-11", "--format", "json");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("\"candidateId\""), "the run did its work: " + run.out());
        assertFalse(run.err().contains("lists/s"), run.err());
    }
}
