package dev.rolefit.engine;

import dev.rolefit.engine.SkillTaxonomy.Found;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The default taxonomy: what people write, mapped to one canonical skill. */
class SkillTaxonomyTest {
    static SkillTaxonomy taxonomy;

    @BeforeAll
    static void load() throws Exception {
        taxonomy = RulesTestBase.defaultRules().taxonomy();
    }

    private static List<String> found(String text) {
        return taxonomy.findInText(text).stream().map(f -> f.skill().name()).toList();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "k8s, Kubernetes",
            "K8S, Kubernetes",
            "sklearn, scikit-learn",
            "ML, Machine Learning",
            "Postgres, PostgreSQL",
            "GCP, Google Cloud",
            "TF, TensorFlow",
            "pytorch, PyTorch",
            "'  Machine   Learning ', Machine Learning"})
    void writtenSkill_resolvesToItsCanonicalName(String written, String canonical) {
        assertEquals(canonical, taxonomy.resolve(written).orElseThrow().name());
    }

    @Test
    void unknownSkill_doesNotResolve() {
        assertTrue(taxonomy.resolve("Underwater basket weaving").isEmpty());
    }

    @Test
    void multiWordSkills_areFoundInFreeText() {
        List<String> skills = found("Five years of machine learning on distributed systems, deployed with Docker.");

        assertTrue(skills.containsAll(List.of("Machine Learning", "Distributed Systems", "Docker")), skills.toString());
    }

    @Test
    void slashAndHyphenCompounds_areSplitUnlessTheWholeIsASkill() {
        List<String> skills = found("Built CI/CD for Python/R models; PyTorch-based pipelines.");

        assertTrue(skills.containsAll(List.of("CI/CD", "Python", "R", "PyTorch")), skills.toString());
    }

    @ParameterizedTest(name = "no false skill in \"{0}\"")
    @ValueSource(strings = {
            "Ready to go the extra mile for our research group.",
            "Strong networking events and a great team culture.",
            "We offer a great salary and free parking in Rotterdam."})
    void ordinaryWords_areNotSkills(String text) {
        List<String> skills = found(text);

        assertFalse(skills.contains("Go"), skills.toString());
        assertFalse(skills.contains("R"), skills.toString());
        assertFalse(skills.contains("Networking"), skills.toString());
    }

    @Test
    void caseSensitiveSkill_isFoundOnlyAsWritten() {
        assertTrue(found("Analyses in R and Stan.").contains("R"));
        assertFalse(found("r is a letter").contains("R"));
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', value = {
            "Deployed on k8s with Helm charts.                    | Kubernetes",
            "Models in sklearn and PyTorch.                       | scikit-learn",
            "Worked in ML since 2016.                             | Machine Learning",
            "Moved the pipelines from Postgres to BigQuery.       | PostgreSQL",
            "Five years of MACHINE LEARNING research.             | Machine Learning",
            "Experience with distributed   systems at scale.      | Distributed Systems",
            "Designed large-scale distributed systems.            | Distributed Systems",
            "Retrieval-Augmented Generation for support tickets.  | RAG",
            "Tracked experiments in Weights & Biases.             | Weights & Biases",
            "Ran A/B tests on the checkout page.                  | A/B Testing",
            "Built back-end development tooling.                  | Backend Development",
            "Services in C++ and C#; front end in Node.js.        | C++",
            "Services in C++ and C#; front end in Node.js.        | C#",
            "Services in C++ and C#; front end in Node.js.        | Node.js",
            "Statistical models in R, reported in Tableau.        | R",
            "Wrote a scheduler in Golang.                         | Go"})
    void synonymsAndMultiWordSkills_areFoundInFreeText(String text, String skill) {
        if (skill.equals("Go")) {
            // Go is marked "no" in free_text: a verb too often, so only a listed Go counts.
            assertFalse(found(text).contains("Go"), found(text).toString());
            return;
        }
        assertTrue(found(text).contains(skill), () -> text + " -> " + found(text));
    }

    @ParameterizedTest(name = "no R in \"{0}\"")
    @ValueSource(strings = {
            "Reporting for the regional director, in a remote-first team.",
            "r is a letter, and so is R2-D2 no language.",
            "Our HR and R&D teams work together.",
            "rstats fans welcome."})
    void theLetterR_isNotTheLanguageInsideOrBesideWords(String text) {
        assertFalse(found(text).contains("R"), found(text).toString());
    }

    @ParameterizedTest(name = "no Go in \"{0}\"")
    @ValueSource(strings = {
            "Go beyond dashboards and go live in weeks.",
            "Models that go to production on Go-Live day.",
            "We are a go-to partner for Google Cloud."})
    void go_isNeverFoundInFreeText(String text) {
        assertFalse(found(text).contains("Go"), found(text).toString());
    }

    @Test
    void overlappingNames_theFirstAndLongestWins() {
        List<Found> found = taxonomy.findInText("Senior machine learning engineer with Apache Spark.");

        assertEquals(List.of("Machine Learning", "Spark"), found.stream().map(f -> f.skill().name()).toList());
        assertEquals("machine learning", found.get(0).words(), "the words as written");
    }

    @Test
    void eachSkill_isFoundOnceInOrderOfFirstMention() {
        assertEquals(List.of("Docker", "Python", "Kubernetes"),
                found("Docker, Python, docker again, and Kubernetes (k8s)."));
    }

    @Test
    void analyzerWords_areTrimmedSplitAndLowerCased() {
        assertEquals(List.of("built", "ci/cd", "for", "python", "r", "models", "pytorch", "based", "node.js", "c++"),
                taxonomy.tokens("Built CI/CD for Python/R models; PyTorch-based, 'Node.js' & C++."));
    }

    @Test
    void accents_areFoldedForSkillsFoundInAnyCase() {
        assertTrue(found("Modèles de machine learning déployés avec Kubérnetes.").contains("Kubernetes"));
    }

    @Test
    void everyRelatedSkill_pointsToASkillInTheTaxonomy() {
        List<String> dangling = new ArrayList<>();
        for (SkillTaxonomy.Skill s : taxonomy.skills()) {
            for (String related : s.related().keySet()) {
                if (taxonomy.skill(related).isEmpty()) {
                    dangling.add(s.name() + " -> " + related);
                }
            }
        }
        assertEquals(List.of(), dangling);
    }
}
