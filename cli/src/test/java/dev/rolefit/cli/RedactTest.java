package dev.rolefit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolefit.model.Match;
import dev.rolefit.model.RolefitJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --redact}: blind shortlists keep ids, scores and reasons, and nothing that names the person. */
class RedactTest {
    private static final ObjectMapper JSON = RolefitJson.mapper();
    private static final String ID = "cand-zq";

    /** Everything of the candidate's own that a blind shortlist must not show; checked without regard to case. */
    private static final List<String> PERSONAL = List.of("Zora", "Quillfeather", "zora.q@example.org", "+32 470 12 34 56",
            "470 12 34", "quokka", "Whispering Pines", "Quokka Whisperer", "Honeycomb Analytics", "lots of money");

    @TempDir
    static Path dir;
    private static Path candidates;
    /** The good record alone, for explain. */
    private static Path single;
    /** The candidate's match for vac-001, not redacted, to compare with. */
    private static Match plain;

    @BeforeAll
    static void documents() throws IOException {
        // The file is named after the person, as CV files often are, and holds a record that cannot be
        // used, so that an input error names the file and quotes a value.
        candidates = dir.resolve("zora-quillfeather.json");
        String zora = """
                {"id": "cand-zq", "name": "Zora Quillfeather", "email": "zora.q@example.org",
                  "phone": "+32 470 12 34 56",
                  "headline": "Zora Quillfeather, ML engineer",
                  "summary": "Zora trains quokka detectors with PyTorch and ships them with MLOps on AWS.",
                  "location": {"city": "Brussels", "countryCode": "BE"}, "remotePreference": "HYBRID",
                  "employmentTypes": ["FULL_TIME"], "salaryExpectation": {"min": 70000, "currency": "EUR", "period": "YEAR"},
                  "education": [{"level": "MASTER", "track": "ACADEMIC", "field": "Computer Science",
                                 "institution": "Whispering Pines University", "endDate": "2018-06"}],
                  "experience": [{"title": "Quokka Whisperer and ML Engineer", "organization": "Honeycomb Analytics",
                                  "startDate": "2018-09", "description": "Deployed quokka models with PyTorch, Docker and Kubernetes.",
                                  "skills": ["PyTorch", "MLOps", "Python"]}],
                  "skills": [{"name": "Python", "level": "EXPERT", "years": 7}, {"name": "PyTorch", "level": "ADVANCED", "years": 5}],
                  "languages": [{"language": "en", "fluency": "FLUENT"}]}
                """;
        Files.writeString(candidates, "[" + zora + """
                , {"id": "cand-zq-old", "name": "Zora Quillfeather",
                   "salaryExpectation": {"min": "lots of money", "currency": "EUR"}}]
                """, StandardCharsets.UTF_8);
        single = dir.resolve("cand-zq.json");
        Files.writeString(single, zora, StandardCharsets.UTF_8);
        Cli.Run run = match("json", "vacancy", false);
        for (JsonNode m : JSON.readTree(run.out()).get("matches")) {
            if (m.get("candidateId").asText().equals(ID) && m.get("vacancyId").asText().equals("vac-001")) {
                plain = JSON.treeToValue(m, Match.class);
            }
        }
        assertTrue(plain != null && !plain.reasons().isEmpty(), run.toString());
    }

    private static Cli.Run match(String format, String per, boolean redact, String... extra) {
        List<String> args = new ArrayList<>(List.of("match", "--candidates", candidates.toString(),
                "--vacancies", "samples/vacancies", "--as-of", "2026-11", "--include-rejected", "--format", format,
                "--per", per));
        if (redact) {
            args.add("--redact");
        }
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void assertNothingPersonal(String output) {
        String lower = output.toLowerCase(Locale.ROOT);
        for (String value : PERSONAL) {
            assertFalse(lower.contains(value.toLowerCase(Locale.ROOT)), "the output holds '" + value + "':\n" + output);
        }
    }

    @ParameterizedTest(name = "--format {0} --per {1}")
    @CsvSource({"json,vacancy", "json,candidate", "jsonl,vacancy", "jsonl,candidate", "csv,vacancy", "csv,candidate",
            "text,vacancy", "text,candidate", "html,vacancy", "html,candidate"})
    void redacted_holdsNoNameContactOrFreeText_butIdsScoresAndReasons(String format, String per) {
        Cli.Run run = match(format, per, true);

        String reason = format.equals("text") ? MatchText.weightiest(plain.reasons()).get(0).message()
                : plain.reasons().get(0).message();
        String shown = format.equals("html") ? MatchHtml.escape(reason) : reason;
        assertAll(
                () -> assertEquals(1, run.exitCode(), "the broken record is an input error: " + run),
                () -> assertNothingPersonal(run.out()),
                () -> assertTrue(run.out().contains(ID), run.out()),
                () -> assertTrue(run.out().contains("vac-001"), run.out()),
                () -> assertTrue(run.out().contains(String.valueOf(plain.score())), "the score " + plain.score() + ":\n" + run.out()),
                () -> assertTrue(run.out().contains(shown), "the reason '" + shown + "':\n" + run.out()),
                () -> assertTrue(run.err().contains("zora-quillfeather.json"), "stderr still names the file: " + run.err()));
    }

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"text", "html"})
    void notRedacted_theHeadlineIsShown_whichIsWhyRedactExists(String format) {
        Cli.Run run = match(format, "candidate", false);
        assertTrue(run.out().contains("Zora Quillfeather, ML engineer"), run.out());
    }

    @Test
    void json_saysItIsRedacted_andKeepsTheErrorsPlace() throws IOException {
        JsonNode report = JSON.readTree(match("json", "vacancy", true).out());
        JsonNode error = report.get("errors").get(0);
        assertAll(
                () -> assertTrue(report.get("redacted").asBoolean()),
                () -> assertEquals(MatchReport.REDACTED, error.get("source").asText()),
                () -> assertEquals(MatchReport.REDACTED, error.get("message").asText()),
                () -> assertFalse(error.get("location").asText().isEmpty()),
                () -> assertFalse(JSON.readTree(match("json", "vacancy", false).out()).has("redacted"),
                        "a report that is not redacted has no such field"));
    }

    @Test
    void redactWithShowNames_isAUsageError() {
        Cli.Run run = match("html", "vacancy", true, "--show-names");
        assertAll(
                () -> assertEquals(2, run.exitCode(), run.toString()),
                () -> assertTrue(run.err().contains("--show-names and --redact"), run.err()));
    }

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"text", "json"})
    void explain_redacted_dropsTheBoundFacts_keepsRulesAndReasons(String format) {
        Cli.Run run = Cli.run("explain", single.toString(), "samples/vacancies/vac-001.json", "--as-of", "2026-11",
                "--format", format, "--redact");
        assertAll(
                () -> assertEquals(0, run.exitCode(), run.toString()),
                () -> assertNothingPersonal(run.out()),
                () -> assertFalse(run.out().contains("facts:") || run.out().contains("\"$"), run.out()),
                () -> assertTrue(run.out().contains(plain.reasons().get(0).rule()), run.out()),
                () -> assertTrue(run.out().contains(plain.reasons().get(0).message()), run.out()));
    }

    @Test
    void explain_notRedacted_showsTheFacts() {
        Cli.Run run = Cli.run("explain", single.toString(), "samples/vacancies/vac-001.json", "--as-of", "2026-11");
        assertTrue(run.out().contains("facts:"), run.out());
    }
}
