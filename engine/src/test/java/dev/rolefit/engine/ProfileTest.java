package dev.rolefit.engine;

import org.junit.jupiter.api.Test;

import static dev.rolefit.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** What rolefit profile shows: normalised salary and where each skill was found. */
class ProfileTest extends RulesTestBase {

    @Test
    void candidateProfile_saysWhereEachSkillWasFound() {
        Profile p = engine.profile(candidate());

        assertEquals("listed", p.skillSources().get("Kubernetes"), "k8s is listed");
        assertEquals("work entry", p.skillSources().get("scikit-learn"), "used in a job");
        assertEquals("text", p.skillSources().get("MLflow"), "named only in the summary");
        assertEquals(p.skills().size(), p.skillSources().size());
    }

    @Test
    void monthlySalaryInAnotherCurrency_isShownAsWrittenAndAsYearlyEuros() {
        Profile p = engine.profile(candidate(c -> c.putObject("salaryExpectation").put("min", 12000).put("currency", "PLN")
                .put("period", "MONTH")));

        assertEquals("12,000 PLN a month (€33,120 a year)", p.salaryStated());
        assertEquals(33120.0, p.salaryYearlyEur());
    }

    @Test
    void vacancyProfile_marksRequiredAndPreferredSkills() {
        Profile p = engine.profile(vacancy());

        assertEquals("required", p.skillSources().get("PyTorch"));
        assertEquals("preferred", p.skillSources().get("Kubernetes"));
        assertEquals("€55,000–€110,000 a year", p.salaryStated());
    }
}
