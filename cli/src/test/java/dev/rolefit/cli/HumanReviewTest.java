package dev.rolefit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolefit.engine.AuditLog;
import dev.rolefit.model.Match;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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

/** Human overrides (EU AI Act Art. 14): recorded with audit override, shown, and reported after review. */
class HumanReviewTest {
    private static final ObjectMapper JSON = RolefitJson.mapper();

    /** An override as the log would hold it, made on a decision of the fixtures' rule set. */
    static AuditLog.HumanOverride override(String candidate, String vacancy, Verdict automated, Verdict after) {
        return new AuditLog.HumanOverride(AuditLog.HumanOverride.KIND, "2026-11-20T12:00:00.000Z", candidate, vacancy, 1,
                "sha256:00", "2026-11-20T11:00:00.000Z", "batch-1", AuditFixtures.RULESET, automated, 50.0, after,
                "reviewed", "j.smit");
    }

    static Review review(AuditLog.HumanOverride... overrides) {
        Map<String, AuditLog.HumanOverride> byPair = new HashMap<>();
        for (AuditLog.HumanOverride o : overrides) {
            byPair.put(AuditLog.pair(o.candidateId(), o.vacancyId()), o);
        }
        return new Review("decisions.jsonl", byPair);
    }

    /**
     * The funnel batch of {@link FunnelTest} with these overrides:
     * <pre>
     * a2/vac-A REJECTED → GOOD   reinstated        a7/vac-B REJECTED → WEAK    reinstated
     * a1/vac-A STRONG → REJECTED removed by review a6/vac-B GOOD → STRONG      still selected
     * zz/vac-A: not in the match file
     * </pre>
     * vac-A: passed a1, a5 (2 of 5); after review a2, a5 (2). vac-B: passed a6 (1 of 4); after review
     * a6, a7 (2, more than passed: no share of the previous stage). Overall 3 of 9 pass, 4 after review.
     */
    @Nested
    class Funnels {
        private final Review review = review(override("a2", "vac-A", REJECTED, GOOD), override("a1", "vac-A", STRONG, REJECTED),
                override("a7", "vac-B", REJECTED, WEAK), override("a6", "vac-B", GOOD, STRONG),
                override("zz", "vac-A", GOOD, REJECTED));

        private Funnel.Result funnel(Integer top) {
            return Funnel.of(AuditFixtures.file(FunnelTest.batch().toArray(Match[]::new)), top, review);
        }

        @Test
        void perVacancy_countsOverriddenReinstatedAndRemoved_andAddsTheStageAfterReview() {
            Funnel.Scope a = funnel(null).vacancy("vac-A");
            Funnel.Scope b = funnel(null).vacancy("vac-B");
            assertAll(
                    () -> assertEquals(2, a.overridden()),
                    () -> assertEquals(1, a.reinstated(), "a2"),
                    () -> assertEquals(1, a.removedByReview(), "a1"),
                    () -> assertEquals(2, a.stage(Funnel.AFTER_REVIEW).count()),
                    () -> assertEquals(new BigDecimal("40.0"), a.stage(Funnel.AFTER_REVIEW).percentOfScored()),
                    () -> assertEquals(new BigDecimal("100.0"), a.stage(Funnel.AFTER_REVIEW).percentOfPrevious()),
                    () -> assertEquals(Map.of("STRONG", 0, "GOOD", 1, "WEAK", 1, "REJECTED", 3), a.verdictsAfterReview()),
                    () -> assertEquals(Map.of("STRONG", 1, "GOOD", 0, "WEAK", 1, "REJECTED", 3), a.verdicts(),
                            "the automated verdicts stay as they were"),
                    () -> assertEquals(2, b.stage(Funnel.AFTER_REVIEW).count()),
                    () -> assertEquals(new BigDecimal("50.0"), b.stage(Funnel.AFTER_REVIEW).percentOfScored()),
                    () -> assertNull(b.stage(Funnel.AFTER_REVIEW).percentOfPrevious(), "2 after review of 1 passed"),
                    () -> assertEquals(0, b.removedByReview()));
        }

