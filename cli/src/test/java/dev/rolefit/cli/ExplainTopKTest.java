package dev.rolefit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolefit.model.RolefitJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code explain --for-candidate --top K --candidates POOL}: where the candidate stands and what
 * would move them into the top K. The samples' list for vac-001 (as of 2026-11) reads, from 5th:
 * cand-009 74.5, cand-007 70.6, cand-021 70.0. cand-021 lacks MLOps (required) and AWS and
 * Kubernetes (preferred): with MLOps they would score 76.0 and overtake cand-009 (5th); with AWS
 * or Kubernetes, 72.0, which overtakes cand-007 (6th) only.
 */
class ExplainTopKTest {
    private static Cli.Run explain(String... extra) {
        String[] base = {"explain", "samples/candidates/cand-021.json", "samples/vacancies/vac-001.json", "--as-of",
                "2026-11", "--for-candidate", "--candidates", "samples/candidates"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Cli.run(args);
    }

    @Test
    void top6_text_namesTheRankTheScoreToBeatAndEachSingleChangeThatIsEnough() {
        Cli.Run run = explain("--top", "6");
        assertAll(
                () -> assertEquals(0, run.exitCode(), run.toString()),
                () -> assertTrue(run.out().contains("You rank 7th of 25 candidates; the candidate in place 6 among the "
                        + "others scored 70.6."), run.out()),
                () -> assertTrue(run.out().contains("""
                        What would move you into the top 6
                          - Add the skill MLOps: you would rank 5th (score 76.0, a strong match)
                          - Add the skill AWS: you would rank 6th (score 72.0, a good match)
                          - Add the skill Kubernetes: you would rank 6th (score 72.0, a good match)
                        """), run.out()),
                () -> assertFalse(run.out().contains("cand-007") || run.out().contains("cand-009"),
                        "no other candidate is named"));
    }

    @Test
    void top5_json_onlyTheRequiredSkillIsEnough() throws IOException {
        Cli.Run run = explain("--top", "5", "--format", "json");
        JsonNode standing = RolefitJson.mapper().readTree(run.out()).get("standing");
        assertAll(
                () -> assertEquals(0, run.exitCode(), run.toString()),
                () -> assertEquals(5, standing.get("top").asInt()),
                () -> assertEquals(25, standing.get("candidates").asInt()),
                () -> assertEquals(7, standing.get("rank").asInt()),
                () -> assertFalse(standing.get("inTop").asBoolean()),
                () -> assertEquals(74.5, standing.get("scoreToBeat").asDouble()),
                () -> assertEquals(1, standing.get("wouldMoveIntoTop").size()),
                () -> assertEquals("Add the skill MLOps: you would rank 5th (score 76.0, a strong match)",
                        standing.get("wouldMoveIntoTop").get(0).asText()));
    }

    @Test
    void top7_alreadyIn() {
        Cli.Run run = explain("--top", "7");
        assertAll(
                () -> assertTrue(run.out().contains("You rank 7th of 25 candidates; you are in the top 7."), run.out()),
                () -> assertFalse(run.out().contains("What would move you into the top"), run.out()));
    }

    @Test
    void withoutTop_thereIsNoStanding() throws IOException {
        Cli.Run run = Cli.run("explain", "samples/candidates/cand-021.json", "samples/vacancies/vac-001.json",
                "--as-of", "2026-11", "--for-candidate", "--format", "json");
        assertFalse(RolefitJson.mapper().readTree(run.out()).has("standing"), run.out());
    }

    @Test
    void topWithoutAPool_orWithoutForCandidate_isAUsageError() {
        Cli.Run noPool = Cli.run("explain", "samples/candidates/cand-021.json", "samples/vacancies/vac-001.json",
                "--for-candidate", "--top", "3");
        Cli.Run noLetter = Cli.run("explain", "samples/candidates/cand-021.json", "samples/vacancies/vac-001.json",
                "--top", "3", "--candidates", "samples/candidates");
        assertAll(
                () -> assertEquals(2, noPool.exitCode(), noPool.toString()),
                () -> assertTrue(noPool.err().contains("--top needs --for-candidate and --candidates"), noPool.err()),
                () -> assertEquals(2, noLetter.exitCode(), noLetter.toString()));
    }

    @Test
    void ordinals() {
        assertAll(
                () -> assertEquals("1st", CandidateExplanation.ordinal(1)),
                () -> assertEquals("2nd", CandidateExplanation.ordinal(2)),
                () -> assertEquals("3rd", CandidateExplanation.ordinal(3)),
                () -> assertEquals("4th", CandidateExplanation.ordinal(4)),
                () -> assertEquals("11th", CandidateExplanation.ordinal(11)),
                () -> assertEquals("12th", CandidateExplanation.ordinal(12)),
                () -> assertEquals("21st", CandidateExplanation.ordinal(21)),
                () -> assertEquals("112th", CandidateExplanation.ordinal(112)));
    }
}
