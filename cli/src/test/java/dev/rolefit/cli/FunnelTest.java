package dev.rolefit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolefit.model.Match;
import dev.rolefit.model.RolefitJson;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.rolefit.cli.AuditFixtures.match;
import static dev.rolefit.model.Verdict.GOOD;
import static dev.rolefit.model.Verdict.REJECTED;
import static dev.rolefit.model.Verdict.STRONG;
import static dev.rolefit.model.Verdict.WEAK;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The funnel of a constructed batch, checked by hand:
 *
 * <pre>
 * vac-A  a1 STRONG 90            vac-B  a1 REJECTED 80  [R3]
 *        a2 REJECTED 85 [R1]            a2 REJECTED 70  [R1]
 *        a3 REJECTED 60 [R1, R2]        a6 GOOD 65
 *        a4 REJECTED 50 [R2]            a7 REJECTED 40  (no knockout reason)
 *        a5 WEAK 40
 * </pre>
 */
class FunnelTest {
    static final String R1 = "Does not speak a required language";
    static final String R2 = "Salary expectation far above the band";
    static final String R3 = "Out of reach and not relocating";

    static List<Match> batch() {
        return List.of(
                match("a1", "vac-A", 90, STRONG),
                match("a2", "vac-A", 85, REJECTED, R1),
                match("a3", "vac-A", 60, REJECTED, R1, R2),
                match("a4", "vac-A", 50, REJECTED, R2),
                match("a5", "vac-A", 40, WEAK),
                match("a1", "vac-B", 80, REJECTED, R3),
                match("a2", "vac-B", 70, REJECTED, R1),
                match("a6", "vac-B", 65, GOOD),
                match("a7", "vac-B", 40, REJECTED));
    }

    static Funnel.Result funnel(Integer top) {
        return Funnel.of(AuditFixtures.file(batch().toArray(Match[]::new)), top);
    }

    private static void assertStage(Funnel.Stage stage, String name, int count, String ofScored, String ofPrevious) {
        assertAll(name,
                () -> assertEquals(name, stage.stage()),
                () -> assertEquals(count, stage.count()),
                () -> assertEquals(new BigDecimal(ofScored), stage.percentOfScored()),
                () -> assertEquals(ofPrevious == null ? null : new BigDecimal(ofPrevious), stage.percentOfPrevious()));
    }

    @Nested
    class PerVacancy {
        @Test
        void eachRuleCountsThePairsItRejected_aPairWithTwoKnockoutsCountsForBoth() {
            Funnel.Scope a = funnel(null).vacancy("vac-A");
            assertAll(
                    () -> assertEquals(5, a.scored()),
                    () -> assertEquals(2, a.knockout(R1).removed(), "a2 and a3"),
                    () -> assertEquals(new BigDecimal("40.0"), a.knockout(R1).percentOfScored()),
                    () -> assertEquals(2, a.knockout(R2).removed(), "a3 and a4"),
                    () -> assertEquals(2, a.knockouts().size()));
        }

        @Test
        void removedByAny_countsEachRejectedPairOnce() {
            Funnel.Scope a = funnel(null).vacancy("vac-A");
            assertAll(
                    () -> assertEquals(3, a.removedByAny(), "a2, a3, a4: not 4"),
                    () -> assertEquals(new BigDecimal("60.0"), a.removedByAnyPercent()));
        }

        @Test
        void stages_giveTheSelectionRateAtEachStep() {
            Funnel.Scope a = funnel(null).vacancy("vac-A");
            assertAll(
                    () -> assertEquals(2, a.stages().size()),
                    () -> assertStage(a.stages().get(0), "scored", 5, "100.0", null),
                    () -> assertStage(a.stages().get(1), "passed every knockout", 2, "40.0", "40.0"));
        }

        @Test
        void rejectedPairWithoutAKnockoutReason_isCountedUnderItsOwnLine() {
            Funnel.Scope b = funnel(null).vacancy("vac-B");
            assertAll(
                    () -> assertEquals(1, b.knockout(Funnel.NO_REASON).removed()),
                    () -> assertEquals(3, b.removedByAny()),
                    () -> assertStage(b.stages().get(1), "passed every knockout", 1, "25.0", "25.0"));
        }