        @Test
        void overall_addsTheVacanciesUp_andNotesTheOverrideOfAPairNotInTheFile() {
            Funnel.Result r = funnel(null);
            assertAll(
                    () -> assertEquals(4, r.overall().overridden()),
                    () -> assertEquals(2, r.overall().reinstated()),
                    () -> assertEquals(1, r.overall().removedByReview()),
                    () -> assertEquals(4, r.overall().stage(Funnel.AFTER_REVIEW).count()),
                    () -> assertEquals(new BigDecimal("44.4"), r.overall().stage(Funnel.AFTER_REVIEW).percentOfScored(), "4 of 9"),
                    () -> assertEquals("decisions.jsonl", r.overrides()),
                    () -> assertTrue(r.notes().contains("1 override names a pair that is not in the match file; not applied"),
                            r.notes().toString()));
        }

        @Test
        void withTopK_anOverriddenPairIsSelectedByTheVerdict_whateverItsRank() {
            Funnel.Scope a = funnel(1).vacancy("vac-A");
            Funnel.Scope b = funnel(1).vacancy("vac-B");
            assertAll(
                    () -> assertEquals(1, a.stage("in the top 1").count(), "a1"),
                    () -> assertEquals(1, a.stage(Funnel.AFTER_REVIEW).count(), "a2 in, a1 out"),
                    () -> assertEquals(2, b.stage(Funnel.AFTER_REVIEW).count(), "a6 and the reinstated a7"));
        }

        @Test
        void withoutOverrides_theReportHasNoReviewFields() throws IOException {
            StringWriter json = new StringWriter();
            Funnel.writeJson(Funnel.of(AuditFixtures.file(FunnelTest.batch().toArray(Match[]::new)), null), json);
            assertFalse(json.toString().contains("AfterReview") || json.toString().contains("overrid"), json.toString());
        }

        @Test
        void textAndCsv_showTheReview() throws IOException {
            StringWriter text = new StringWriter();
            Funnel.writeText(funnel(null), text);
            StringWriter csv = new StringWriter();
            Funnel.writeCsv(funnel(null), csv);
            assertAll(
                    () -> assertTrue(text.toString().contains("overridden by a person: 2 (reinstated 1, removed by review 1)"), text.toString()),
                    () -> assertTrue(text.toString().contains("verdicts after review: STRONG 0, GOOD 1, WEAK 1, REJECTED 3"), text.toString()),
                    () -> assertTrue(csv.toString().contains("vacancy,vac-A,stage,after human review,2,40.0,100.0,\r\n"), csv.toString()),
                    () -> assertTrue(csv.toString().contains("overall,,review,overridden,4,44.4,,\r\n"), csv.toString()));
        }
    }

    /**
     * One vacancy, eight applicants, sex known, race/ethnicity unknown:
     * <pre>
     * m1 80 GOOD  m2 70 GOOD → REJECTED  m3 40 REJECTED  m4 30 REJECTED
     * f1 75 GOOD  f2 45 REJECTED → GOOD  f3 35 REJECTED → WEAK  f4 20 REJECTED
     * </pre>
     * Automated: M 2/4 = 50.0% (ratio 1.00), F 1/4 = 25.0% (0.50, flagged). After review: M 1/4 =
     * 25.0% (1/4 ÷ 3/4 = 0.33, flagged), F 3/4 = 75.0% (1.00). The scoring rates do not move.
     */
    @Nested
    class Bias {
        private BiasReport.Result report() {
            MatchFile file = AuditFixtures.file(match("m1", "v", 80, GOOD), match("m2", "v", 70, GOOD),
                    match("m3", "v", 40, REJECTED, "K"), match("m4", "v", 30, REJECTED, "K"),
                    match("f1", "v", 75, GOOD), match("f2", "v", 45, REJECTED, "K"),
                    match("f3", "v", 35, REJECTED, "K"), match("f4", "v", 20, REJECTED, "K"));
            Map<String, Demographics.Person> people = new HashMap<>();
            for (String id : List.of("m1", "m2", "m3", "m4")) {
                people.put(id, new Demographics.Person("Male", null));
            }
            for (String id : List.of("f1", "f2", "f3", "f4")) {
                people.put(id, new Demographics.Person("Female", null));
            }
            return BiasReport.of(file, "d.csv", Demographics.of(people), null,
                    review(override("m2", "v", GOOD, REJECTED), override("f2", "v", REJECTED, GOOD),
                            override("f3", "v", REJECTED, WEAK)));
        }

