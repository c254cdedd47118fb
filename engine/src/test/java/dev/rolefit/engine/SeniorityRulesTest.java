package dev.rolefit.engine;

import dev.rolefit.model.Match;
import dev.rolefit.model.Seniority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.rolefit.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** seniority.drl: the rung of a profile, the fit by distance, minimum years, the next step. */
class SeniorityRulesTest extends RulesTestBase {

    @ParameterizedTest(name = "latest title \"{0}\" reads as {1}")
    @CsvSource({
            "Junior Data Scientist, ENTRY",
            "Senior ML Engineer, MID_SENIOR",
            "Lead Machine Learning Engineer, LEAD",
            "Staff ML Engineer, LEAD",
            "Head of AI, DIRECTOR",
            "ML Engineering Intern, INTERN"})
    void latestJobTitle_namesTheSeniority(String title, Seniority expected) {
        var c = candidate(node -> {
            node.put("headline", title);
            ((com.fasterxml.jackson.databind.node.ObjectNode) node.withArray("experience").get(0)).put("title", title);
        });

        assertEquals(expected, engine.profile(c).seniority());
    }

    @ParameterizedTest(name = "{0} relevant years without a title word read as {1}")
    @CsvSource({"2025-06, ENTRY", "2023-01, ASSOCIATE", "2019-01, MID_SENIOR", "2012-01, LEAD"})
    void relevantYears_suggestTheSeniority_whenNoTitleNamesIt(String start, Seniority expected) {
        var c = candidate(node -> {
            node.put("headline", "Machine Learning Engineer");
            var jobs = node.putArray("experience");
            jobs.addObject().put("title", "Machine Learning Engineer").put("organization", "Ordina")
                    .put("startDate", start).putNull("endDate").putArray("skills").add("PyTorch").add("MLOps");
        });

        assertEquals(expected, engine.profile(c).seniority());
    }

    @Test
    void restaurantYears_doNotCountAsRelevantExperience() {
        var changer = candidate(node -> {
            node.put("headline", "Junior Data Analyst");
            var jobs = node.putArray("experience");
            jobs.addObject().put("title", "Junior Data Analyst").put("startDate", "2024-02").putNull("endDate")
                    .putArray("skills").add("SQL").add("Tableau").add("Python");
            jobs.addObject().put("title", "Restaurant Manager").put("startDate", "2013-01").put("endDate", "2023-01")
                    .put("description", "Ran a 90-cover brasserie: staff rosters, purchasing, budgets.");
        });

        double years = engine.profile(changer).yearsExperience();
        assertTrue(years < 3.5, "ten restaurant years must not count; got " + years);
    }

    @Test
    void overlappingJobs_countOnce() {
        var twoJobs = candidate(node -> {
            var jobs = node.putArray("experience");
            jobs.addObject().put("title", "ML Engineer").put("startDate", "2020-01").put("endDate", "2022-01")
                    .putArray("skills").add("PyTorch").add("MLOps");
            jobs.addObject().put("title", "Machine Learning Engineer (freelance)").put("startDate", "2021-01").put("endDate", "2023-01")
                    .putArray("skills").add("PyTorch").add("Docker");
        });

        assertEquals(3.0, engine.profile(twoJobs).yearsExperience());
    }

    @Test
    void sameRungAndEnoughYears_fitFully() {
        Match m = score(candidate(), vacancy());

        assertFired(m, "Seniority matches the vacancy");
        assertMessage(m, "Meets the minimum years of experience", "meet the minimum of 3");
        assertEquals(1.0, m.categoryScores().get("SENIORITY"));
    }

    @ParameterizedTest(name = "a {1} candidate for a {0} vacancy: {2}")
    @CsvSource({
            "LEAD, MID_SENIOR, One rung below the vacancy's seniority",
            "ASSOCIATE, MID_SENIOR, One rung above the vacancy's seniority",
            "ENTRY, MID_SENIOR, Two or more rungs from the vacancy's seniority"})
    void distanceOnTheLadder_decidesTheSeniorityRule(Seniority vacancyLevel, Seniority candidateLevel, String rule) {
        Match m = score(candidate(), vacancy(v -> v.put("seniority", vacancyLevel.name())));

        assertEquals(candidateLevel, engine.profile(candidate()).seniority());
        assertFired(m, rule);
        assertSilent(m, "Seniority matches the vacancy");
    }

    @Test
    void juniorForALeadRole_isFarTooJunior() {
        Match m = score(candidate(c -> {
            c.put("headline", "Junior ML Engineer");
            ((com.fasterxml.jackson.databind.node.ObjectNode) c.withArray("experience").get(0)).put("title", "Junior ML Engineer");
        }), vacancy(v -> v.put("seniority", "LEAD")));
        Match nearMiss = score(candidate(c -> c.put("headline", "Medior ML Engineer")
                .withArray("experience").forEach(j -> ((com.fasterxml.jackson.databind.node.ObjectNode) j).put("title", "ML Engineer"))),
                vacancy(v -> v.put("seniority", "LEAD")));

        assertKnockout(m, "Far too junior for the vacancy");
        assertMessage(m, "Far too junior for the vacancy", "3 rungs below");
        assertSilent(nearMiss, "Far too junior for the vacancy");
    }

    @Test
    void seniorAnalystBecomingAJuniorMlEngineer_isANaturalStepNotAStepDown() {
        var analyst = candidate(c -> {
            c.put("headline", "Senior Data Analyst");
            c.remove("summary");
            c.putArray("certifications");
            var skills = c.putArray("skills");
            for (String s : new String[]{"SQL", "Python", "Tableau", "pandas"}) {
                skills.addObject().put("name", s).put("level", "ADVANCED");
            }
            c.putArray("experience").addObject().put("title", "Senior Data Analyst").put("startDate", "2018-01").putNull("endDate")
                    .putArray("skills").add("SQL").add("Python").add("Tableau");
        });

        Match m = score(analyst, vacancy(v -> v.put("seniority", "ENTRY")));

        assertMessage(m, "Switching role family at a lower rung", "data analyst");
        assertFired(m, "The vacancy is a switch into a new role family");
        assertSilent(m, "Two or more rungs from the vacancy's seniority");
        assertSilent(m, "The vacancy is a step down or a leap for the candidate");
    }

    @Test
    void fewerYearsThanTheMinimum_earnsInProportion() {
        Match m = score(candidate(), vacancy(v -> v.put("minYearsExperience", 12)));

        assertMessage(m, "Short of the minimum years of experience", "short of the minimum of 12");
        assertSilent(m, "Meets the minimum years of experience");
    }

    @Test
    void oneRungUp_isTheNaturalNextStepForTheCandidate() {
        Match up = score(candidate(), vacancy(v -> v.put("seniority", "LEAD")));
        Match same = score(candidate(), vacancy());
        Match down = score(candidate(), vacancy(v -> v.put("seniority", "ENTRY")));

        assertFired(up, "The vacancy is a step up for the candidate");
        assertFired(same, "The vacancy is a sideways move for the candidate");
        assertFired(down, "The vacancy is a step down or a leap for the candidate");
        assertTrue(up.reverseScore() > same.reverseScore() && same.reverseScore() > down.reverseScore());
    }
}
