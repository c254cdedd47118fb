package dev.rolefit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolefit.model.RolefitJson;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** rolefit search on the samples. */
class SearchCommandTest {

    @Test
    void query_listsRankedHitsWithWhereTheyMatchedAndFacets() {
        Cli.Run run = Cli.run("search", "--candidates", "samples/candidates", "PyTorch AND k8s", "--as-of", "2026-11");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().matches("(?s)\\d+ candidates match: PyTorch AND k8s\n  1\\. cand-\\d{3} .*"), run.out());
        assertTrue(run.out().contains(" cand-001 "), "the sample ML engineer with PyTorch and Kubernetes: " + run.out());
        assertTrue(run.out().contains("Kubernetes (listed skill)"), run.out());
        assertTrue(run.out().contains("  roleFamily: "), run.out());
    }

    /** The examples of {@code rolefit search --help} find something on the samples, as a reader trying them expects. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "--candidates | samples/candidates | candidate | PyTorch AND (k8s OR Docker) seniority:>=MID_SENIOR",
            "--vacancies  | samples/vacancies  | vacancy   | Kubernetes city:Brussels"})
    void helpExamples_findSomethingOnTheSamples(String option, String folder, String kind, String query) {
        String help = Cli.run("search", "--help").out();
        // The help is wrapped to the terminal's width, anywhere in a line: compare without the spaces.
        assertTrue(help.replaceAll("\\s", "").contains(("'" + query + "'").replaceAll("\\s", "")),
                "the example is in the help: " + help);

        Cli.Run run = Cli.run("search", option, folder, "--kind", kind, query);

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().matches("(?s)[1-9]\\d* (candidate|vacanc)\\w* match.*"), run.out());
    }

    @Test
    void jsonOutput_hasHitsFacetsAndTotal() throws Exception {
        Cli.Run run = Cli.run("search", "--vacancies", "samples/vacancies", "--kind", "vacancy", "--format", "json",
                "Python family:ML_ENGINEER");

        JsonNode result = RolefitJson.mapper().readTree(run.out());
        assertEquals("VACANCY", result.path("kind").asText());
        assertTrue(result.path("total").asInt() > 0);
        assertEquals(result.path("total").asInt(), result.path("facets").path("roleFamily").path("ML_ENGINEER").asInt());
    }

    @Test
    void queryThatDoesNotParse_exitsTwoPointingAtThePosition() {
        Cli.Run run = Cli.run("search", "--candidates", "samples/candidates", "PyTorch AND (k8s");

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("this parenthesis is not closed at position 12"), run.err());
        assertTrue(run.err().contains("\n  " + " ".repeat(12) + "^"), run.err());
    }

    @Test
    void searchWithoutAPool_isAUsageError() {
        Cli.Run run = Cli.run("search", "PyTorch");

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("nothing to search"), run.err());
    }
}