        @Test
        void selectionAfterReview_hasItsOwnRatesAndRatios_nextToTheAutomatedOnes() {
            BiasReport.Table sex = report().vacancy("v").table(BiasReport.Dimension.SEX);
            BiasReport.Row m = sex.row("Male");
            BiasReport.Row f = sex.row("Female");
            assertAll(
                    () -> assertEquals(new BigDecimal("50.0"), m.selectionRatePercent()),
                    () -> assertEquals(new BigDecimal("0.50"), f.selectionImpactRatio()),
                    () -> assertTrue(f.selectionBelowFourFifths()),
                    () -> assertEquals(1, m.selectedAfterReview()),
                    () -> assertEquals(new BigDecimal("25.0"), m.selectionRateAfterReviewPercent()),
                    () -> assertEquals(new BigDecimal("0.33"), m.selectionImpactRatioAfterReview()),
                    () -> assertTrue(m.selectionAfterReviewBelowFourFifths()),
                    () -> assertEquals(3, f.selectedAfterReview()),
                    () -> assertEquals(new BigDecimal("75.0"), f.selectionRateAfterReviewPercent()),
                    () -> assertEquals(new BigDecimal("1.00"), f.selectionImpactRatioAfterReview()),
                    () -> assertEquals("Female", sex.selectionReferenceAfterReview()),
                    () -> assertEquals(m.scoringRatePercent(), new BigDecimal("50.0"), "scores are not overridden"),
                    () -> assertEquals(3, report().vacancy("v").overridden()),
                    () -> assertEquals(3, report().overall().overridden()));
        }

        @Test
        void textAndCsv_carryTheColumnsAfterReview() throws IOException {
            StringWriter text = new StringWriter();
            BiasReport.writeText(report(), text);
            StringWriter csv = new StringWriter();
            BiasReport.writeCsv(report(), csv);
            assertAll(
                    () -> assertTrue(text.toString().contains("after review"), text.toString()),
                    () -> assertTrue(text.toString().contains("3 overridden by a person"), text.toString()),
                    () -> assertTrue(text.toString().matches("(?s).*Female +4 +50\\.0% \\| +1 +25\\.0% +0\\.50! \\|.*\\| +3 +75\\.0% +1\\.00\\s.*"),
                            text.toString()),
                    () -> assertTrue(csv.toString().startsWith(BiasReport.CSV_HEADER + BiasReport.CSV_REVIEW_COLUMNS + "\r\n")),
                    () -> assertTrue(csv.toString().contains(",Male,4,") && csv.toString().contains(",1,25.0,0.33,true\r\n"),
                            csv.toString()));
        }
    }

    // ------------------------------------------------------------------------------------------------ command line

    /** A run of the samples with a decision log and the match file, both in {@code dir}. */
    private static Path[] matched(Path dir) {
        Path log = dir.resolve("decisions.jsonl");
        Path matches = dir.resolve("matches.json");
        Cli.Run run = Cli.run("match", "--candidates", "samples/candidates", "--vacancies", "samples/vacancies",
                "--as-of", "2026-11", "--include-rejected", "--format", "json", "--out", matches.toString(),
                "--audit-log", log.toString());
        assertEquals(0, run.exitCode(), run.toString());
        return new Path[] {log, matches};
    }

    private static JsonNode firstRejected(Path log) throws IOException {
        for (String line : Files.readAllLines(log)) {
            JsonNode n = JSON.readTree(line);
            if (n.get("verdict").asText().equals("REJECTED")) {
                return n;
            }
        }
        throw new AssertionError("the samples have knockouts");
    }

