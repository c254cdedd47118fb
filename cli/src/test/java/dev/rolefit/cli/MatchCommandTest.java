package dev.rolefit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.model.RolefitJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchCommandTest {
    private static final ObjectMapper JSON = RolefitJson.mapper();
    private static final String CANDIDATES = "samples/candidates";
    private static final String VACANCIES = "samples/vacancies";
    private static final String AS_OF = "2026-11";
    private static final List<String> MATCH_FIELDS = List.of("candidateId", "vacancyId", "rank", "score", "verdict",
            "reverseScore", "categoryScores", "evidence", "reasons");
    private static final List<String> REASON_FIELDS = List.of("rule", "category", "points", "knockout", "message");

    private static Cli.Run match(String... extra) {
        List<String> args = new ArrayList<>(List.of("match", "--candidates", CANDIDATES, "--vacancies", VACANCIES,
                "--as-of", AS_OF));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private static JsonNode parse(Cli.Run run) throws IOException {
        return JSON.readTree(run.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The matches grouped by one side's id, in output order. */
    private static Map<String, List<JsonNode>> listsBy(JsonNode report, String ownerField) {
        Map<String, List<JsonNode>> lists = new LinkedHashMap<>();
        for (JsonNode m : report.get("matches")) {
            lists.computeIfAbsent(m.get(ownerField).asText(), k -> new ArrayList<>()).add(m);
        }
        return lists;
    }

    private static void assertRanksStartAtOneAndAreConsecutive(Map<String, List<JsonNode>> lists) {
        for (Map.Entry<String, List<JsonNode>> list : lists.entrySet()) {
            for (int i = 0; i < list.getValue().size(); i++) {
                assertEquals(i + 1, list.getValue().get(i).get("rank").asInt(),
                        "rank " + (i + 1) + " of " + list.getKey());
            }
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SamplesAsJson {
        private Cli.Run run;
        private JsonNode report;

        @BeforeAll
        void matchTheSamples() throws IOException {
            run = match("--format", "json");
            report = parse(run);
        }

        @Test
        void samples_exitZeroAndNameTheRuleSetAndMode() {
            assertEquals(0, run.exitCode(), run::toString);
            assertEquals("", run.err());
            assertTrue(report.get("rulesetVersion").asText().startsWith("sha256:"), report.get("rulesetVersion")::asText);
            assertEquals("indexed", report.get("mode").asText());
            assertEquals("vacancy", report.get("per").asText());
            assertEquals(AS_OF, report.get("asOf").asText());
            assertEquals(List.of("rulesetVersion", "mode", "per", "asOf", "matches", "errors"), fieldNames(report));
            assertEquals(0, report.get("errors").size());
        }

        @Test
        void everyMatch_hasTheDesignFieldsInTheirOrder() {
            assertTrue(report.get("matches").size() > 0, "the samples give matches");
            for (JsonNode m : report.get("matches")) {
                // Extra fields are allowed (DESIGN.md); the contract's fields come in the contract's order.
                assertEquals(MATCH_FIELDS, fieldNames(m).stream().filter(MATCH_FIELDS::contains).toList(), m::toString);
                assertTrue(m.get("score").isNumber() && m.get("reverseScore").isNumber(), m::toString);
                assertTrue(m.get("categoryScores").isObject(), m::toString);
                assertTrue(m.get("evidence").get("matchedSkills").isArray(), m::toString);
                assertTrue(m.get("evidence").get("missingSkills").isArray(), m::toString);
                assertFalse(m.get("reasons").isEmpty(), m::toString);
                for (JsonNode r : m.get("reasons")) {
                    assertEquals(REASON_FIELDS, fieldNames(r), r::toString);
                }
            }
        }

        @Test
        void ranksPerVacancy_startAtOneAndAreConsecutive() {
            assertRanksStartAtOneAndAreConsecutive(listsBy(report, "vacancyId"));
        }

        @Test
        void withoutIncludeRejected_noMatchIsRejected() {
            for (JsonNode m : report.get("matches")) {
                assertNotEquals("REJECTED", m.get("verdict").asText(), m::toString);
            }
        }

        @Test
        void vac001_ranksCand001First() {
            JsonNode first = listsBy(report, "vacancyId").get("vac-001").get(0);
            assertEquals(1, first.get("rank").asInt());
            assertEquals("cand-001", first.get("candidateId").asText());
        }

        @Test
        void sameRunTwice_givesByteIdenticalOutput() {
            Cli.Run again = match("--format", "json");
            assertEquals(run.out(), again.out());
        }

        @Test
        void csv_hasTheHeaderAndOneRowPerJsonMatch() {
            Cli.Run csv = match("--format", "csv");
            assertEquals(0, csv.exitCode(), csv::toString);
            List<List<String>> rows = CsvReader.parse(csv.out());
            assertEquals(List.of("rank", "candidateId", "vacancyId", "score", "verdict", "reverseScore",
                    "matchedSkills", "missingSkills", "topReasons"), rows.get(0));
            assertEquals(report.get("matches").size(), rows.size() - 1);
            JsonNode firstMatch = report.get("matches").get(0);
            List<String> firstRow = rows.get(1);
            assertEquals(firstMatch.get("candidateId").asText(), firstRow.get(1));
            assertEquals(firstMatch.get("vacancyId").asText(), firstRow.get(2));
            assertEquals(firstMatch.get("score").asDouble(), Double.parseDouble(firstRow.get(3)));
            assertTrue(firstRow.get(8).startsWith(firstMatch.get("reasons").get(0).get("message").asText()),
                    firstRow.get(8));
            rows.forEach(row -> assertEquals(9, row.size(), row::toString));
        }

        @Test
        void jsonl_hasOneMatchPerLineAndNothingElse() throws IOException {
            Cli.Run jsonl = match("--format", "jsonl");
            String[] lines = jsonl.out().split("\n");
            assertEquals(report.get("matches").size(), lines.length);
            for (int i = 0; i < lines.length; i++) {
                assertEquals(report.get("matches").get(i), JSON.readTree(lines[i]));
            }
        }

        @Test
        void outFile_holdsTheSameDocumentAndNoTemporaryFileIsLeft(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("matches.json");
            Files.writeString(file, "an older result");
            Cli.Run toFile = match("--format", "json", "--out", file.toString());
            assertEquals(0, toFile.exitCode(), toFile::toString);
            assertEquals("", toFile.out());
            assertEquals(run.out(), Files.readString(file));
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of(file), files.toList());
            }
        }
    }

    @Test
    void perCandidate_ranksWithinEachCandidate() throws IOException {
        Cli.Run run = match("--format", "json", "--per", "candidate");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode report = parse(run);
        assertEquals("candidate", report.get("per").asText());
        Map<String, List<JsonNode>> lists = listsBy(report, "candidateId");
        assertTrue(lists.size() > 1, "several candidates have lists");
        assertRanksStartAtOneAndAreConsecutive(lists);
        Set<String> owners = new HashSet<>();
        String previous = null;
        for (JsonNode m : report.get("matches")) {
            String owner = m.get("candidateId").asText();
            if (!owner.equals(previous)) {
                assertTrue(owners.add(owner), "the list of " + owner + " is in one piece");
                previous = owner;
            }
        }
    }

    @Test
    void top2_keepsAtMostTwoPerList() throws IOException {
        Cli.Run run = match("--format", "json", "--top", "2");
        assertEquals(0, run.exitCode(), run::toString);
        Map<String, List<JsonNode>> lists = listsBy(parse(run), "vacancyId");
        assertTrue(lists.values().stream().anyMatch(l -> l.size() == 2), "some vacancy has two candidates");
        lists.forEach((vacancy, list) -> assertTrue(list.size() <= 2, vacancy + " has " + list.size()));
        assertRanksStartAtOneAndAreConsecutive(lists);
    }

    @Test
    void includeRejectedExhaustive_ranksRejectedPairsLastInEveryList() throws IOException {
        Cli.Run run = match("--format", "json", "--include-rejected", "--mode", "exhaustive");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode report = parse(run);
        assertEquals("exhaustive", report.get("mode").asText());
        Map<String, List<JsonNode>> lists = listsBy(report, "vacancyId");
        assertEquals(12, lists.size());
        boolean anyRejected = false;
        for (Map.Entry<String, List<JsonNode>> list : lists.entrySet()) {
            assertEquals(25, list.getValue().size(), "every candidate is scored against " + list.getKey());
            boolean rejectedSeen = false;
            for (JsonNode m : list.getValue()) {
                boolean rejected = m.get("verdict").asText().equals("REJECTED");
                assertFalse(rejectedSeen && !rejected, "a rejected pair ranks above " + m);
                rejectedSeen |= rejected;
            }
            anyRejected |= rejectedSeen;
        }
        assertTrue(anyRejected, "the samples have knockouts");
    }

    @Test
    void text_namesVacanciesAndCandidatesButNoPersonalData() throws IOException {
        Cli.Run run = match();
        assertEquals(0, run.exitCode(), run::toString);
        String text = run.out();
        assertTrue(text.startsWith("rolefit — rules sha256:"), text);
        assertTrue(text.contains("12 vacancies × 25 candidates — indexed"), text);
        assertTrue(text.contains("vac-001  Senior Machine Learning Engineer"), text);
        assertTrue(text.contains("cand-001"), text);
        assertTrue(text.matches("(?s).*\\n +1\\. cand-001 +100\\.0 STRONG +\\(reverse \\d+\\.\\d\\)\\n {7,}\\+ .*"), text);
        assertTrue(text.matches("(?s).*\\n\\d+ matches: \\d+ STRONG, \\d+ GOOD, \\d+ WEAK, 0 REJECTED\\n"), text);
        try (Stream<Path> files = Files.list(Path.of(CANDIDATES))) {
            for (Path file : files.toList()) {
                JsonNode candidate = JSON.readTree(file.toFile());
                for (String personal : List.of("name", "email", "phone")) {
                    if (candidate.hasNonNull(personal)) {
                        assertFalse(text.contains(candidate.get(personal).asText()),
                                file + ": " + personal + " appears in the text output");
                    }
                }
            }
        }
    }

    @Test
    void textPerCandidate_headsEachListWithTheHeadline() {
        Cli.Run run = match("--per", "candidate", "--top", "1");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("25 candidates × 12 vacancies"), run.out());
        assertTrue(run.out().contains("\ncand-001  Senior Machine Learning Engineer\n  1. vac-001"), run.out());
    }

    @Nested
    class BadInput {
        @TempDir
        Path dir;

        private Path candidates;
        private Path vacancies;

        private void writeJson(Path file, JsonNode node) throws IOException {
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        }

        private ObjectNode sample(String path) throws IOException {
            return (ObjectNode) JSON.readTree(Path.of(path).toFile());
        }

        private Cli.Run matchTheBatch() throws IOException {
            candidates = Files.createDirectories(dir.resolve("candidates"));
            vacancies = Files.createDirectories(dir.resolve("vacancies"));
            Files.copy(Path.of(CANDIDATES, "cand-001.json"), candidates.resolve("cand-001.json"));
            Files.writeString(candidates.resolve("broken.json"), "{\"id\": \"cand-x\",\n  \"headline\": \n");
            String good2 = JSON.writeValueAsString(sample(CANDIDATES + "/cand-002.json"));
            String good3 = JSON.writeValueAsString(sample(CANDIDATES + "/cand-003.json"));
            Files.writeString(candidates.resolve("more.jsonl"),
                    good2 + "\n{\"id\": \"cand-y\", \"skills\": [\"Python\"\n" + good3 + "\n");

            Files.copy(Path.of(VACANCIES, "vac-001.json"), vacancies.resolve("vac-001.json"));
            writeJson(vacancies.resolve("enum.json"),
                    sample(VACANCIES + "/vac-002.json").put("id", "vac-enum").put("employmentType", "Sometimes"));
            ObjectNode negative = sample(VACANCIES + "/vac-003.json").put("id", "vac-negative");
            ((ObjectNode) negative.get("salary")).put("min", -5000);
            writeJson(vacancies.resolve("negative-salary.json"), negative);
            ObjectNode inverted = sample(VACANCIES + "/vac-004.json").put("id", "vac-inverted");
            inverted.putObject("salary").put("min", 90000).put("max", 50000).put("currency", "EUR").put("period", "YEAR");
            writeJson(vacancies.resolve("inverted-salary.json"), inverted);

            return Cli.run("match", "--candidates", candidates.toString(), "--vacancies", vacancies.toString(),
                    "--as-of", AS_OF, "--format", "json", "--mode", "exhaustive", "--include-rejected");
        }

        private JsonNode errorFor(JsonNode errors, String fileName) {
            for (JsonNode e : errors) {
                if (e.get("source").asText().endsWith(fileName)) {
                    return e;
                }
            }
            throw new AssertionError("no error names " + fileName + " in " + errors);
        }

        @Test
        void badRecords_areReportedWithPlaceAndValueAndTheRestIsMatched() throws IOException {
            Cli.Run run = matchTheBatch();
            assertEquals(1, run.exitCode(), run::toString);
            JsonNode report = parse(run);
            JsonNode errors = report.get("errors");
            assertEquals(5, errors.size(), errors::toString);

            JsonNode malformed = errorFor(errors, "broken.json");
            JsonNode brokenLine = errorFor(errors, "more.jsonl");
            JsonNode wrongEnum = errorFor(errors, "enum.json");
            JsonNode negative = errorFor(errors, "negative-salary.json");
            JsonNode inverted = errorFor(errors, "inverted-salary.json");
            assertAll(
                    () -> assertTrue(malformed.get("location").asText().matches("line \\d+, column \\d+"), malformed::toString),
                    () -> assertTrue(brokenLine.get("location").asText().startsWith("line 2"), brokenLine::toString),
                    () -> assertTrue(wrongEnum.get("location").asText().contains("$.employmentType"), wrongEnum::toString),
                    () -> assertTrue(wrongEnum.get("message").asText().contains("Sometimes"), wrongEnum::toString),
                    () -> assertTrue(negative.get("location").asText().contains("$.salary"), negative::toString),
                    () -> assertTrue(negative.get("message").asText().contains("-5000"), negative::toString),
                    () -> assertTrue(inverted.get("location").asText().contains("$.salary"), inverted::toString),
                    () -> assertTrue(inverted.get("message").asText().contains("90000")
                            && inverted.get("message").asText().contains("50000"), inverted::toString));

            for (JsonNode e : errors) {
                String line = "rolefit: " + e.get("source").asText() + ": " + e.get("location").asText() + ": "
                        + e.get("message").asText();
                assertTrue(run.err().contains(line), () -> "stderr lacks\n" + line + "\n" + run.err());
            }

            Set<String> matchedCandidates = new HashSet<>();
            Set<String> matchedVacancies = new HashSet<>();
            for (JsonNode m : report.get("matches")) {
                matchedCandidates.add(m.get("candidateId").asText());
                matchedVacancies.add(m.get("vacancyId").asText());
            }
            assertEquals(Set.of("cand-001", "cand-002", "cand-003"), matchedCandidates);
            assertEquals(Set.of("vac-001"), matchedVacancies);
        }

        @Test
        void duplicateId_isReportedAndTheFirstRecordIsKept() throws IOException {
            Path folder = Files.createDirectories(dir.resolve("dup"));
            Files.copy(Path.of(CANDIDATES, "cand-001.json"), folder.resolve("a.json"));
            writeJson(folder.resolve("b.json"), sample(CANDIDATES + "/cand-002.json").put("id", "cand-001"));
            Cli.Run run = Cli.run("match", "--candidates", folder.toString(), "--vacancies", VACANCIES + "/vac-001.json",
                    "--as-of", AS_OF, "--format", "json");
            assertEquals(1, run.exitCode(), run::toString);
            JsonNode error = parse(run).get("errors").get(0);
            assertTrue(error.get("source").asText().endsWith("b.json"), error::toString);
            assertEquals("duplicate id 'cand-001' (first read from " + folder.resolve("a.json") + ")",
                    error.get("message").asText());
            assertTrue(run.err().contains("duplicate id 'cand-001'"), run.err());
            assertEquals("cand-001", parse(run).get("matches").get(0).get("candidateId").asText());
            assertEquals(100.0, parse(run).get("matches").get(0).get("score").asDouble());
        }

        @Test
        void noCandidatesAtAll_writesAnEmptyResultAndExitsZero() throws IOException {
            Path empty = Files.createDirectories(dir.resolve("empty"));
            Cli.Run run = Cli.run("match", "--candidates", empty.toString(), "--vacancies", VACANCIES,
                    "--as-of", AS_OF, "--format", "json");
            assertEquals(0, run.exitCode(), run::toString);
            assertEquals(0, parse(run).get("matches").size());
            assertTrue(run.err().contains("no candidates were read"), run.err());
        }

        @Test
        void missingInputFile_isAnInputErrorAndExitsOne() throws IOException {
            Cli.Run run = Cli.run("match", "--candidates", dir.resolve("nothing-here.json").toString(),
                    "--vacancies", VACANCIES, "--as-of", AS_OF, "--format", "json");
            assertEquals(1, run.exitCode(), run::toString);
            assertTrue(run.err().contains("nothing-here.json"), run.err());
            assertEquals(1, parse(run).get("errors").size());
        }
    }

    @Nested
    class RulesAndUsage {
        @TempDir
        Path dir;

        private static void copyFolder(Path from, Path to) throws IOException {
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
        }

        @Test
        void drlSyntaxError_exitsTwoNamingTheFileAndLineAndMatchesNothing() throws IOException {
            Path rules = dir.resolve("rules");
            copyFolder(Path.of("rules"), rules);
            Files.writeString(rules.resolve("skills.drl"), "\nrule \"Broken on purpose\"\nwhen\nthen oops(\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

            Cli.Run run = match("--rules", rules.toString(), "--format", "json");

            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().matches("(?s).*skills\\.drl:\\d+.*"), run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
            assertEquals("", run.out());
        }

        @Test
        void copiedRules_matchLikeTheBuiltInOnes() throws IOException {
            Path rules = dir.resolve("rules");
            copyFolder(Path.of("rules"), rules);
            Cli.Run fromFolder = match("--rules", rules.toString(), "--format", "jsonl", "--top", "1");
            Cli.Run builtIn = match("--format", "jsonl", "--top", "1");
            assertEquals(0, fromFolder.exitCode(), fromFolder::toString);
            assertEquals(builtIn.out(), fromFolder.out());
        }

        @Test
        void rulesFolderThatDoesNotExist_isAUsageError() {
            Cli.Run run = match("--rules", dir.resolve("no-such-rules").toString());
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains("no-such-rules"), run.err());
            assertEquals("", run.out());
        }

        @Test
        void missingVacanciesOption_printsTheUsageAndExitsTwo() {
            Cli.Run run = Cli.run("match", "--candidates", CANDIDATES);
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains("--vacancies"), run.err());
            assertTrue(run.err().contains("Usage: rolefit match"), run.err());
        }

        @Test
        void monthThatDoesNotExist_isAUsageError() {
            Cli.Run run = match("--as-of", "2026-13");
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains("'2026-13' is not a month"), run.err());
        }

        @Test
        void negativeTop_isAUsageError() {
            Cli.Run run = match("--top", "-1");
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains("--top is -1"), run.err());
        }

        @Test
        void unknownFormat_listsTheFormats() {
            Cli.Run run = match("--format", "xml");
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains("text, json, jsonl, csv"), run.err());
        }

        @Test
        void outInAFolderThatDoesNotExist_isAUsageErrorBeforeMatching() {
            Cli.Run run = match("--out", dir.resolve("missing/matches.json").toString());
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().contains("does not exist"), run.err());
        }

        @Test
        void help_describesEveryOptionAndShowsExamples() {
            Cli.Run run = Cli.run("match", "--help");
            assertEquals(0, run.exitCode(), run::toString);
            for (String option : List.of("--candidates", "--vacancies", "--per", "--top", "--include-rejected",
                    "--format", "--out", "--rules", "--mode", "--as-of", "--threads")) {
                assertTrue(run.out().contains(option), option);
            }
            assertTrue(run.out().contains("Examples:"), run.out());
            assertTrue(run.out().contains("Exit codes:"), run.out());
        }
    }

    /** Enough RFC 4180 to read back what Csv writes: quoted fields, doubled quotes, CRLF rows. */
    static final class CsvReader {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    field.append(c);
                }
            }
            if (!row.isEmpty() || field.length() > 0) {
                throw new AssertionError("the last row does not end with CRLF");
            }
            return rows;
        }
    }
}
