package dev.rolefit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code rolefit serve}: its options and usage errors (the service itself is tested in the service module). */
class ServeCommandTest {
    @Test
    void help_listsEveryOption() {
        Cli.Run run = Cli.run("serve", "--help");

        assertEquals(0, run.exitCode(), run::toString);
        for (String option : List.of("--host", "--port", "--data", "--rules", "--watch-rules", "--threads", "--max-body",
                "--as-of", "127.0.0.1", "8080")) {
            assertTrue(run.out().contains(option), option + " in\n" + run.out());
        }
    }

    @Test
    void portOutOfRange_isAUsageError() {
        Cli.Run run = Cli.run("serve", "--port", "70000");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--port is 70000"), run.err());
    }

    @Test
    void watchRulesWithoutARulesFolder_isAUsageError() {
        Cli.Run run = Cli.run("serve", "--watch-rules");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--watch-rules needs --rules"), run.err());
    }

    @Test
    void rulesThatAreNoFolder_isAUsageError() {
        Cli.Run run = Cli.run("serve", "--rules", "no/such/folder");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("is not a folder"), run.err());
    }

    @ParameterizedTest
    @CsvSource({"1048576, 1048576", "512k, 524288", "10m, 10485760", "1G, 1073741824"})
    void maxBody_takesBytesOrAUnit(String written, long bytes) {
        assertEquals(bytes, new ServeCommand.Bytes().convert(written));
    }

    @Test
    void maxBodyThatIsNoSize_isAUsageError() {
        assertThrows(picocli.CommandLine.TypeConversionException.class, () -> new ServeCommand.Bytes().convert("lots"));
        Cli.Run run = Cli.run("serve", "--max-body", "0");

        assertEquals(2, run.exitCode(), run::toString);
    }
}
