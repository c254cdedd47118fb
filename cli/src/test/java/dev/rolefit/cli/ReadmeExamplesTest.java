package dev.rolefit.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README shows real output: these runs must print what it shows. */
class ReadmeExamplesTest {

    /** The lines of the fenced block that follows {@code marker} in the README. */
    private static List<String> block(String marker) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int at = readme.indexOf(marker);
        assertTrue(at >= 0, "README no longer has: " + marker);
        int start = readme.indexOf("```text\n", at) + "```text\n".length();
        int end = readme.indexOf("```", start);
        return Arrays.asList(readme.substring(start, end).split("\n"));
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n"));
    }

    @Test
    void sampleRun_printsWhatTheReadmeShows() throws Exception {
        List<String> shown = block("What a recruiter sees");
        List<String> printed = lines(Cli.run("match", "--candidates", "samples/candidates", "--vacancies", "samples/vacancies",
                "--top", "3", "--as-of", "2026-11").out());

        int cut = shown.indexOf("…");
        assertEquals(shown.subList(0, cut), printed.subList(0, cut), "the head of the sample run");
        assertEquals(shown.get(shown.size() - 1), printed.get(printed.size() - 1), "the summary line");
    }

    @Test
    void badInput_printsTheErrorsTheReadmeShows() throws Exception {
        List<String> shown = block("**Bad input** is reported").subList(1, 4);
        Cli.Run run = Cli.run("match", "--candidates", "samples/invalid/candidates-with-errors.jsonl",
                "--vacancies", "samples/vacancies/vac-002.json", "--include-rejected", "--as-of", "2026-11");

        assertEquals(1, run.exitCode());
        assertEquals(shown, lines(run.err()).subList(0, 3));
    }

    @Test
    void profile_printsWhatTheReadmeShows() throws Exception {
        List<String> shown = block("`rolefit profile FILE...` shows");
        List<String> printed = lines(Cli.run("profile", "samples/candidates/cand-003.json", "--as-of", "2026-11").out());

        assertEquals(shown.subList(1, shown.size()), printed.subList(0, shown.size() - 1));
    }

    @Test
    void plainTextProfile_printsWhatTheReadmeShows() throws Exception {
        List<String> shown = block("**Plain text.**");
        List<String> printed = lines(Cli.run("profile", "samples/formats/resume-pieter-claes.txt", "--as-of", "2026-11").out());

        assertEquals(shown.subList(1, shown.size()), printed.subList(0, shown.size() - 1));
    }
}
