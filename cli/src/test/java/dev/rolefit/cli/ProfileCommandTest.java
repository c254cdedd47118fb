package dev.rolefit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolefit.model.RolefitJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileCommandTest {
    private static final String CAND_001 = "samples/candidates/cand-001.json";
    private static final String VAC_003 = "samples/vacancies/vac-003.json";

    private static JsonNode json(Cli.Run run) throws IOException {
        return RolefitJson.mapper().readTree(run.out());
    }

    @Test
    void mlEngineerCandidate_isProfiledAsMlEngineer() throws IOException {
        Cli.Run run = Cli.run("profile", CAND_001, "--format", "json", "--as-of", "2026-11");

        assertEquals(0, run.exitCode(), run::toString);
        JsonNode report = json(run);
        assertTrue(report.get("rulesetVersion").asText().startsWith("sha256:"), run::toString);
        assertEquals(0, report.get("errors").size());
        JsonNode profile = report.get("profiles").get(0);
        assertEquals("cand-001", profile.get("id").asText());
        assertEquals("CANDIDATE", profile.get("kind").asText());
        assertEquals("ML_ENGINEER", profile.get("roleFamily").asText());
        assertTrue(profile.get("roleScores").has("ML_ENGINEER"), profile::toString);
        assertEquals("MASTER", profile.get("educationLevel").asText());
        assertTrue(profile.get("yearsExperience").asDouble() > 5, profile::toString);
        List<String> skills = new ArrayList<>();
        profile.get("skills").forEach(s -> skills.add(s.asText()));
        assertTrue(skills.containsAll(List.of("Python", "PyTorch", "MLOps")), skills::toString);
    }

    @Test
    void mixedDocuments_eachGetTheirKind() throws IOException {
        Cli.Run run = Cli.run("profile", CAND_001, VAC_003, "--format", "jsonl", "--as-of", "2026-11");

        assertEquals(0, run.exitCode(), run::toString);
        String[] lines = run.out().split("\n");
        assertEquals(2, lines.length, run::toString);
        JsonNode candidate = RolefitJson.mapper().readTree(lines[0]);
        JsonNode vacancy = RolefitJson.mapper().readTree(lines[1]);
        assertEquals("CANDIDATE", candidate.get("kind").asText());
        assertEquals("VACANCY", vacancy.get("kind").asText());
        assertEquals("vac-003", vacancy.get("id").asText());
        assertEquals("AI_INFRASTRUCTURE_ENGINEER", vacancy.get("roleFamily").asText());
    }

    @Test
    void text_showsRoleSenioritySkillsButNoPersonalData() throws IOException {
        Cli.Run run = Cli.run("profile", CAND_001, "--as-of", "2026-11");

        assertEquals(0, run.exitCode(), run::toString);
        String text = run.out();
        assertTrue(text.contains("cand-001  candidate"), text);
        assertTrue(text.matches("(?s).*role family +ML_ENGINEER \\(ML_ENGINEER 1\\.00.*"), text);
        assertTrue(text.matches("(?s).*seniority +MID_SENIOR \\(.+\\).*"), text);
        assertTrue(text.matches("(?s).*education +MASTER.*"), text);
        assertTrue(text.matches("(?s).*skills +Python, PyTorch.*"), text);
        JsonNode candidate = RolefitJson.mapper().readTree(Path.of(CAND_001).toFile());
        assertFalse(text.contains(candidate.get("name").asText()), text);
        assertFalse(text.contains(candidate.get("email").asText()), text);
    }

    @Test
    void invalidDocument_isReportedAndTheOthersAreProfiled(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.jsonl");
        String good = RolefitJson.mapper().writeValueAsString(RolefitJson.mapper().readTree(Path.of(CAND_001).toFile()));
        Files.writeString(broken, "{\"id\": \"cand-z\", \"remotePreference\": \"Whenever\"}\n" + good + "\n");

        Cli.Run run = Cli.run("profile", broken.toString(), "--format", "json", "--as-of", "2026-11");

        assertEquals(1, run.exitCode(), run::toString);
        JsonNode report = json(run);
        assertEquals(1, report.get("profiles").size());
        assertEquals("cand-001", report.get("profiles").get(0).get("id").asText());
        assertEquals(broken + ", line 2", report.get("profiles").get(0).get("source").asText(), "the file and the line");
        JsonNode error = report.get("errors").get(0);
        assertEquals(broken.toString(), error.get("source").asText());
        assertTrue(error.get("location").asText().startsWith("line 1"), error::toString);
        assertTrue(error.get("message").asText().contains("Whenever"), error::toString);
        assertTrue(run.err().contains("rolefit: " + broken + ": line 1"), run.err());
    }

    @Test
    void noPath_isAUsageError() {
        Cli.Run run = Cli.run("profile");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("PATH"), run.err());
    }

    @Test
    void inputFormatForcedToTheWrongFormat_isAnErrorNamingTheFile() {
        Cli.Run run = Cli.run("profile", "samples/candidates/cand-001.json", "--input-format", "jobposting");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("samples/candidates/cand-001.json"), run.err());
    }
}
