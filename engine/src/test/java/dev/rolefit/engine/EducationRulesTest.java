package dev.rolefit.engine;

import dev.rolefit.model.Match;
import dev.rolefit.model.Verdict;
import org.junit.jupiter.api.Test;

import static dev.rolefit.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** education.drl: EQF level, compensation, preferred level and track, field. */
class EducationRulesTest extends RulesTestBase {

    /** A self-taught ML engineer: no degree, nine years of ML work, expert PyTorch. */
    private static dev.rolefit.model.Candidate selfTaught(String pytorchLevel) {
        return candidate(c -> {
            c.putArray("education").addObject().put("level", "SECONDARY").put("field", "Sciences");
            var skills = c.putArray("skills");
            skills.addObject().put("name", "Python").put("level", "EXPERT").put("years", 9);
            skills.addObject().put("name", "PyTorch").put("level", pytorchLevel).put("years", 6);
            skills.addObject().put("name", "MLOps").put("level", "ADVANCED").put("years", 4);
        });
    }

    @Test
    void masterForABachelorMinimum_meetsTheMinimum() {
        Match m = score(candidate(), vacancy());

        assertMessage(m, "Meets the minimum education level", "master", "bachelor");
        assertFired(m, "Reaches the preferred education level");
        assertFired(m, "Studied on the preferred track");
        assertMessage(m, "Studied a field the vacancy names", "computer science", "a field the vacancy asks for");
        assertSilent(m, "Studied a relevant field");
    }

    @Test
    void noDegreeButEnoughYearsAndExpertFramework_isCompensated() {
        Match m = score(selfTaught("EXPERT"), vacancy());

        assertMessage(m, "Missing degree is compensated by experience and expertise",
                "compensated by", "expert PyTorch");
        assertTrue(reason(m, "Missing degree is compensated by experience and expertise").points() > 0);
        assertSilent(m, "Below the minimum education level");
        assertNotEquals(Verdict.REJECTED, m.verdict());
    }

    @Test
    void noDegreeWithoutExpertFramework_isKnockedOut() {
        Match m = score(selfTaught("ADVANCED"), vacancy());

        assertKnockout(m, "Below the minimum education level");
        assertMessage(m, "Below the minimum education level", "not compensated");
        assertSilent(m, "Missing degree is compensated by experience and expertise");
    }

    @Test
    void noDegreeAndTooFewYears_isKnockedOut() {
        Match m = score(selfTaught("EXPERT"), vacancy(v -> v.with("education").put("equivalentExperienceYears", 15)));

        assertKnockout(m, "Below the minimum education level");
    }

    @Test
    void bachelorWhereMasterIsPreferred_losesOnlyThePreferredShare() {
        Match m = score(candidate(c -> c.putArray("education").addObject().put("level", "BACHELOR")
                .put("track", "APPLIED").put("field", "Computer Science")), vacancy());

        assertFired(m, "Meets the minimum education level");
        assertFired(m, "Below the preferred education level");
        assertSilent(m, "Studied on the preferred track");
        assertMessage(m, "Studied on another track than the preferred", "applied", "academic");
        assertTrue(m.categoryScores().get("EDUCATION") < 1.0);
    }

    @Test
    void noEducationListed_isUncheckedNotKnockedOut() {
        Match m = score(candidate(c -> c.putArray("education")), vacancy());

        assertMessage(m, "Education not stated", "unchecked");
        assertSilent(m, "Below the minimum education level");
        assertNotEquals(Verdict.REJECTED, m.verdict());
    }

    @Test
    void fieldWrittenWithDetails_isStillTheFieldTheVacancyNames() {
        Match m = score(candidate(c -> c.putArray("education").addObject().put("level", "MASTER")
                .put("track", "ACADEMIC").put("field", "Computer Science (Angewandte Informatik)")), vacancy());

        assertFired(m, "Studied a field the vacancy names");
    }

    @Test
    void fieldTheVacancyNames_winsOverAFieldTheTableRatesHigher() {
        Match m = score(candidate(c -> {
            var education = c.putArray("education");
            education.addObject().put("level", "MASTER").put("track", "ACADEMIC").put("field", "Physics");
            education.addObject().put("level", "BACHELOR").put("track", "ACADEMIC").put("field", "Economics");
        }), vacancy(v -> v.with("education").putArray("fields").add("Economics")));

        assertMessage(m, "Studied a field the vacancy names", "economics");
        assertSilent(m, "Studied a relevant field");
    }

    @Test
    void infrastructureVacancy_acceptsInfrastructureExpertiseAsCompensation() {
        Match m = score(candidate(c -> {
            c.putArray("education").addObject().put("level", "VOCATIONAL").put("track", "APPLIED").put("field", "Programming");
            var skills = c.putArray("skills");
            skills.addObject().put("name", "Linux").put("level", "EXPERT").put("years", 8);
            skills.addObject().put("name", "Kubernetes").put("level", "ADVANCED").put("years", 5);
        }), vacancy(v -> v.put("roleFamily", "AI_INFRASTRUCTURE_ENGINEER")));

        assertMessage(m, "Missing degree is compensated by experience and expertise", "expert Linux");
        assertSilent(m, "Below the minimum education level");
    }

    @Test
    void unrelatedField_earnsNoFieldCredit() {
        Match m = score(candidate(c -> c.putArray("education").addObject().put("level", "MASTER")
                .put("track", "ACADEMIC").put("field", "History")), vacancy());

        assertMessage(m, "Studied a relevant field", "history", "unrelated to the role");
        assertTrue(reason(m, "Studied a relevant field").points() == 0.0);
    }
}
