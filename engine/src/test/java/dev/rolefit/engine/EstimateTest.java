package dev.rolefit.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.model.Match;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

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
        Prepared.Candidate analyst = withOneJob("BI analyst", "Builds sales dashboards for retail managers.",
                "BI Analyst", "Dashboards in Power BI and reports in Excel.", skill("Power BI"));
        // when both are estimated
        double fits = generation.estimate.of(engineer, vacancy);
        double misses = generation.estimate.of(analyst, vacancy);
        // then the estimate agrees with the rules on who comes first
        assertTrue(fits > misses + 0.3, "engineer " + fits + ", analyst " + misses);
        assertTrue(fits > 0.8 && fits <= 1, "engineer " + fits);
    }

    @Test
    void aRelatedSkillCountsForPartOfAMissingOne() {
        // given the ML vacancy (PyTorch required) and three engineers who differ in one skill:
        // PyTorch itself, TensorFlow (related to PyTorch in skills.csv), or Excel (not related)
        Prepared.Vacancy vacancy = generation.preparer.vacancy(Fixtures.vacancy());
        double withPyTorch = generation.estimate.of(withSkillInsteadOfPyTorch("PyTorch"), vacancy);
        double withTensorFlow = generation.estimate.of(withSkillInsteadOfPyTorch("TensorFlow"), vacancy);
        double withExcel = generation.estimate.of(withSkillInsteadOfPyTorch("Excel"), vacancy);
        // then the related skill earns part of the credit, as skills.drl gives it
        assertTrue(withPyTorch > withTensorFlow && withTensorFlow > withExcel,
                "PyTorch " + withPyTorch + ", TensorFlow " + withTensorFlow + ", Excel " + withExcel);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aListEstimatesEachPairAsTheOtherSidesListDoes(long seed) {
        // given candidates and vacancies with random skills: held, related, unknown to the taxonomy,
        // at every level, required and preferred
        Random random = new Random(seed);
        List<Prepared.Candidate> candidates = new ArrayList<>();
        List<Prepared.Vacancy> vacancies = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            candidates.add(generation.preparer.candidate(Fixtures.candidate(c -> {
                ArrayNode skills = c.putArray("skills");
                for (String name : pick(random, 6)) {
                    ObjectNode skill = skills.addObject().put("name", name);
                    if (random.nextBoolean()) {
                        skill.put("level", LEVELS.get(random.nextInt(LEVELS.size())));
                    }
                    if (random.nextBoolean()) {
                        skill.put("years", random.nextInt(8));
                    }
                }
            })));
            vacancies.add(generation.preparer.vacancy(Fixtures.vacancy(v -> {
                List<String> wanted = pick(random, 7);
                ArrayNode required = v.putArray("requiredSkills");
                ArrayNode preferred = v.putArray("preferredSkills");
                wanted.forEach(name -> (random.nextInt(3) == 0 ? preferred : required).add(name));
            })));
        }
        // when each pair is estimated from the candidate's list and from the vacancy's list
        for (Prepared.Vacancy v : vacancies) {
            ToDoubleFunction<Prepared.Candidate> vacancysList = generation.estimate.forVacancy(v);
            for (Prepared.Candidate c : candidates) {
                double fromCandidate = generation.estimate.forCandidate(c).applyAsDouble(v);
                // then both give the same estimate, to the last bit, within 0–1
                assertEquals(fromCandidate, vacancysList.applyAsDouble(c), 0.0, c.id() + " × " + v.id());
                assertTrue(fromCandidate >= 0 && fromCandidate <= 1, c.id() + " × " + v.id() + ": " + fromCandidate);
            }
        }
    }

    private static final List<String> SKILL_NAMES = List.of("Python", "PyTorch", "TensorFlow", "Keras", "MLOps",
            "Kubernetes", "Docker", "AWS", "Azure", "SQL", "R", "Statistics", "Spark", "pandas", "NumPy",
            "Quantum Basket Weaving", "Legacy Tool X");
    private static final List<String> LEVELS = List.of("BEGINNER", "INTERMEDIATE", "ADVANCED", "EXPERT");

    private static List<String> pick(Random random, int count) {
        List<String> names = new ArrayList<>(SKILL_NAMES);
        Collections.shuffle(names, random);
        return names.subList(0, 1 + random.nextInt(count));
    }

    private static Prepared.Candidate withSkillInsteadOfPyTorch(String skill) {
        return withOneJob("Machine Learning Engineer", "Builds models.", "Machine Learning Engineer", "Models.",
                skill("Python").put("level", "EXPERT"), skill("MLOps").put("level", "ADVANCED"),
                skill(skill).put("level", "ADVANCED"));
    }

    /** The baseline engineer with one job since 2018, no certifications, and only these skills. */
    private static Prepared.Candidate withOneJob(String headline, String summary, String title, String description,
                                                 ObjectNode... skills) {
        return candidate(c -> {
            c.put("headline", headline);
            c.put("summary", summary);
            c.putArray("certifications");
            c.set("experience", Fixtures.JSON.createArrayNode().add(Fixtures.JSON.createObjectNode()
                    .put("title", title).put("organization", "Argenta").put("startDate", "2018-01")
                    .put("description", description)));
            ArrayNode listed = c.putArray("skills");
            for (ObjectNode skill : skills) {
                listed.add(skill);
            }
        });
    }

    private static ObjectNode skill(String name) {
        return Fixtures.JSON.createObjectNode().put("name", name);
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
