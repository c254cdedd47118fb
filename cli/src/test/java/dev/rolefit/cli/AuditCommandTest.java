package dev.rolefit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditCommandTest {
    @ParameterizedTest
    @ValueSource(strings = {"bias", "show", "override", "funnel"})
    void help_ofEachSubcommand_rendersWithoutPicocliWarnings(String subcommand) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Cli.Run run;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            run = Cli.run("audit", subcommand, "--help");
        } finally {
            System.setErr(stderr);
        }
        Cli.Run help = run;
        assertAll(
                () -> assertEquals(0, help.exitCode(), help.toString()),
                () -> assertTrue(help.out().startsWith("Usage: rolefit audit " + subcommand), help.out()),
                () -> assertFalse(captured.toString(StandardCharsets.UTF_8).contains("WARN"),
                        captured.toString(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bias", "show", "override", "funnel"})
    void audit_listsEachSubcommand(String subcommand) {
        Cli.Run run = Cli.run("audit", "--help");
        assertTrue(run.out().contains("  " + subcommand + " "), run.out());
    }

    @Test
    void rolefit_listsTheAuditCommand() {
        assertTrue(Cli.run("--help").out().contains("  audit "));
    }

    @Test
    void auditWithoutASubcommand_isAUsageError() {
        Cli.Run run = Cli.run("audit");
        assertAll(
                () -> assertEquals(2, run.exitCode()),
                () -> assertTrue(run.err().contains("say bias, show, override or funnel"), run.err()));
    }
}
