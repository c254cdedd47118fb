package dev.rolefit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolefit.engine.AuditLog;
import dev.rolefit.engine.Documents;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Vacancy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionLogTest {
    private static final ObjectMapper JSON = RolefitJson.mapper();
    private static final String CANDIDATES = "samples/candidates";
    private static final String VACANCIES = "samples/vacancies";

    private static Cli.Run match(String... extra) {
        List<String> args = new ArrayList<>(List.of("match", "--candidates", CANDIDATES, "--vacancies", VACANCIES,
                "--as-of", "2026-11"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private static List<JsonNode> lines(Path log) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static String pair(JsonNode n) {
        return n.get("candidateId").asText() + " " + n.get("vacancyId").asText();
    }

    /** One run with --top 2 and a decision log; and the complete list of the same pairs to compare with. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class LoggedRun {
        private Path log;
        private Instant before;
        private Instant after;
        private JsonNode shown;
        private Map<String, JsonNode> complete;
        private List<JsonNode> logged;

        @BeforeAll
        void run(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
            log = folder.resolve("decisions.jsonl");
            before = Instant.now().minusMillis(1);
            Cli.Run run = match("--top", "2", "--format", "json", "--audit-log", log.toString());
            after = Instant.now().plusMillis(1);
            assertEquals(0, run.exitCode(), run.toString());
            shown = JSON.readTree(run.out());
            Cli.Run all = match("--include-rejected", "--format", "json");
            complete = new HashMap<>();
            for (JsonNode m : JSON.readTree(all.out()).get("matches")) {
                complete.put(pair(m), m);
            }
            logged = lines(log);
        }

        @Test
        void everyPairScored_isLogged_alsoThoseTheOutputLeavesOut() {
            assertAll(
                    () -> assertEquals(complete.size(), logged.size()),
                    () -> assertEquals(complete.keySet(), new java.util.HashSet<>(logged.stream().map(DecisionLogTest::pair).toList())),
                    () -> assertEquals(shown.get("matches").size(),
                            logged.stream().filter(n -> n.get("inOutput").asBoolean()).count(),
                            "inOutput marks exactly the pairs the output shows"));
        }

        @Test
        void eachLine_hasTheFieldsOfTheDecisionInOrder() {
            List<String> fields = new ArrayList<>();
            logged.get(0).fieldNames().forEachRemaining(fields::add);
            assertEquals(List.of("kind", "timestamp", "batch", "rulesetVersion", "taxonomyVersion", "asOf", "mode", "per", "candidateId",
                    "candidateSha256", "vacancyId", "vacancySha256", "rank", "inOutput", "score", "verdict", "knockout",
                    "reasons"), fields);
        }

        @Test
        void timestamp_isUtcIsoInstantOfTheRun_sharedByTheBatch() {
            for (JsonNode n : logged) {
                String t = n.get("timestamp").asText();
                Instant when = Instant.parse(t);
                assertAll(t,
                        () -> assertTrue(t.endsWith("Z")),
                        () -> assertFalse(when.isBefore(before.minusSeconds(1)) || when.isAfter(after)),
                        () -> assertEquals(logged.get(0).get("batch"), n.get("batch")));
            }
        }

        @Test
        void versions_areTheRuleSetsAndTheTaxonomyIsVersionedWithIt() {
            String ruleset = shown.get("rulesetVersion").asText();
            for (JsonNode n : logged) {
                assertAll(
                        () -> assertEquals(ruleset, n.get("rulesetVersion").asText()),
                        () -> assertEquals(ruleset, n.get("taxonomyVersion").asText()),
                        () -> assertEquals("2026-11", n.get("asOf").asText()),
                        () -> assertEquals("indexed", n.get("mode").asText()),
                        () -> assertEquals("vacancy", n.get("per").asText()));
            }
        }

        @Test
        void scoreVerdictAndReasons_areTheEnginesForThePair() {
            for (JsonNode n : logged) {
                JsonNode m = complete.get(pair(n));
                assertAll(pair(n),
                        () -> assertEquals(m.get("score").asDouble(), n.get("score").asDouble()),
                        () -> assertEquals(m.get("verdict").asText(), n.get("verdict").asText()),
                        () -> assertEquals(m.get("rank").asInt(), n.get("rank").asInt()),
                        () -> assertEquals(m.get("reasons"), n.get("reasons")));
            }
        }

        @Test
        void knockout_isTheRuleOfTheFirstKnockoutReason_orNull() {
            int knockedOut = 0;
            for (JsonNode n : logged) {
                String first = null;
                for (JsonNode r : n.get("reasons")) {
                    if (r.get("knockout").asBoolean()) {
                        first = r.get("rule").asText();
                        break;
                    }
                }
                if (first == null) {
                    assertTrue(n.get("knockout").isNull(), pair(n));
                    assertNotEquals("REJECTED", n.get("verdict").asText(), pair(n));
                } else {
                    knockedOut++;
                    assertEquals(first, n.get("knockout").asText(), pair(n));
                    assertEquals("REJECTED", n.get("verdict").asText(), pair(n));
                }
            }
            assertTrue(knockedOut > 0, "the samples have knockouts");
        }

        @Test
        void documentHashes_areTheSha256OfEachRecordsCanonicalJson() {
            Map<String, String> candidateHashes = new HashMap<>();
            for (var s : Documents.candidates(List.of(Path.of(CANDIDATES))).records()) {
                candidateHashes.put(s.record().id(), AuditLog.sha256(s.record()));
            }
            Map<String, String> vacancyHashes = new HashMap<>();
            for (var s : Documents.vacancies(List.of(Path.of(VACANCIES))).records()) {
                vacancyHashes.put(s.record().id(), AuditLog.sha256(s.record()));
            }
            for (JsonNode n : logged) {
                assertAll(pair(n),
                        () -> assertEquals(candidateHashes.get(n.get("candidateId").asText()), n.get("candidateSha256").asText()),
                        () -> assertEquals(vacancyHashes.get(n.get("vacancyId").asText()), n.get("vacancySha256").asText()),
                        () -> assertTrue(n.get("candidateSha256").asText().matches("sha256:[0-9a-f]{64}")));
            }
            assertEquals(candidateHashes.size(), new java.util.HashSet<>(candidateHashes.values()).size(),
                    "every sample candidate has its own hash");
        }

        @Test
        void noPersonalData_theSamplesNamesEmailsAndPhonesNeverAppear() throws IOException {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            List<String> personal = new ArrayList<>();
            for (var s : Documents.candidates(List.of(Path.of(CANDIDATES))).records()) {
                Candidate c = s.record();
                Stream.of(c.name(), c.email(), c.phone()).filter(v -> v != null && !v.isBlank()).forEach(personal::add);
                if (c.name() != null) {
                    personal.addAll(List.of(c.name().split(" ")).stream().filter(w -> w.length() > 3).toList());
                }
            }
            assertTrue(personal.size() >= 50, "the samples carry names and emails: " + personal.size());
            for (String value : personal) {
                assertFalse(text.contains(value), "the log holds '" + value + "'");
            }
            assertFalse(text.contains("\"summary\"") || text.contains("\"headline\""), "no free text of the documents");
        }
    }

    @Test
    void twoRuns_appendTwiceTheLines_andLeaveTheEarlierLinesUnchanged(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("decisions.jsonl");
        assertEquals(0, match("--include-rejected", "--format", "json", "--audit-log", log.toString()).exitCode());
        byte[] first = Files.readAllBytes(log);
        int firstLines = Files.readAllLines(log).size();

        assertEquals(0, match("--include-rejected", "--format", "json", "--audit-log", log.toString()).exitCode());

        byte[] both = Files.readAllBytes(log);
        List<JsonNode> all = lines(log);
        assertAll(
                () -> assertTrue(firstLines > 0),
                () -> assertEquals(2 * firstLines, all.size()),
                () -> assertArrayEquals(first, java.util.Arrays.copyOf(both, first.length), "earlier bytes unchanged"),
                () -> assertNotEquals(all.get(0).get("batch"), all.get(firstLines).get("batch"), "one batch id per run"),
                () -> assertEquals(all.get(0).get("candidateSha256"), all.get(firstLines).get("candidateSha256"),
                        "same document, same hash"));
    }

    @Test
    void lastLineCutShort_theNextRunStartsOnANewLine(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("decisions.jsonl");
        Files.writeString(log, "{\"timestamp\":\"2026-01-01T00:00:00Z\",\"cand");

        assertEquals(0, match("--top", "1", "--audit-log", log.toString()).exitCode());

        List<String> lines = Files.readAllLines(log);
        assertEquals("{\"timestamp\":\"2026-01-01T00:00:00Z\",\"cand", lines.get(0), "never rewritten");
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(JSON.readTree(line).has("candidateId"), line);
        }
    }

    @Test
    void auditLogInAFolderThatDoesNotExist_isAUsageError_andNothingIsMatched(@TempDir Path dir) {
        Path log = dir.resolve("missing").resolve("decisions.jsonl");

        Cli.Run run = match("--audit-log", log.toString());

        assertAll(
                () -> assertEquals(2, run.exitCode(), run.toString()),
                () -> assertTrue(run.err().contains("does not exist"), run.err()),
                () -> assertTrue(run.out().isEmpty()),
                () -> assertFalse(Files.exists(log)));
    }

    @Test
    void hash_isOfTheRecordAsRead_notOfTheFilesBytes() throws IOException {
        Vacancy compact = JSON.readValue("{\"id\":\"vac-9\",\"title\":\"ML Engineer\",\"requiredSkills\":[\"Python\"]}",
                Vacancy.class);
        Vacancy spaced = JSON.readValue("{ \"requiredSkills\" : [ \"Python\" ],\n  \"title\": \"ML Engineer\", \"id\": \"vac-9\" }",
                Vacancy.class);
        Vacancy other = JSON.readValue("{\"id\":\"vac-9\",\"title\":\"ML Engineer\",\"requiredSkills\":[\"R\"]}",
                Vacancy.class);
        assertAll(
                () -> assertEquals(AuditLog.sha256(compact), AuditLog.sha256(spaced)),
                () -> assertNotEquals(AuditLog.sha256(compact), AuditLog.sha256(other)));
    }

    // ------------------------------------------------------------------------------------------------

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Show {
        private Path log;
        private int total;

        @BeforeAll
        void log(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
            log = folder.resolve("decisions.jsonl");
            assertEquals(0, match("--include-rejected", "--audit-log", log.toString()).exitCode());
            total = Files.readAllLines(log).size();
        }

        @Test
        void text_filteredByCandidateAndVacancy_showsThatDecisionWithItsReasons() throws IOException {
            JsonNode any = lines(log).stream().filter(n -> !n.get("knockout").isNull()).findFirst().orElseThrow();
            String candidate = any.get("candidateId").asText();
            String vacancy = any.get("vacancyId").asText();

            Cli.Run run = Cli.run("audit", "show", log.toString(), "--candidate", candidate, "--vacancy", vacancy);

            assertAll(
                    () -> assertEquals(0, run.exitCode(), run.toString()),
                    () -> assertTrue(run.out().contains(vacancy + "  " + candidate), run.out()),
                    () -> assertTrue(run.out().contains("knockout: " + any.get("knockout").asText()), run.out()),
                    () -> assertTrue(run.out().contains("x    0.0  " + any.get("knockout").asText()), run.out()),
                    () -> assertTrue(run.out().contains("candidate document " + any.get("candidateSha256").asText()), run.out()),
                    () -> assertTrue(run.out().endsWith("1 decision shown of " + total + " in the log\n"), run.out()));
        }

        @Test
        void json_filteredByCandidate_isAnArrayOfThatCandidatesDecisions() throws IOException {
            long expected = lines(log).stream().filter(n -> n.get("candidateId").asText().equals("cand-001")).count();

            Cli.Run run = Cli.run("audit", "show", log.toString(), "--candidate", "cand-001", "--format", "json");

            JsonNode array = JSON.readTree(run.out());
            assertAll(
                    () -> assertEquals(0, run.exitCode(), run.toString()),
                    () -> assertTrue(array.isArray()),
                    () -> assertTrue(expected > 0),
                    () -> assertEquals(expected, array.size()),
                    () -> array.forEach(n -> assertEquals("cand-001", n.get("candidateId").asText())));
        }

        @Test
        void badLine_isReportedWithItsNumber_andTheRestIsShown(@TempDir Path dir) throws IOException {
            Path broken = dir.resolve("broken.jsonl");
            List<String> lines = new ArrayList<>(Files.readAllLines(log).subList(0, 3));
            lines.add(1, "not json");
            Files.write(broken, lines);

            Cli.Run run = Cli.run("audit", "show", broken.toString(), "--format", "json");

            assertAll(
                    () -> assertEquals(1, run.exitCode(), run.toString()),
                    () -> assertTrue(run.err().contains("line 2"), run.err()),
                    () -> assertEquals(3, JSON.readTree(run.out()).size()));
        }

        @Test
        void logThatDoesNotExist_isAUsageError(@TempDir Path dir) {
            Cli.Run run = Cli.run("audit", "show", dir.resolve("none.jsonl").toString());
            assertEquals(2, run.exitCode(), run.toString());
        }
    }
}
