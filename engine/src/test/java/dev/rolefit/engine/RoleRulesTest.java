package dev.rolefit.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.Match;
import org.junit.jupiter.api.Test;

import static dev.rolefit.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** role.drl: the role family of each profile and the family fit. */
class RoleRulesTest extends RulesTestBase {

    static Candidate dataScientist() {
        return candidate(c -> {
            c.put("headline", "Data Scientist");
            c.put("summary", "Statistician at heart: experimental design, Bayesian statistics and R; dashboards in Tableau.");
            var jobs = c.putArray("experience");
            ObjectNode job = jobs.addObject().put("title", "Data Scientist").put("startDate", "2019-01").putNull("endDate")
                    .put("description", "A/B testing and regression analysis for pricing; R and pandas in Jupyter.");
            job.putArray("skills").add("R").add("Statistics").add("A/B Testing");
            var skills = c.putArray("skills");
            for (String s : new String[]{"R", "Statistics", "Python", "pandas", "Tableau", "SQL", "Data Visualisation"}) {
                skills.addObject().put("name", s).put("level", "ADVANCED");
            }
        });
    }

    static Candidate infrastructureEngineer() {
        return candidate(c -> {
            c.put("headline", "Platform Engineer, GPU clusters");
            c.put("summary", "Runs Slurm and Kubernetes GPU clusters; Terraform everything; InfiniBand networking.");
            var jobs = c.putArray("experience");
            ObjectNode job = jobs.addObject().put("title", "Infrastructure Engineer").put("startDate", "2018-01").putNull("endDate")
                    .put("description", "Distributed systems for training at scale on NVIDIA GPUs.");
            job.putArray("skills").add("Kubernetes").add("Terraform").add("Slurm");
            var skills = c.putArray("skills");
            for (String s : new String[]{"Kubernetes", "Terraform", "Distributed Systems", "Networking", "NVIDIA GPUs", "Linux", "Python"}) {
                skills.addObject().put("name", s).put("level", "ADVANCED");
            }
        });
    }

    @Test
    void mlEngineer_isProfiledAsMlEngineerRatherThanDataScientist() {
        Profile p = engine.profile(candidate());

        assertEquals("ML_ENGINEER", p.roleFamily());
        assertTrue(p.roleSummary().startsWith("ML engineer rather than"), p.roleSummary());
        assertTrue(p.roleSummary().contains("MLOps"), p.roleSummary());
    }

    @Test
    void statisticsAndRProfile_isADataScientist() {
        Profile p = engine.profile(dataScientist());

        assertEquals("DATA_SCIENTIST", p.roleFamily());
        assertTrue(p.roleSummary().contains("Statistics") && p.roleSummary().contains("R"), p.roleSummary());
    }

    @Test
    void gpuClusterProfile_isAnAiInfrastructureEngineer() {
        Profile p = engine.profile(infrastructureEngineer());

        assertEquals("AI_INFRASTRUCTURE_ENGINEER", p.roleFamily());
        assertTrue(p.roleScores().get("AI_INFRASTRUCTURE_ENGINEER") > p.roleScores().get("DATA_SCIENTIST"));
    }

    @Test
    void vacancyWithoutRoleFamily_getsOneInferred() {
        Profile p = engine.profile(vacancy(v -> v.putNull("roleFamily")));

        assertEquals("ML_ENGINEER", p.roleFamily());
        assertTrue(p.roleSummary().startsWith("inferred"), p.roleSummary());
    }

    @Test
    void profileWithoutAnySignal_hasNoFamily() {
        Profile p = engine.profile(candidate(c -> {
            c.put("headline", "Shop assistant");
            c.remove("summary");
            c.putArray("experience");
            c.putArray("skills").add("Customer service");
            c.putArray("certifications");
        }));

        assertNull(p.roleFamily());
    }

    @Test
    void sameFamily_earnsFullRoleCredit() {
        Match m = score(candidate(), vacancy());

        assertMessage(m, "Candidate works in the vacancy's role family", "Same role family");
        assertEquals(1.0, m.categoryScores().get("ROLE"));
    }

    @Test
    void dataScientistForAnMlEngineerVacancy_earnsPartialCredit() {
        Match m = score(dataScientist(), vacancy());

        assertMessage(m, "Candidate works in an adjacent role family", "60% credit");
        assertEquals(0.6, m.categoryScores().get("ROLE"));
    }

    @Test
    void dataScientistForAnInfrastructureVacancy_earnsLittle() {
        Match adjacent = score(dataScientist(), vacancy());
        Match distant = score(dataScientist(), vacancy(v -> v.put("roleFamily", "AI_INFRASTRUCTURE_ENGINEER")));

        assertTrue(distant.categoryScores().get("ROLE") < adjacent.categoryScores().get("ROLE"));
    }

    @Test
    void candidateWithNoClearFamily_earnsOnlyWhatTheirProfileShowsOfTheVacancysFamily() {
        Match m = score(candidate(c -> {
            c.put("headline", "Shop assistant");
            c.remove("summary");
            c.putArray("experience");
            c.putArray("certifications");
            c.putArray("skills").add("Python");
        }), vacancy());

        assertMessage(m, "Candidate works in an unrelated role family", "No clear role family");
        assertTrue(m.categoryScores().get("ROLE") < 0.2);
    }

    @Test
    void dataAnalystBecomingAnMlEngineer_isATypicalStep() {
        Match m = score(candidate(c -> {
            c.put("headline", "Data Analyst");
            c.remove("summary");
            c.putArray("certifications");
            var skills = c.putArray("skills");
            for (String s : new String[]{"SQL", "Python", "Tableau", "Excel"}) {
                skills.addObject().put("name", s).put("level", "ADVANCED");
            }
            var jobs = c.putArray("experience");
            jobs.addObject().put("title", "Data Analyst").put("startDate", "2021-01").putNull("endDate")
                    .putArray("skills").add("SQL").add("Python").add("Tableau");
        }), vacancy());

        assertMessage(m, "Previous role is a typical step toward the vacancy's family", "data analyst");
    }

    @Test
    void mlEngineerForAnMlEngineerVacancy_needsNoCareerStep() {
        assertSilent(score(candidate(), vacancy()), "Previous role is a typical step toward the vacancy's family");
    }
}
