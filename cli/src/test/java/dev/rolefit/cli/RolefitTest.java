package dev.rolefit.cli;

import dev.rolefit.engine.RuleProblem;
import dev.rolefit.engine.RuleSetException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RolefitTest {
    private static int handle(Exception ex, StringWriter err) {
        CommandLine commandLine = Rolefit.configure(new CommandLine(new Rolefit()));
        commandLine.setErr(new PrintWriter(err, true));
        return new Failures().handleExecutionException(ex, commandLine, null);
    }

    @Test
    void noCommand_printsTheUsageAndExitsTwo() {
        Cli.Run run = Cli.run();
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("Usage: rolefit"), run.err());
        assertTrue(run.err().contains("match"), run.err());
    }

    @Test
    void version_namesRolefit() {
        Cli.Run run = Cli.run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("rolefit "), run.out());
    }

    @Test
    void help_listsTheCommandsAndExitCodes() {
        Cli.Run run = Cli.run("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("match"), run.out());
        assertTrue(run.out().contains("profile"), run.out());
        assertTrue(run.out().contains("Exit codes:"), run.out());
    }

    @Test
    void ruleSetException_listsEveryProblemAndExitsTwo() {
        StringWriter err = new StringWriter();
        RuleSetException ex = new RuleSetException("rules/", List.of(
                new RuleProblem("skills.drl", 12, 3, "mismatched input"),
                new RuleProblem("data/skills.csv", 4, 0, "unknown category 'X'")));

        int code = handle(ex, err);

        assertEquals(2, code);
        assertTrue(err.toString().contains("skills.drl:12:3: mismatched input"), err.toString());
        assertTrue(err.toString().contains("data/skills.csv:4: unknown category 'X'"), err.toString());
    }

    @Test
    void illegalArgument_isAUsageErrorWithItsMessage() {
        StringWriter err = new StringWriter();
        int code = handle(new IllegalArgumentException("threads is 0; it must be at least 1"), err);
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("rolefit: threads is 0; it must be at least 1"), err.toString());
    }

    @Test
    void unexpectedFailure_exitsThreeWithOneLineAndNoStackTrace() {
        StringWriter err = new StringWriter();
        int code = handle(new IllegalStateException("disk on fire"), err);
        assertEquals(3, code);
        assertEquals("rolefit: disk on fire", err.toString().strip());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }
}