    @Test
    void override_isAppendedBesideItsDecision_shownUnderIt_andCountedByTheFunnel(@TempDir Path dir) throws IOException {
        Path[] files = matched(dir);
        JsonNode rejected = firstRejected(files[0]);
        String candidate = rejected.get("candidateId").asText();
        String vacancy = rejected.get("vacancyId").asText();
        int lines = Files.readAllLines(files[0]).size();

        Cli.Run recorded = Cli.run("audit", "override", "--log", files[0].toString(), "--candidate", candidate,
                "--vacancy", vacancy, "--verdict", "good", "--reason", "Relocation agreed in the interview", "--by", "j.smit");
        Cli.Run show = Cli.run("audit", "show", files[0].toString(), "--candidate", candidate, "--vacancy", vacancy);
        Cli.Run showJson = Cli.run("audit", "show", files[0].toString(), "--candidate", candidate, "--vacancy", vacancy,
                "--format", "json");
        Cli.Run funnel = Cli.run("audit", "funnel", "--matches", files[1].toString(), "--overrides", files[0].toString(),
                "--format", "json");
        Path demographics = AuditFixtures.demographics(dir, candidate + ",Female,Hispanic or Latino");
        Cli.Run bias = Cli.run("audit", "bias", "--matches", files[1].toString(), "--demographics",
                demographics.toString(), "--overrides", files[0].toString(), "--format", "json");

        JsonNode last = JSON.readTree(Files.readAllLines(files[0]).get(lines));
        JsonNode shown = JSON.readTree(showJson.out()).get(0);
        JsonNode overall = JSON.readTree(funnel.out()).get("overall");
        assertAll(
                () -> assertEquals(0, recorded.exitCode(), recorded.toString()),
                () -> assertTrue(recorded.out().startsWith("recorded: " + candidate + " for " + vacancy + ": REJECTED -> GOOD by j.smit"),
                        recorded.out()),
                () -> assertEquals(lines + 1, Files.readAllLines(files[0]).size()),
                () -> assertEquals("override", last.get("kind").asText()),
                () -> assertEquals("Relocation agreed in the interview", last.get("reason").asText()),
                () -> assertTrue(show.out().contains("override ") && show.out().contains(" by j.smit: REJECTED -> GOOD: "
                        + "Relocation agreed in the interview\n"), show.out()),
                () -> assertTrue(show.out().contains("after human review: GOOD\n"), show.out()),
                () -> assertTrue(show.out().endsWith("; 1 overridden by a person\n"), show.out()),
                () -> assertEquals("GOOD", shown.get("finalVerdict").asText()),
                () -> assertEquals("REJECTED", shown.get("verdict").asText()),
                () -> assertEquals(1, shown.get("overrides").size()),
                () -> assertEquals(0, funnel.exitCode(), funnel.toString()),
                () -> assertEquals(1, overall.get("overridden").asInt()),
                () -> assertEquals(1, overall.get("reinstated").asInt()),
                () -> assertEquals(0, bias.exitCode(), bias.toString()),
                () -> assertEquals(1, JSON.readTree(bias.out()).get("overall").get("overridden").asInt()),
                () -> assertEquals(1, JSON.readTree(bias.out()).get("overall").get("tables").get(0)
                        .get("rows").get(0).get("selectedAfterReview").asInt(), "the one Female candidate, reinstated"));
    }

    @Test
    void override_ofAPairWithNoDecision_isAUsageError_namingTheIds_andWritesNothing(@TempDir Path dir) throws IOException {
        Path[] files = matched(dir);
        byte[] before = Files.readAllBytes(files[0]);

        Cli.Run run = Cli.run("audit", "override", "--log", files[0].toString(), "--candidate", "cand-001",
                "--vacancy", "vac-999", "--verdict", "GOOD", "--reason", "r", "--by", "j.smit");

        assertAll(
                () -> assertEquals(2, run.exitCode(), run.toString()),
                () -> assertTrue(run.err().contains("no decision for candidate 'cand-001' and vacancy 'vac-999'"), run.err()),
                () -> assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(files[0]))));
    }

    @Test
    void override_withAnUnknownVerdict_isAUsageError_listingTheVerdicts(@TempDir Path dir) throws IOException {
        Path[] files = matched(dir);
        Cli.Run run = Cli.run("audit", "override", "--log", files[0].toString(), "--candidate", "cand-001",
                "--vacancy", "vac-001", "--verdict", "MAYBE", "--reason", "r", "--by", "j.smit");
        assertAll(
                () -> assertEquals(2, run.exitCode(), run.toString()),
                () -> assertTrue(run.err().contains("STRONG, GOOD, WEAK, REJECTED"), run.err()));
    }
}
