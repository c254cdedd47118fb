package dev.rolefit.engine;

import dev.rolefit.model.Match;
import dev.rolefit.model.Verdict;
import org.junit.jupiter.api.Test;

import static dev.rolefit.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** employment.drl and language.drl. */
class EmploymentAndLanguageRulesTest extends RulesTestBase {

    @Test
    void fullTimeCandidateForAFullTimeVacancy_fits() {
        assertMessage(score(candidate(), vacancy()), "Accepts the vacancy's employment type", "full-time");
    }

    @Test
    void contractOnlyFreelancerForAFullTimeVacancy_isKnockedOut() {
        Match m = score(candidate(c -> c.putArray("employmentTypes").add("CONTRACT")), vacancy());

        assertKnockout(m, "Does not accept the vacancy's employment type");
        assertMessage(m, "Does not accept the vacancy's employment type", "full-time", "accepts only contract");
    }

    @Test
    void candidateWhoStatesNoEmploymentType_isNotKnockedOut() {
        Match m = score(candidate(c -> c.remove("employmentTypes")), vacancy());

        assertSilent(m, "Does not accept the vacancy's employment type");
        assertNotEquals(Verdict.REJECTED, m.verdict());
    }

    @Test
    void requiredLanguageAtTheMinimum_fits() {
        assertMessage(score(candidate(), vacancy()), "Speaks the required language", "English", "fluent");
    }

    @Test
    void dutchRequired_forACandidateWhoSpeaksNone_isKnockedOut() {
        Match m = score(candidate(c -> {
            var langs = c.putArray("languages");
            langs.addObject().put("language", "en").put("fluency", "FLUENT");
            langs.addObject().put("language", "fr").put("fluency", "NATIVE");
        }), vacancy(v -> v.withArray("languages").addObject().put("language", "nl").put("minFluency", "PROFESSIONAL")));

        assertKnockout(m, "Does not speak a required language");
        assertMessage(m, "Does not speak a required language", "Dutch", "professional");
    }

    @Test
    void requiredLanguageBelowTheMinimum_isKnockedOut() {
        Match m = score(candidate(c -> c.putArray("languages").addObject().put("language", "en").put("fluency", "LIMITED")),
                vacancy());

        assertKnockout(m, "Required language below the minimum");
        assertMessage(m, "Required language below the minimum", "limited");
    }

    @Test
    void belowThePreferredFluency_costsALittle() {
        Match m = score(candidate(), vacancy(v -> ((com.fasterxml.jackson.databind.node.ObjectNode) v.withArray("languages").get(0))
                .put("preferredFluency", "NATIVE")));

        assertMessage(m, "Speaks the required language below the preferred level", "below the preferred native");
        assertSilent(m, "Speaks the required language");
        assertEquals(0.6, m.categoryScores().get("LANGUAGE"));
    }
}
