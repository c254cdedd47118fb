package dev.rolefit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pool read one candidate at a time gives the recruiter exactly what the batch gives: the same
 * lists in the same order, the same errors, the same exit code.
 */
class StreamedMatchTest {
    @ParameterizedTest
    @ValueSource(strings = {"jsonl", "csv"})
    void streamedOutputIsByteForByteTheBatchOutput(String format, @TempDir Path dir) throws IOException {
        // given the sample pool plus a file with broken records and a duplicate id
        Path extra = dir.resolve("more.jsonl");
        Files.writeString(extra, String.join("\n",
                Files.readString(Path.of("samples/candidates/cand-003.json")).replaceAll("\\s*\\n\\s*", " "),
                "{\"id\": \"cand-broken\", \"skills\": [",
                "[1, 2]",
                Files.readString(Path.of("samples/candidates/cand-007.json")).replaceAll("\\s*\\n\\s*", " ")
                        .replace("\"cand-007\"", "\"cand-late\"")) + "\n");
        List<String> common = List.of("match", "--candidates", "samples/candidates", extra.toString(),
                "--vacancies", "samples/vacancies", "--per", "candidate", "--top", "3", "--format", format,
                "--as-of", "2026-11", "--threads", "2");

        // when matched as a batch and as a stream
        Cli.Run batch = Cli.run(with(common, "--no-stream"));
        Cli.Run streamed = Cli.run(with(common, "--stream"));

        // then the output and the exit code are the same, and so are the errors (in reading order)
        assertEquals(1, batch.exitCode(), batch::toString);
        assertEquals(batch.exitCode(), streamed.exitCode(), streamed::toString);
        assertFalse(batch.out().isBlank());
        assertTrue(batch.out().contains("cand-late"), batch::toString);
        assertEquals(batch.out(), streamed.out());
        assertEquals(sortedLines(batch.err()), sortedLines(streamed.err()));
        assertTrue(streamed.err().contains("duplicate id 'cand-003'"), streamed::toString);
        assertTrue(streamed.err().contains(extra + ": line 2"), streamed::toString);
    }

    @Test
    void streamingIsRefusedWhereItCannotGiveTheSameOutput(@TempDir Path dir) {
        // given lists per vacancy, when --stream is asked for, then it is a usage error naming what it needs
        Cli.Run perVacancy = Cli.run("match", "--candidates", "samples/candidates", "--vacancies", "samples/vacancies",
                "--format", "jsonl", "--stream");
        assertEquals(2, perVacancy.exitCode(), perVacancy::toString);
        assertTrue(perVacancy.err().contains("--stream needs --per candidate and --format jsonl or csv"),
                perVacancy::toString);

        Cli.Run withLog = Cli.run("match", "--candidates", "samples/candidates", "--vacancies", "samples/vacancies",
                "--per", "candidate", "--format", "jsonl", "--stream", "--audit-log", dir.resolve("decisions.log").toString());
        assertEquals(2, withLog.exitCode(), withLog::toString);
        assertTrue(withLog.err().contains("--stream cannot be combined with --audit-log"), withLog::toString);
        assertFalse(Files.exists(dir.resolve("decisions.log")));
    }

    @Test
    void anEmptyPoolSaysSo(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("none.jsonl"), "\n");
        Cli.Run run = Cli.run("match", "--candidates", empty.toString(), "--vacancies", "samples/vacancies",
                "--per", "candidate", "--format", "csv");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("rank,candidateId,vacancyId,score,verdict,reverseScore,matchedSkills,missingSkills,topReasons\r\n",
                run.out());
        assertTrue(run.err().contains("no candidates were read"), run::toString);
    }

    private static String[] with(List<String> args, String more) {
        String[] all = Arrays.copyOf(args.toArray(new String[0]), args.size() + 1);
        all[args.size()] = more;
        return all;
    }

    private static List<String> sortedLines(String text) {
        return text.lines().sorted().collect(Collectors.toList());
    }
}
