package dev.rolefit.engine;

import dev.rolefit.model.Match;
import org.junit.jupiter.api.Test;

import static dev.rolefit.engine.Fixtures.candidate;
import static dev.rolefit.engine.Fixtures.reason;
import static dev.rolefit.engine.Fixtures.vacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A skill named only in free text counts, but for less than the same skill listed: from the analyzer
 * (SkillTaxonomy.findInText) through the evidence weights (Preparer) to the points of skills.drl.
 */
class SkillsInTextWeightTest extends RulesTestBase {
    private static final String REQUIRED = "Required skills are covered";

    @Test
    void skillNamedOnlyInTheSummary_countsLessThanTheSameSkillListed() {
        var vacancy = vacancy(v -> v.putArray("requiredSkills").add("Python").add("Terraform"));
        var listed = candidate(c -> c.withArray("skills").addObject().put("name", "Terraform"));
        var inText = candidate(c -> c.put("summary", c.get("summary").asText()
                + " Provisions the GPU clusters with Terraform."));
        var absent = candidate();

        Match listedMatch = score(listed, vacancy);
        Match textMatch = score(inText, vacancy);
        Match absentMatch = score(absent, vacancy);

        double listedPoints = reason(listedMatch, REQUIRED).points();
        double textPoints = reason(textMatch, REQUIRED).points();
        double absentPoints = reason(absentMatch, REQUIRED).points();
        assertTrue(textPoints > absentPoints, () -> "named in text should count: " + textPoints + " vs " + absentPoints);
        assertTrue(textPoints < listedPoints, () -> "named in text should count less: " + textPoints + " vs " + listedPoints);
        assertEquals("text", engine.profile(inText).skillSources().get("Terraform"));
        assertEquals("listed", engine.profile(listed).skillSources().get("Terraform"));
    }

    @Test
    void multiWordSkillNamedOnlyInAJobDescription_coversARequiredSkill() {
        var vacancy = vacancy(v -> v.putArray("requiredSkills").add("Python").add("Distributed Systems"));
        var inText = candidate(c -> ((com.fasterxml.jackson.databind.node.ObjectNode) c.withArray("experience").get(0))
                .put("description", "Ran training on large distributed systems with PyTorch and Kubernetes."));

        Match m = score(inText, vacancy);

        assertTrue(m.evidence().matchedSkills().contains("Distributed Systems"), m.evidence()::toString);
    }
}