        @Test
        void verdicts_areCountedPerVacancy() {
            assertEquals(Map.of("STRONG", 1, "GOOD", 0, "WEAK", 1, "REJECTED", 3), funnel(null).vacancy("vac-A").verdicts());
        }

        @Test
        void rules_mostRemovalsFirst_thenByName() {
            Funnel.Scope b = funnel(null).vacancy("vac-B");
            assertEquals(List.of(Funnel.NO_REASON, R1, R3), b.knockouts().stream().map(Funnel.Knockout::rule).toList());
        }
    }

    @Nested
    class Overall {
        @Test
        void addsUpThePairsOfEveryVacancy() {
            Funnel.Scope all = funnel(null).overall();
            assertAll(
                    () -> assertNull(all.vacancyId()),
                    () -> assertEquals(9, all.scored()),
                    () -> assertEquals(7, all.candidates(), "a1 … a7"),
                    () -> assertEquals(3, all.knockout(R1).removed(), "a2 in both, a3 in vac-A"),
                    () -> assertEquals(new BigDecimal("33.3"), all.knockout(R1).percentOfScored()),
                    () -> assertEquals(2, all.knockout(R2).removed()),
                    () -> assertEquals(1, all.knockout(R3).removed()),
                    () -> assertEquals(6, all.removedByAny()),
                    () -> assertEquals(new BigDecimal("66.7"), all.removedByAnyPercent()),
                    () -> assertStage(all.stages().get(1), "passed every knockout", 3, "33.3", "33.3"));
        }

        @Test
        void saysHowManyDistinctCandidatesEachRuleRemoved() {
            Funnel.Scope all = funnel(null).overall();
            assertAll(
                    () -> assertEquals(2, all.knockout(R1).candidates(), "a2 (twice) and a3"),
                    () -> assertEquals(5, all.removedCandidates(), "a1, a2, a3, a4, a7"));
        }
    }

    @Nested
    class TopK {
        @Test
        void addsAStage_ofThePairsInTheFirstKThatPassed() {
            Funnel.Scope all = funnel(1).overall();
            assertAll(
                    () -> assertEquals(3, all.stages().size()),
                    // vac-A: a1; vac-B: a6 (a1 is rejected, ranked last)
                    () -> assertStage(all.stages().get(2), "in the top 1", 2, "22.2", "66.7"),
                    () -> assertStage(funnel(1).vacancy("vac-B").stages().get(2), "in the top 1", 1, "25.0", "100.0"));
        }

        @Test
        void neverCountsARejectedPair_evenWithinTheFirstK() {
            // vac-B has one pair that passed: the top 3 still holds only a6
            assertEquals(1, funnel(3).vacancy("vac-B").stages().get(2).count());
        }
    }

    @Nested
    class CommandLine {
        @Test
        void json_holdsTheSameNumbers(@TempDir Path dir) throws IOException {
            Path file = AuditFixtures.write(dir, "m.json", batch());

            Cli.Run run = Cli.run("audit", "funnel", "--matches", file.toString(), "--format", "json");

            assertEquals(0, run.exitCode(), run.toString());
            JsonNode root = RolefitJson.mapper().readTree(run.out());
            JsonNode overall = root.get("overall");
            assertAll(
                    () -> assertEquals(9, overall.get("scored").asInt()),
                    () -> assertEquals(6, overall.get("removedByAny").asInt()),
                    () -> assertEquals(R1, overall.get("knockouts").get(0).get("rule").asText()),
                    () -> assertEquals(3, overall.get("knockouts").get(0).get("removed").asInt()),
                    () -> assertEquals("vac-A", root.get("vacancies").get(0).get("vacancyId").asText()),
                    () -> assertEquals(0, root.get("notes").size(), "the file has rejected pairs and is exhaustive"));
        }

