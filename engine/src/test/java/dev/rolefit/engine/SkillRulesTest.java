package dev.rolefit.engine;

import dev.rolefit.model.Match;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.rolefit.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** skills.drl: required and preferred skills, related skills, depth. */
class SkillRulesTest extends RulesTestBase {

    @Test
    void allRequiredSkillsHeld_earnsTheFullRequiredShare() {
        Match m = score(candidate(), vacancy());

        assertMessage(m, "Required skills are covered", "Has 3 of 3 required skills");
        assertEquals(List.of("AWS", "Kubernetes", "MLOps", "PyTorch", "Python"), m.evidence().matchedSkills());
        assertEquals(List.of(), m.evidence().missingSkills());
    }

    @Test
    void synonymInTheCandidatesList_coversTheCanonicalSkill() {
        // The baseline candidate lists "k8s"; the vacancy prefers "Kubernetes".
        Match m = score(candidate(), vacancy());

        assertMessage(m, "Preferred skills are covered", "Has 2 of 2 preferred skills", "Kubernetes");
    }

    @Test
    void missingRequiredSkill_isNamedInTheReasonAndTheEvidence() {
        Match m = score(candidate(), vacancy(v -> v.putArray("requiredSkills").add("Python").add("PyTorch").add("MLOps").add("Terraform")));

        assertMessage(m, "Required skills are covered", "Has 3 of 4 required skills", "missing Terraform");
        assertEquals(List.of("Terraform"), m.evidence().missingSkills());
    }

    @Test
    void relatedSkill_coversARequiredSkillInPart() {
        // PyTorch partly covers TensorFlow (skills.csv).
        Match held = score(candidate(), vacancy(v -> v.putArray("requiredSkills").add("Python").add("PyTorch")));
        Match related = score(candidate(), vacancy(v -> v.putArray("requiredSkills").add("Python").add("TensorFlow")));

        assertMessage(related, "Required skills are covered", "Has 1 of 2 required skills", "related experience for TensorFlow");
        double heldPoints = reason(held, "Required skills are covered").points();
        double relatedPoints = reason(related, "Required skills are covered").points();
        assertTrue(relatedPoints > 0.5 * heldPoints && relatedPoints < heldPoints,
                () -> "related coverage should count in part: " + relatedPoints + " vs " + heldPoints);
    }

    @Test
    void advancedOrLongUsedRequiredSkills_earnDepthCredit() {
        Match m = score(candidate(), vacancy());

        assertMessage(m, "Deep experience in required skills", "3 of 3 required skills");
    }

    @Test
    void beginnerInEveryRequiredSkill_earnsNoDepthCredit() {
        Match m = score(candidate(c -> {
            var skills = c.putArray("skills");
            for (String s : List.of("Python", "PyTorch", "MLOps")) {
                skills.addObject().put("name", s).put("level", "BEGINNER").put("years", 1);
            }
            c.putArray("experience");
            c.remove("summary");
        }), vacancy());

        assertSilent(m, "Deep experience in required skills");
    }

    @Test
    void coveringLessThanAThirdOfRequiredSkills_isPenalised() {
        Match m = score(candidate(), vacancy(v -> v.putArray("requiredSkills")
                .add("R").add("Tableau").add("Statistics").add("Python")));

        Match nearMiss = score(candidate(), vacancy(v -> v.putArray("requiredSkills")
                .add("R").add("Tableau").add("Python")));

        assertTrue(reason(m, "Misses most required skills").points() < 0);
        assertSilent(nearMiss, "Misses most required skills");
    }

    @Test
    void vacancyWithoutPreferredSkills_doesNotAssessThem() {
        Match m = score(candidate(), vacancy(v -> v.putArray("preferredSkills")));

        assertSilent(m, "Preferred skills are covered");
        assertEquals(1.0, m.categoryScores().get("SKILLS"));
    }
}
