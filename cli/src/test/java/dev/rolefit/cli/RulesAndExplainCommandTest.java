package dev.rolefit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolefit.model.RolefitJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The analyst's commands: rules check, rules test, explain. */
class RulesAndExplainCommandTest {


    @Test
    void rulesCheck_onTheBuiltInRules_isClean() {
        Cli.Run run = Cli.run("rules", "check");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("rules OK: (built-in)"), run.out());
        assertTrue(run.out().contains("(the build's precompiled copy)"), run.out());
    }

    @Test
    void rulesCheck_listsEveryProblemWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        RuleFolders.copyOfRules(dir);
        Files.writeString(dir.resolve("salary.drl"), """

                // Breaks the lint twice: a protected attribute and a file write.
                rule "Prefers local nationals"
                    @category("SALARY")
                when
                    CandidateFacts( countryCode == "BE" )
                then
                    java.nio.file.Files.writeString( null, "nationality" );
                end
                """, StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("data/scoring.csv"), "weight,SALARY,twenty\n", StandardOpenOption.APPEND);

        Cli.Run run = Cli.run("rules", "check", dir.toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.out().contains("data/scoring.csv:"), run.out());
        assertTrue(run.out().matches("(?s).*salary\\.drl:\\d+:\\d+: 'java\\.nio' is outside what rules may use.*"), run.out());
        assertTrue(run.out().matches("(?s).*salary\\.drl:\\d+:\\d+: mentions the protected attribute 'nationality'.*"), run.out());
        assertTrue(run.err().contains("problems in " + dir), run.err());
    }

    @Test
    void rulesTest_onTheBuiltInRules_passesEveryScenario() {
        Cli.Run run = Cli.run("rules", "test");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("PASS  "), run.out());
        assertFalse(run.out().contains("FAIL  "), run.out());
        assertTrue(run.out().matches("(?s).*scenarios: \\d+ passed, 0 failed\\s*"), run.out());
    }

    @Test
    void rulesTest_afterARuleChange_showsWhatDiffers(@TempDir Path dir) throws Exception {
        RuleFolders.copyOfRules(dir);
        // An analyst cuts the tolerance for salaries above the band from 20% to 5%.
        Path salary = dir.resolve("salary.drl");
        String before = Files.readString(salary);
        assertTrue(before.contains("$top * 1.20"));
        Files.writeString(salary, before.replace("$top * 1.20", "$top * 1.05"));
        Files.writeString(dir.resolve("scenarios/zz-negotiable.json"), """
                {"scenario": "5% above the band stays negotiable", "asOf": "2026-11",
                 "candidate": {"file": "documents/ml-engineer-brussels.json",
                               "merge": {"salaryExpectation": {"min": 116000, "currency": "EUR", "period": "YEAR"}}},
                 "vacancy": {"file": "documents/ml-engineer-vacancy-brussels.json"},
                 "expect": {"verdict": ["STRONG", "GOOD"], "reasons": ["Salary expectation slightly above the band"]}}
                """);

        Cli.Run run = Cli.run("rules", "test", dir.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("FAIL  zz-negotiable.json — 5% above the band stays negotiable"), run.out());
        assertTrue(run.out().contains("verdict: expected STRONG or GOOD, got REJECTED"), run.out());
    }

    @Test
    void explain_showsFiringsCategoriesAndTheFormula() {
        Cli.Run run = Cli.run("explain", "samples/candidates/cand-007.json", "samples/vacancies/vac-001.json", "--as-of", "2026-11");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("cand-007 for vac-001: "), run.out());
        assertTrue(run.out().contains("Rules that fired, in order:"), run.out());
        assertTrue(run.out().contains("Candidate works in an adjacent role family  [ROLE]"), run.out());
        assertTrue(run.out().contains("facts: $credit = 0.6, $family = ML_ENGINEER, $own = DATA_SCIENTIST"), run.out());
        assertTrue(run.out().contains("score = 100 × (25 × 0.60 ROLE + 35 × "), run.out());
        assertTrue(run.out().contains("Rules that did not fire, by category:"), run.out());
    }

    @Test
    void explainAsJson_hasTheSameNumbersAsMatch() throws Exception {
        Cli.Run explained = Cli.run("explain", "samples/candidates/cand-007.json", "samples/vacancies/vac-001.json",
                "--as-of", "2026-11", "--format", "json");
        Cli.Run matched = Cli.run("match", "--candidates", "samples/candidates/cand-007.json", "--vacancies",
                "samples/vacancies/vac-001.json", "--as-of", "2026-11", "--format", "json", "--include-rejected");

        JsonNode e = RolefitJson.mapper().readTree(explained.out());
        JsonNode m = RolefitJson.mapper().readTree(matched.out()).path("matches").get(0);
        assertEquals(m.path("score").asDouble(), e.path("match").path("score").asDouble());
        assertEquals(m.path("reasons"), e.path("match").path("reasons"));
        assertTrue(e.path("firings").size() > e.path("match").path("reasons").size());
        assertTrue(e.path("formula").asText().endsWith("= " + m.path("score").asDouble()), e.path("formula").asText());
    }

    @Test
    void explainWithAFileOfManyDocuments_asksWhichOne(@TempDir Path dir) throws Exception {
        Path many = Files.writeString(dir.resolve("two.json"),
                "[{\"id\": \"c1\", \"headline\": \"ML Engineer\"}, {\"id\": \"c2\", \"headline\": \"Data Scientist\"}]");

        Cli.Run ambiguous = Cli.run("explain", many.toString(), "samples/vacancies/vac-001.json");
        Cli.Run picked = Cli.run("explain", many + "#c2", "samples/vacancies/vac-001.json");

        assertEquals(1, ambiguous.exitCode(), ambiguous.toString());
        assertTrue(ambiguous.err().contains("[c1, c2]") && ambiguous.err().contains("#ID"), ambiguous.err());
        assertEquals(0, picked.exitCode(), picked.toString());
        assertTrue(picked.out().startsWith("c2 for vac-001"), picked.out());
    }

    @Test
    void explainForTheCandidate_saysWhatCountedWhatWasNotUsedAndHowToAskForReview() throws Exception {
        String email = RolefitJsonHolder.field("samples/candidates/cand-005.json", "email");
        String name = RolefitJsonHolder.field("samples/candidates/cand-005.json", "name");

        Cli.Run run = Cli.run("explain", "samples/candidates/cand-005.json", "samples/vacancies/vac-001.json",
                "--as-of", "2026-11", "--for-candidate", "--contact", "talent@belfius.example");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("did not pass a requirement"), run.out());
        assertTrue(run.out().contains("What ruled the application out"), run.out());
        assertTrue(run.out().contains("What would change the outcome"), run.out());
        assertTrue(run.out().contains("Be willing to relocate: the outcome would be"), run.out());
        assertTrue(run.out().contains("Information that was never used"), run.out());
        assertTrue(run.out().contains("talent@belfius.example"), run.out());
        assertFalse(run.out().contains(email) || run.out().contains(name), "no personal data: " + run.out());
    }

    @Test
    void explainForTheCandidateAsJson_listsTheChangesThatWouldLiftTheOutcome() throws Exception {
        Cli.Run run = Cli.run("explain", "samples/candidates/cand-005.json", "samples/vacancies/vac-001.json",
                "--as-of", "2026-11", "--for-candidate", "--format", "json");

        JsonNode letter = RolefitJson.mapper().readTree(run.out());
        assertEquals("cand-005", letter.path("candidateId").asText());
        assertTrue(letter.path("knockouts").size() > 0, run.out());
        assertTrue(letter.path("wouldChange").toString().contains("relocate"), run.out());
        assertTrue(letter.path("informationNotUsed").toString().contains("gender"), run.out());
    }

    /** Reads one field of a sample document. */
    static final class RolefitJsonHolder {
        static String field(String file, String name) throws Exception {
            return RolefitJson.mapper().readTree(Path.of(file).toFile()).path(name).asText();
        }
    }
}