        @Test
        void csv_hasARowPerStageRuleAnyLineAndVerdict(@TempDir Path dir) throws IOException {
            Path file = AuditFixtures.write(dir, "m.json", batch());

            Cli.Run run = Cli.run("audit", "funnel", "--matches", file.toString(), "--format", "csv", "--top", "1");

            List<String> lines = run.out().lines().toList();
            assertAll(
                    () -> assertEquals(0, run.exitCode(), run.toString()),
                    () -> assertEquals(Funnel.CSV_HEADER, lines.get(0)),
                    () -> assertTrue(lines.contains("overall,,stage,scored,9,100.0,,"), run.out()),
                    () -> assertTrue(lines.contains("overall,,stage,passed every knockout,3,33.3,33.3,"), run.out()),
                    () -> assertTrue(lines.contains("overall,,stage,in the top 1,2,22.2,66.7,"), run.out()),
                    () -> assertTrue(lines.contains("overall,,knockout," + R1 + ",3,33.3,,2"), run.out()),
                    () -> assertTrue(lines.contains("overall,,anyKnockout,removed by any knockout,6,66.7,,5"), run.out()),
                    () -> assertTrue(lines.contains("vacancy,vac-A,verdict,REJECTED,3,60.0,,"), run.out()));
        }

        @Test
        void text_namesEachRuleAndTheAnyLine(@TempDir Path dir) throws IOException {
            Path file = AuditFixtures.write(dir, "m.json", batch());

            Cli.Run run = Cli.run("audit", "funnel", "--matches", file.toString());

            assertAll(
                    () -> assertEquals(0, run.exitCode(), run.toString()),
                    () -> assertTrue(run.out().contains("Overall — 9 pairs, 7 candidates"), run.out()),
                    () -> assertTrue(run.out().contains("removed by any knockout"), run.out()),
                    () -> assertTrue(run.out().contains("vac-B — 4 candidates scored"), run.out()),
                    () -> assertTrue(run.out().lines().noneMatch(l -> l.endsWith(" ")), "no trailing spaces"));
        }

        @Test
        void fileWithoutRejectedPairs_saysTheFunnelCannotSeeTheKnockouts(@TempDir Path dir) throws IOException {
            Path file = AuditFixtures.write(dir, "m.json", List.of(match("a1", "vac-A", 90, STRONG)));

            Cli.Run run = Cli.run("audit", "funnel", "--matches", file.toString());

            assertAll(
                    () -> assertEquals(0, run.exitCode(), run.toString()),
                    () -> assertTrue(run.out().contains("note: the file has no REJECTED pairs"), run.out()));
        }

        @org.junit.jupiter.params.ParameterizedTest(name = "a log of the {0} format")
        @org.junit.jupiter.params.provider.ValueSource(strings = {"current", "first"})
        void aDecisionLogGivenAsMatches_isOneClearErrorNamingWhatToGive(String format, @TempDir Path dir)
                throws IOException {
            Path log = dir.resolve("decisions.jsonl");
            Cli.Run match = Cli.run("match", "--candidates", "samples/candidates", "--vacancies", "samples/vacancies",
                    "--as-of", "2026-11", "--format", "json", "--audit-log", log.toString());
            assertEquals(0, match.exitCode(), match.toString());
            if (format.equals("first")) { // the first log format wrote no "kind"
                java.nio.file.Files.writeString(log, java.nio.file.Files.readString(log).replace("\"kind\":\"decision\",", ""));
                assertFalse(java.nio.file.Files.readString(log).contains("\"kind\""), "the log is of the first format");
            }

            Cli.Run run = Cli.run("audit", "funnel", "--matches", log.toString());

            assertAll(
                    () -> assertEquals(2, run.exitCode(), run.toString()),
                    () -> assertEquals(1, run.err().lines().filter(l -> l.startsWith("rolefit:")).count(), run.err()),
                    () -> assertTrue(run.err().contains("is a decision log (rolefit match --audit-log), not a match file"),
                            run.err()),
                    () -> assertEquals("", run.out()));
        }

        @Test
        void aMatchThatCannotBeRead_isReportedWithItsPath_andTheRestIsUsed(@TempDir Path dir) throws IOException {
            Path file = AuditFixtures.write(dir, "m.json", batch());
            String text = java.nio.file.Files.readString(file).replaceFirst("\"candidateId\"\\s*:\\s*\"a1\"", "\"candidateId\": null");
            java.nio.file.Files.writeString(file, text);

            Cli.Run run = Cli.run("audit", "funnel", "--matches", file.toString(), "--format", "json");

            assertAll(
                    () -> assertEquals(1, run.exitCode(), run.toString()),
                    () -> assertTrue(run.err().contains("$.matches[0]"), run.err()),
                    () -> assertEquals(8, RolefitJson.mapper().readTree(run.out()).get("overall").get("scored").asInt()));
        }
    }
}
