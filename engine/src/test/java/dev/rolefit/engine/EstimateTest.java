package dev.rolefit.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.model.Match;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The estimate only orders what retrieval hands to the rules; it must order the way the rules
 * would, at least where the rules' verdict is not in doubt.
 */
class EstimateTest {
    private static Generation generation;

    @BeforeAll
    static void prepare() throws Exception {
        generation = new Generation(RulesTestBase.defaultRules(), Fixtures.AS_OF, 1);
    }

    @AfterAll
    static void close() {
        generation.retire();
    }

    @Test
    void theFittingEngineerIsEstimatedAboveTheAnalystWithoutTheSkills() {
        // given the ML vacancy, the ML engineer it was written for, and a BI analyst with none of its skills
        Prepared.Vacancy vacancy = generation.preparer.vacancy(Fixtures.vacancy());
        Prepared.Candidate engineer = candidate(c -> { });
        Prepared.Candidate analyst = candidate(c -> {
            c.put("headline", "BI analyst");
            c.put("summary", "Builds sales dashboards for retail managers.");
            c.putArray("certifications");
            c.set("experience", Fixtures.JSON.createArrayNode().add(Fixtures.JSON.createObjectNode()
                    .put("title", "BI Analyst").put("organization", "Argenta").put("startDate", "2018-01")
                    .put("description", "Dashboards in Power BI and reports in Excel.")));
            c.set("skills", Fixtures.JSON.createArrayNode().add(Fixtures.JSON.createObjectNode().put("name", "Power BI")));
        });
        // when both are estimated
        double fits = generation.estimate.of(engineer, vacancy);
        double misses = generation.estimate.of(analyst, vacancy);
        // then the estimate agrees with the rules on who comes first
        assertTrue(fits > misses + 0.3, "engineer " + fits + ", analyst " + misses);
        assertTrue(fits > 0.8 && fits <= 1, "engineer " + fits);
    }

    @Test
    void aLowEstimateOnlyLeavesAPairUnscoredWhenTheListHasBetterProspects() throws Exception {
        // given five candidates for one vacancy, the rules may score only the two best estimated
        try (MatchEngine engine = MatchEngine.builder().rules(RulesTestBase.defaultRules()).asOf(Fixtures.AS_OF)
                .threads(1).build()) {
            engine.put(Fixtures.vacancy());
            for (String city : List.of("Brussels", "Leuven", "Antwerp", "Ghent", "Mechelen")) {
                engine.put(Fixtures.candidate(c -> c.put("id", "cand-" + city.toLowerCase())
                        .putObject("location").put("city", city).put("countryCode", "BE")));
            }
            // when the list is made with room for all, and with room for two
            List<Match> all = engine.candidatesFor("vac-t1", MatchOptions.defaults());
            List<Match> two = engine.candidatesFor("vac-t1", MatchOptions.defaults().retrieveLimit(2));
            List<Match> exhaustive = engine.candidatesFor("vac-t1", MatchOptions.defaults().retrieveLimit(2)
                    .mode(MatchOptions.Mode.EXHAUSTIVE));
            // then the two scored are scored exactly as in the full list, and exhaustive scoring ignores the limit
            assertEquals(5, all.size());
            assertEquals(all, exhaustive);
            assertEquals(2, two.size());
            for (Match m : two) {
                assertTrue(all.stream().anyMatch(a -> a.candidateId().equals(m.candidateId())
                        && a.score() == m.score() && a.reasons().equals(m.reasons())), m::toString);
            }
        }
    }

    @Test
    void aListStillFillsWhenTheBestEstimatedPairsAreKnockedOut() throws Exception {
        // given a vacancy that requires a master's degree, two candidates without one (estimated
        // first for their skills, then knocked out by the rules) and two with one but fewer listed skills
        try (MatchEngine engine = MatchEngine.builder().rules(RulesTestBase.defaultRules()).asOf(Fixtures.AS_OF)
                .threads(1).build()) {
            engine.put(Fixtures.vacancy(v -> v.putObject("education").put("minLevel", "MASTER")));
            for (String id : List.of("cand-no-degree-1", "cand-no-degree-2")) {
                engine.put(Fixtures.candidate(c -> {
                    c.put("id", id);
                    c.putArray("education").addObject().put("level", "SECONDARY");
                    c.putArray("experience").addObject().put("title", "Machine Learning Engineer")
                            .put("organization", "Telenet").put("startDate", "2025-06")
                            .put("description", "Model deployment.");
                }));
            }
            for (String id : List.of("cand-master-1", "cand-master-2")) {
                engine.put(Fixtures.candidate(c -> c.put("id", id).set("skills",
                        Fixtures.JSON.createArrayNode().add("Python").add("SQL"))));
            }
            // when a top 2 may score only two pairs at first
            List<Match> list = engine.candidatesFor("vac-t1", MatchOptions.defaults().top(2).retrieveLimit(2));
            List<Match> all = engine.candidatesFor("vac-t1", MatchOptions.defaults().top(2)
                    .mode(MatchOptions.Mode.EXHAUSTIVE));
            // then scoring goes on past the knocked-out pairs until the list holds two
            assertEquals(all, list);
            assertEquals(List.of("cand-master-1", "cand-master-2"),
                    list.stream().map(Match::candidateId).sorted().toList());
        }
    }

    private static Prepared.Candidate candidate(Consumer<ObjectNode> edit) {
        return generation.preparer.candidate(Fixtures.candidate(edit));
    }
}
