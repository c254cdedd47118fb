package dev.rolefit.engine;

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
