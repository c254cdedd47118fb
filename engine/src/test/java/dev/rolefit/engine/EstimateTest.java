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

    @Test
    void aRequiredLanguageCountsAsLanguageDrlCountsIt() {
        // given a vacancy asking for Dutch at a professional level, native preferred, and three
        // engineers who differ only in their Dutch
        Prepared.Vacancy vacancy = generation.preparer.vacancy(Fixtures.vacancy(v -> v.putArray("languages").addObject()
                .put("language", "nl").put("minFluency", "PROFESSIONAL").put("preferredFluency", "NATIVE")));
        double nativeSpeaker = generation.estimate.of(speaking("nl", "NATIVE"), vacancy);
        double professional = generation.estimate.of(speaking("nl", "PROFESSIONAL"), vacancy);
        double none = generation.estimate.of(speaking("de", "NATIVE"), vacancy);
        // then the preferred level earns most, the minimum less, none nothing (language weighs 0.05)
        assertTrue(nativeSpeaker > professional && professional > none,
                "native " + nativeSpeaker + ", professional " + professional + ", none " + none);
        // and one candidate's list, which looks its languages up once, gives each vacancy what the
        // vacancy's list gives: here a Dutch-speaking vacancy, then a German-speaking one
        Prepared.Vacancy german = generation.preparer.vacancy(Fixtures.vacancy(v -> v.put("id", "vac-de")
                .putArray("languages").addObject().put("language", "de").put("minFluency", "PROFESSIONAL")));
        Prepared.Candidate speaker = speaking("nl", "PROFESSIONAL");
        var candidatesList = generation.estimate.forCandidate(speaker);
        assertEquals(professional, candidatesList.applyAsDouble(generation.estimate.row(vacancy)), 0.0);
        double againstGerman = candidatesList.applyAsDouble(generation.estimate.row(german));
        assertEquals(generation.estimate.forVacancy(german).applyAsDouble(speaker), againstGerman, 0.0);
        assertTrue(againstGerman < professional, "no German: " + againstGerman);
    }

    @Test
    void aRemoteRoleFavoursTheEuropeanUnionsLabourMarket() {
        // given a remote vacancy, and the same engineer living in Germany and in the United Kingdom
        Prepared.Vacancy vacancy = generation.preparer.vacancy(Fixtures.vacancy(v -> v.put("remotePolicy", "REMOTE")));
        double inGermany = generation.estimate.of(candidate(c -> c.putObject("location").put("city", "Berlin")
                .put("countryCode", "DE")), vacancy);
        double inBritain = generation.estimate.of(candidate(c -> c.putObject("location").put("city", "London")
                .put("countryCode", "GB")), vacancy);
        // then the one in the EU labour market (data/countries.csv) is estimated higher, as location.drl scores it
        assertTrue(inGermany > inBritain, "Germany " + inGermany + ", United Kingdom " + inBritain);
        // and the vacancy's list, which looks each candidate up afresh, agrees
        assertEquals(inBritain, generation.estimate.forVacancy(vacancy).applyAsDouble(candidate(c -> c.putObject("location")
                .put("city", "London").put("countryCode", "GB"))), 0.0);
    }

    private static Prepared.Candidate speaking(String language, String fluency) {
        return candidate(c -> c.putArray("languages").addObject().put("language", language).put("fluency", fluency));
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
            String family = FAMILIES.get(random.nextInt(FAMILIES.size()));
            boolean many = i % 4 == 0;
            vacancies.add(generation.preparer.vacancy(Fixtures.vacancy(v -> {
                v.put("roleFamily", family);
                ArrayNode required = v.putArray("requiredSkills");
                ArrayNode preferred = v.putArray("preferredSkills");
                // every fourth asks for all the skills, more than the estimate's arrays start with
                List<String> wanted = many ? SKILL_NAMES : pick(random, 7);
                wanted.forEach(name -> (random.nextInt(3) == 0 ? preferred : required).add(name));
            })));
        }
        // when each pair is estimated from the candidate's list and from the vacancy's list, each
        // list's function used for the whole list
        double[][] fromCandidates = new double[candidates.size()][vacancies.size()];
        for (int c = 0; c < candidates.size(); c++) {
            ToDoubleFunction<Estimate.VacancyRow> candidatesList = generation.estimate.forCandidate(candidates.get(c));
            for (int v = 0; v < vacancies.size(); v++) {
                fromCandidates[c][v] = candidatesList.applyAsDouble(generation.estimate.row(vacancies.get(v)));
            }
        }
        for (int v = 0; v < vacancies.size(); v++) {
            ToDoubleFunction<Prepared.Candidate> vacancysList = generation.estimate.forVacancy(vacancies.get(v));
            for (int c = 0; c < candidates.size(); c++) {
                String pair = "candidate " + c + " × vacancy " + v;
                double estimate = fromCandidates[c][v];
                // then both give the same estimate, to the last bit, and the one estimate gives alone
                assertEquals(estimate, vacancysList.applyAsDouble(candidates.get(c)), 0.0, pair);
                assertEquals(estimate, generation.estimate.of(candidates.get(c), vacancies.get(v)), 0.0, pair);
                assertTrue(estimate >= 0 && estimate <= 1, pair + ": " + estimate);
            }
        }
        // and given a floor (a shortlist's last place), a candidate's list gives up only on pairs
        // certainly below it, and on some: otherwise the estimate it gives is the same
        int gaveUp = 0;
        for (int c = 0; c < candidates.size(); c++) {
            Estimate.Estimator<Estimate.VacancyRow> candidatesList = generation.estimate.forCandidate(candidates.get(c));
            for (int v = 0; v < vacancies.size(); v++) {
                double exact = fromCandidates[c][v];
                for (double floor : new double[]{0.3, 0.5, 0.6, 0.7, 0.8, exact, Math.nextUp(exact)}) {
                    String pair = "candidate " + c + " × vacancy " + v + " at floor " + floor;
                    double given = candidatesList.estimate(generation.estimate.row(vacancies.get(v)), floor);
                    if (given == Double.NEGATIVE_INFINITY) {
                        gaveUp++;
                        assertTrue(exact < floor, pair + ": gave up on " + exact);
                    } else {
                        assertEquals(exact, given, 0.0, pair);
                    }
                }
            }
        }
        assertTrue(gaveUp > 0, "the estimate never gave up");
    }

    private static final List<String> FAMILIES = List.of("ML_ENGINEER", "DATA_SCIENTIST", "AI_INFRASTRUCTURE_ENGINEER");

    @Test
    void aPairCertainlyKnockedOutForItsEducationComesLast() {
        // given a vacancy asking for a master's with five years of experience standing in for it,
        // and two engineers with a secondary diploma: one with a year in the field, one with eleven
        Prepared.Vacancy vacancy = generation.preparer.vacancy(Fixtures.vacancy(v -> v.putObject("education")
                .put("minLevel", "MASTER").put("equivalentExperienceYears", 5)));
        Prepared.Candidate newcomer = withSecondaryDiplomaSince("2025-06");
        Prepared.Candidate veteran = withSecondaryDiplomaSince("2015-06");
        // then the newcomer, whom the rules knock out whatever else, is estimated below any pair that may pass,
        // and the veteran, whom an expert core skill could still qualify, is left to the rules
        assertEquals(-1, generation.estimate.of(newcomer, vacancy));
        assertTrue(generation.estimate.of(veteran, vacancy) > 0.5, "veteran " + generation.estimate.of(veteran, vacancy));
    }

    @Test
    void aSeniorSwitchingFamilyThroughATypicalStepIsNotEstimatedAsOverqualified() {
        // given a senior data analyst (a typical step into ML engineering, career-paths.csv)
        Prepared.Candidate analyst = withOneJob("Senior Data Analyst", "Analyses data.", "Senior Data Analyst",
                "Reports and analyses.", skill("Python").put("level", "EXPERT"), skill("SQL").put("level", "EXPERT"));
        assertTrue(analyst.terms().careerSteps().containsKey("ML_ENGINEER"), "career steps " + analyst.terms().careerSteps());
        // and two ML engineer vacancies alike but for their rung: entry level, and the analyst's own
        Prepared.Vacancy entry = mlVacancyAt("ENTRY");
        Prepared.Vacancy sameRung = mlVacancyAt(analyst.facts().seniority().name());
        assertTrue(analyst.facts().seniority().stepsTo(entry.facts().seniority()) < 0, analyst.facts().seniority() + " above ENTRY");
        // then stepping down the ladder into the new family is estimated as the seniority rules see it: a natural path
        assertEquals(generation.estimate.of(analyst, sameRung), generation.estimate.of(analyst, entry), 1e-12);
    }

    private static Prepared.Vacancy mlVacancyAt(String seniority) {
        return generation.preparer.vacancy(Fixtures.vacancy(v -> v.put("seniority", seniority).put("minYearsExperience", 0)));
    }

    private static Prepared.Candidate withSecondaryDiplomaSince(String start) {
        return candidate(c -> {
            c.putArray("education").addObject().put("level", "SECONDARY");
            c.putArray("experience").addObject().put("title", "Machine Learning Engineer")
                    .put("organization", "Telenet").put("startDate", start).put("description", "Model deployment.");
        });
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
        // given a vacancy that requires a master's degree (or five years with an expert core skill),
        // two candidates without one but with eleven years (estimated first for their skills, then
        // knocked out by the rules: no expert ML framework) and two with one but fewer listed skills
        try (MatchEngine engine = MatchEngine.builder().rules(RulesTestBase.defaultRules()).asOf(Fixtures.AS_OF)
                .threads(1).build()) {
            dev.rolefit.model.Vacancy vacancy = Fixtures.vacancy(v -> v.putObject("education").put("minLevel", "MASTER")
                    .put("equivalentExperienceYears", 5));
            engine.put(vacancy);
            List<dev.rolefit.model.Candidate> withoutDegree = new ArrayList<>();
            for (String id : List.of("cand-no-degree-1", "cand-no-degree-2")) {
                withoutDegree.add(Fixtures.candidate(c -> {
                    c.put("id", id);
                    c.putArray("education").addObject().put("level", "SECONDARY");
                    c.putArray("experience").addObject().put("title", "Machine Learning Engineer")
                            .put("organization", "Telenet").put("startDate", "2015-06")
                            .put("description", "Model deployment.");
                }));
            }
            List<dev.rolefit.model.Candidate> withMaster = new ArrayList<>();
            for (String id : List.of("cand-master-1", "cand-master-2")) {
                withMaster.add(Fixtures.candidate(c -> c.put("id", id).set("skills",
                        Fixtures.JSON.createArrayNode().add("Python").add("SQL"))));
            }
            withoutDegree.forEach(engine::put);
            withMaster.forEach(engine::put);
            // (the premise: the estimate does put the candidates without a degree first)
            Prepared.Vacancy prepared = generation.preparer.vacancy(vacancy);
            assertTrue(generation.estimate.of(generation.preparer.candidate(withoutDegree.get(0)), prepared)
                    > generation.estimate.of(generation.preparer.candidate(withMaster.get(0)), prepared), "the estimate's order");
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
