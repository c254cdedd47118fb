package dev.rolefit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolefit.model.RolefitJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain-text résumés and postings on the command line: detected by extension, or forced with --input-format text. */
class PlainTextInputTest {
    private static final String RESUME = "samples/formats/resume-pieter-claes.txt";
    private static final String POSTING = "samples/formats/posting-antwerp-ai-infra.txt";

    @Test
    void profileOfTextFiles_showsEachKindAndTheLineOfEachSkill() throws IOException {
        Cli.Run run = Cli.run("profile", RESUME, POSTING, "--format", "json", "--as-of", "2026-11");

        assertEquals(0, run.exitCode(), run::toString);
        JsonNode profiles = RolefitJson.mapper().readTree(run.out()).get("profiles");
        JsonNode resume = profiles.get(0);
        JsonNode posting = profiles.get(1);
        assertEquals("resume-pieter-claes", resume.get("id").asText());
        assertEquals(RESUME, resume.get("source").asText());
        assertEquals("CANDIDATE", resume.get("kind").asText());
        assertEquals("DATA_SCIENTIST", resume.get("roleFamily").asText());
        assertEquals("listed, text line 23", resume.get("skillSources").get("Python").asText());
        assertEquals("portline-2026-014", posting.get("id").asText());
        assertEquals("VACANCY", posting.get("kind").asText());
        assertEquals("AI_INFRASTRUCTURE_ENGINEER", posting.get("roleFamily").asText());
        assertEquals("required, text line 19", posting.get("skillSources").get("Terraform").asText());
        assertFalse(run.out().contains("Pieter Claes"), "no personal data in a profile");
    }

    @Test
    void inputFormatText_readsAFileWhateverItsName(@TempDir Path dir) throws IOException {
        Path renamed = dir.resolve("pieter.cv");
        Files.copy(Path.of(RESUME), renamed);

        Cli.Run auto = Cli.run("profile", renamed.toString(), "--format", "json", "--as-of", "2026-11");
        Cli.Run forced = Cli.run("profile", renamed.toString(), "--input-format", "text", "--format", "json",
                "--as-of", "2026-11");

        assertEquals(1, auto.exitCode(), auto::toString);
        assertTrue(auto.err().contains("unknown file type"), auto.err());
        assertEquals(0, forced.exitCode(), forced::toString);
        assertEquals("pieter", RolefitJson.mapper().readTree(forced.out()).get("profiles").get(0).get("id").asText());
    }

    @Test
    void badTextPosting_isAnErrorWithFileAndLineAndTheOthersAreMatched(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad-posting.txt");
        Files.writeString(bad, "Data Scientist\nSalary: 1.234 EUR per year\n");

        Cli.Run run = Cli.run("match", "--candidates", RESUME, "--vacancies", bad.toString(), POSTING,
                "--format", "json", "--include-rejected", "--as-of", "2026-11");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("rolefit: " + bad + ": line 2: "), run.err());
        assertTrue(run.err().contains("1.234"), run.err());
        JsonNode matches = RolefitJson.mapper().readTree(run.out()).get("matches");
        assertEquals(1, matches.size(), run::toString);
        assertEquals("portline-2026-014", matches.get(0).get("vacancyId").asText());
    }

    @Test
    void inputFormatHelp_namesText() {
        Cli.Run run = Cli.run("profile", "--help");

        String help = run.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("or text (every file read as a plain-text résumé or posting)"), run.out());
    }
}
