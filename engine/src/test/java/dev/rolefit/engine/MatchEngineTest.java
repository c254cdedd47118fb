package dev.rolefit.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.Match;
import dev.rolefit.model.RolefitJson;
import dev.rolefit.model.Vacancy;
import dev.rolefit.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.rolefit.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** The engine as an ATS embeds it: add, update, remove, retrieve, rank; the same answer on any number of threads. */
class MatchEngineTest {
    private static final ObjectMapper JSON = RolefitJson.mapper();

    private static MatchEngine engine(int threads) throws Exception {
        return MatchEngine.builder().rules(RulesTestBase.defaultRules()).asOf(AS_OF).threads(threads).build();
    }

    private static MatchEngine withSamples(int threads) throws Exception {
        MatchEngine engine = engine(threads);
        Documents.vacancies(List.of(Path.of("samples/vacancies"))).records().forEach(r -> engine.put(r.record()));
        Documents.candidates(List.of(Path.of("samples/candidates"))).records().forEach(r -> engine.put(r.record()));
        return engine;
    }

    @Test
    void bestSampleCandidateForTheSeniorMlVacancy_isRankedFirst() throws Exception {
        try (MatchEngine engine = withSamples(2)) {
            List<Match> shortlist = engine.candidatesFor("vac-001", MatchOptions.defaults());

            assertEquals("cand-001", shortlist.get(0).candidateId());
            assertEquals(Verdict.STRONG, shortlist.get(0).verdict());
            assertEquals(1, shortlist.get(0).rank());
        }
    }

    @Test
    void ranks_areConsecutiveAndOrderedByScore() throws Exception {
        try (MatchEngine engine = withSamples(2)) {
            List<Match> list = engine.candidatesFor("vac-001", MatchOptions.defaults().includeRejected(true));

            for (int i = 0; i < list.size(); i++) {
                assertEquals(i + 1, list.get(i).rank());
            }
            for (int i = 1; i < list.size(); i++) {
                Match before = list.get(i - 1);
                Match after = list.get(i);
                boolean rejectedLast = before.verdict() != Verdict.REJECTED && after.verdict() == Verdict.REJECTED;
                assertTrue(rejectedLast || (before.verdict() == Verdict.REJECTED) == (after.verdict() == Verdict.REJECTED)
                        && before.score() >= after.score(), before + " before " + after);
            }
        }
    }

    @Test
    void rejectedPairs_areLeftOutUnlessAskedFor() throws Exception {
        try (MatchEngine engine = withSamples(2)) {
            List<Match> kept = engine.candidatesFor("vac-001", MatchOptions.defaults());
            List<Match> all = engine.candidatesFor("vac-001", MatchOptions.defaults().includeRejected(true));

            assertTrue(kept.stream().noneMatch(m -> m.verdict() == Verdict.REJECTED));
            assertTrue(all.stream().anyMatch(m -> m.verdict() == Verdict.REJECTED));
            assertEquals(kept.size(), all.stream().filter(m -> m.verdict() != Verdict.REJECTED).count());
        }
    }

    @Test
    void topN_cutsEveryList() throws Exception {
        try (MatchEngine engine = withSamples(2)) {
            List<Match> all = engine.matchAll(MatchOptions.defaults().per(MatchOptions.Per.CANDIDATE).top(2));

            var perCandidate = all.stream().collect(Collectors.groupingBy(Match::candidateId, Collectors.counting()));
            assertTrue(perCandidate.values().stream().allMatch(n -> n <= 2), perCandidate.toString());
        }
    }

    @Test
    void aSingleLookup_givesTheSameListWhateverTheEngineThreads() throws Exception {
        // given 1,500 varied vacancies and three candidates
        Random random = new Random(20261203);
        List<String> skills = List.of("Python", "PyTorch", "MLOps", "AWS", "Kubernetes", "SQL", "TensorFlow", "Spark",
                "R", "Statistics", "Docker", "Terraform", "Power BI", "Scala");
        List<String> cities = List.of("Brussels", "Antwerp", "Leuven", "Ghent", "Amsterdam", "Berlin");
        List<String> families = List.of("ML_ENGINEER", "DATA_SCIENTIST", "AI_INFRASTRUCTURE_ENGINEER");
        List<Vacancy> vacancies = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            int n = i;
            vacancies.add(vacancy(v -> {
                v.put("id", "vac-" + n).put("roleFamily", families.get(random.nextInt(families.size())));
                v.putObject("location").put("city", cities.get(random.nextInt(cities.size())))
                        .put("countryCode", random.nextBoolean() ? "BE" : "NL");
                v.put("remotePolicy", random.nextInt(4) == 0 ? "REMOTE" : "HYBRID");
                var required = v.putArray("requiredSkills");
                List<String> shuffled = new ArrayList<>(skills);
                Collections.shuffle(shuffled, random);
                shuffled.subList(0, 1 + random.nextInt(4)).forEach(required::add);
            }));
        }
        List<Candidate> candidates = List.of(candidate(), candidate(c -> c.put("id", "cand-ghent")
                .putObject("location").put("city", "Ghent").put("countryCode", "BE")), candidate(c -> c.put("id", "cand-r")
                .set("skills", JSON.createArrayNode().add("R").add("Statistics").add("SQL"))));
        // when each candidate's list is made by an engine of one thread, and of two
        List<List<Match>> one = new ArrayList<>();
        List<List<Match>> two = new ArrayList<>();
        for (int threads : List.of(1, 2)) {
            try (MatchEngine engine = engine(threads)) {
                engine.putVacancies(vacancies);
                engine.putCandidates(candidates);
                for (Candidate c : candidates) {
                    // a top 10 (estimated in parts, stopping early) and a whole list (every pair scored)
                    (threads == 1 ? one : two).add(engine.vacanciesFor(c.id(), MatchOptions.defaults().top(10)));
                    (threads == 1 ? one : two).add(engine.vacanciesFor(c.id(), MatchOptions.defaults().top(0)));
                }
            }
        }
        // then every list is the same, byte for byte
        assertEquals(JSON.writeValueAsString(one), JSON.writeValueAsString(two));
        assertTrue(one.stream().anyMatch(list -> list.size() > 100), "the whole lists are long");
        assertTrue(one.stream().anyMatch(list -> list.size() == 10), "the top 10s are full");
    }

    @Test
    void sameInputOnOneOrFourThreads_givesByteIdenticalOutput() throws Exception {
        String one;
        String four;
        try (MatchEngine engine = withSamples(1)) {
            one = JSON.writeValueAsString(engine.matchAll(MatchOptions.defaults().includeRejected(true)));
        }
        try (MatchEngine engine = withSamples(4)) {
            four = JSON.writeValueAsString(engine.matchAll(MatchOptions.defaults().includeRejected(true)));
        }
        assertEquals(one, four);
    }

    @Test
    void scoringPairsInAnyOrder_givesTheSameResultForEachPair() throws Exception {
        try (MatchEngine engine = withSamples(1)) {
            List<Candidate> candidates = Documents.candidates(List.of(Path.of("samples/candidates"))).records().stream()
                    .map(Documents.Sourced::record).toList();
            List<Vacancy> vacancies = Documents.vacancies(List.of(Path.of("samples/vacancies"))).records().stream()
                    .map(Documents.Sourced::record).toList();
            List<String> fresh = new ArrayList<>();
            List<int[]> pairs = new ArrayList<>();
            for (int v = 0; v < 3; v++) {
                for (int c = 0; c < candidates.size(); c++) {
                    pairs.add(new int[]{c, v});
                }
            }
            // Each pair alone in a new engine is the reference.
            for (int[] p : pairs.subList(0, 6)) {
                try (MatchEngine alone = engine(1)) {
                    fresh.add(JSON.writeValueAsString(alone.score(candidates.get(p[0]), vacancies.get(p[1]))));
                }
            }
            Collections.shuffle(pairs, new Random(7));
            java.util.Map<String, String> shuffled = new java.util.HashMap<>();
            for (int[] p : pairs) {
                shuffled.put(p[0] + "/" + p[1], JSON.writeValueAsString(engine.score(candidates.get(p[0]), vacancies.get(p[1]))));
            }
            List<int[]> firstSix = new ArrayList<>();
            for (int v = 0; v < 3 && firstSix.size() < 6; v++) {
                for (int c = 0; c < candidates.size() && firstSix.size() < 6; c++) {
                    firstSix.add(new int[]{c, v});
                }
            }
            for (int i = 0; i < 6; i++) {
                assertEquals(fresh.get(i), shuffled.get(firstSix.get(i)[0] + "/" + firstSix.get(i)[1]));
            }
        }
    }

    @Test
    void indexedRetrieval_findsEveryPairExhaustiveScoringRanksAboveRejected() throws Exception {
        try (MatchEngine engine = withSamples(2)) {
            Set<String> indexed = engine.matchAll(MatchOptions.defaults()).stream()
                    .map(m -> m.candidateId() + "/" + m.vacancyId()).collect(Collectors.toSet());
            Set<String> exhaustive = engine.matchAll(MatchOptions.defaults().mode(MatchOptions.Mode.EXHAUSTIVE)).stream()
                    .map(m -> m.candidateId() + "/" + m.vacancyId()).collect(Collectors.toSet());

            assertEquals(exhaustive, indexed);
        }
    }

    @Test
    void synonymInACandidatesSkills_isRetrievedForTheCanonicalSkill() throws Exception {
        try (MatchEngine engine = engine(1)) {
            engine.put(vacancy(v -> {
                v.put("id", "vac-k8s");
                v.putNull("roleFamily");
                v.put("title", "Platform Operator");
                v.putArray("requiredSkills").add("Kubernetes");
                v.putArray("preferredSkills");
            }));
            engine.put(candidate(c -> {
                c.put("id", "cand-k8s");
                c.put("headline", "Operator");
                c.remove("summary");
                c.putArray("experience");
                c.putArray("certifications");
                c.putArray("skills").add("k8s");
            }));
            engine.put(candidate(c -> {
                c.put("id", "cand-none");
                c.put("headline", "Chef");
                c.remove("summary");
                c.putArray("experience");
                c.putArray("certifications");
                c.putArray("skills").add("Cooking");
            }));

            // Room for one: retrieval must put the candidate with "k8s" first for a Kubernetes vacancy.
            List<String> ids = engine.candidatesFor("vac-k8s", MatchOptions.defaults().includeRejected(true)
                    .retrieveLimit(1)).stream().map(Match::candidateId).toList();

            assertEquals(List.of("cand-k8s"), ids);
        }
    }

    @Test
    void putRemoveAndUpdate_showInTheNextSearch() throws Exception {
        try (MatchEngine engine = engine(2)) {
            engine.put(vacancy());
            engine.put(candidate());
            assertEquals(1, engine.candidatesFor("vac-t1", MatchOptions.defaults()).size());

            engine.put(candidate(c -> c.put("willingToRelocate", false).putObject("location")
                    .put("city", "Madrid").put("countryCode", "ES")));
            assertEquals(0, engine.candidatesFor("vac-t1", MatchOptions.defaults()).size(), "the update replaced the candidate");
            assertEquals(1, engine.candidateCount());

            assertTrue(engine.removeCandidate("cand-t1"));
            assertFalse(engine.removeCandidate("cand-t1"));
            assertEquals(List.of(), engine.candidatesFor("vac-t1", MatchOptions.defaults().includeRejected(true)));
        }
    }

    @Test
    void unknownId_isAnErrorNamingIt() throws Exception {
        try (MatchEngine engine = engine(1)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> engine.candidatesFor("vac-404", MatchOptions.defaults()));
            assertTrue(e.getMessage().contains("'vac-404'"));
        }
    }

    @Test
    void currencyWithoutExchangeRate_isAnErrorNamingIt() throws Exception {
        try (MatchEngine engine = engine(1)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> engine.put(candidate(c -> c.putObject("salaryExpectation").put("min", 9000000).put("currency", "JPY"))));
            assertTrue(e.getMessage().contains("'JPY'"), e.getMessage());
        }
    }

    @Test
    void counterfactuals_nameTheSmallestChangesThatLiftTheVerdict() throws Exception {
        try (MatchEngine engine = engine(1)) {
            var madrid = candidate(c -> c.putObject("location").put("city", "Madrid").put("countryCode", "ES"));
            var vacancy = vacancy(v -> v.putArray("requiredSkills").add("Python").add("PyTorch").add("MLOps").add("Terraform"));

            Counterfactuals found = engine.counterfactuals(madrid, vacancy);

            assertEquals(Verdict.REJECTED, found.before().verdict());
            Counterfactuals.Change relocate = found.changes().stream()
                    .filter(c -> c.change().equals("Be willing to relocate")).findFirst().orElseThrow();
            assertNotEquals(Verdict.REJECTED, relocate.verdict());
            assertEquals("Be willing to relocate", found.changes().get(0).change(), "the change that lifts the verdict comes first");
            assertTrue(found.changes().stream().noneMatch(c -> c.change().equals("Add the skill Terraform")),
                    "adding a skill does not lift a rejected verdict; it is not offered");
        }
    }

    @Test
    void counterfactuals_offerAMissingSkillWhenItRaisesTheScore() throws Exception {
        try (MatchEngine engine = engine(1)) {
            var vacancy = vacancy(v -> v.putArray("requiredSkills").add("Python").add("PyTorch").add("MLOps").add("Terraform"));

            Counterfactuals found = engine.counterfactuals(candidate(), vacancy);

            Counterfactuals.Change terraform = found.changes().stream()
                    .filter(c -> c.change().equals("Add the skill Terraform")).findFirst().orElseThrow();
            assertTrue(terraform.score() > found.before().score());
        }
    }

    @Test
    void personalData_neverReachesTheRules() throws Exception {
        Candidate c = candidate(node -> node.put("nationality", "BE").put("gender", "F").put("birthDate", "1990-01-01"));
        try (MatchEngine engine = engine(1)) {
            String facts = new Preparer(engine.rules(), AS_OF, new Profiler(engine.rules(), 1)).candidate(c).toString();
            for (String personal : List.of("Lotte", "Peeters", "example.com", "nationality", "gender", "1990")) {
                assertFalse(facts.contains(personal), "facts contain " + personal + ": " + facts);
            }
        }
    }

    @Test
    void personalDataOfAPlainTextResume_neverReachesTheRules(@TempDir Path dir) throws Exception {
        Path resume = Files.writeString(dir.resolve("lotte.txt"), """
                Jan (John) Peeters
                Nationality: Belgian
                Date of birth: 12 May 1990
                Gender: female
                Data Scientist

                Personal details
                Marital status: married

                Skills
                Python, R, SQL
                """);
        Candidate c = Documents.candidates(List.of(resume)).records().get(0).record();
        // The headline goes to the profile rules as a title: it must be the role, not the name or a birth date.
        assertEquals("Data Scientist", c.headline());
        try (MatchEngine engine = engine(1)) {
            String facts = new Preparer(engine.rules(), AS_OF, new Profiler(engine.rules(), 1)).candidate(c).toString()
                    .toLowerCase(Locale.ROOT);
            assertTrue(facts.contains("data scientist"), "the headline is read: " + facts);
            for (String personal : List.of("john", "peeters", "belgian", "1990", "female", "married")) {
                assertFalse(facts.contains(personal), "facts contain " + personal + ": " + facts);
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "\"{0}\" is {1} to the rules")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Kerkstraat 12, 9000 Gent    | Ghent",
            "Kerkstraat 12, Gent         | Ghent",
            "Kerkstraat 12 bus 3, Sint-Amandsberg | Sint-Amandsberg",
            "Ghent                       | Ghent"})
    void aStreetAddressInTheCityField_reachesTheRulesAsItsCityOnly(String written, String city) throws Exception {
        Candidate c = candidate(node -> node.putObject("location").put("city", written).put("countryCode", "BE"));
        try (MatchEngine engine = engine(1)) {
            String facts = new Preparer(engine.rules(), AS_OF, new Profiler(engine.rules(), 1)).candidate(c).toString();

            assertTrue(facts.contains("city=" + city + ","), facts);
            assertFalse(facts.contains("Kerkstraat") || facts.contains(" 12"), facts);
        }
    }

    @Test
    void whatTheEngineHandsOut_cannotBeChangedUnderIt() throws Exception {
        try (MatchEngine engine = withSamples(1)) {
            Profile profile = engine.profile(candidate());
            Explanation explanation = engine.explain(candidate(), vacancy());
            SearchResult search = engine.search("Python", Profile.Kind.CANDIDATE, 5);

            assertAll(
                    () -> assertThrows(UnsupportedOperationException.class, () -> profile.roleScores().clear()),
                    () -> assertThrows(UnsupportedOperationException.class, () -> profile.skillSources().clear()),
                    () -> assertThrows(UnsupportedOperationException.class, () -> profile.skills().clear()),
                    () -> assertThrows(UnsupportedOperationException.class, () -> explanation.notFired().clear()),
                    () -> assertThrows(UnsupportedOperationException.class, () -> search.facets().clear()),
                    () -> assertThrows(UnsupportedOperationException.class, () -> search.facets().get("roleFamily").clear()));
        }
    }

    @Test
    void newRoleFamily_needsOnlyDataRows(@TempDir Path dir) throws Exception {
        RuleBookTest.copyOfDefaultRules(dir);
        Files.writeString(dir.resolve("data/role-families.csv"), "DATA_ENGINEER,data engineer,14\n", StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("data/role-signals.csv"), String.join("\n",
                "DATA_ENGINEER,title,data engineer,6", "DATA_ENGINEER,skill,Spark,3", "DATA_ENGINEER,skill,Airflow,3",
                "DATA_ENGINEER,skill,dbt,2", "DATA_ENGINEER,skill,Kafka,2", "DATA_ENGINEER,skill,SQL,1") + "\n",
                StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("data/role-adjacency.csv"), "DATA_ENGINEER,ML_ENGINEER,0.5\n", StandardOpenOption.APPEND);

        try (MatchEngine engine = MatchEngine.builder().rules(dir).asOf(AS_OF).threads(1).build()) {
            Candidate dataEngineer = candidate(c -> {
                c.put("headline", "Data Engineer");
                c.remove("summary");
                c.putArray("certifications");
                c.putArray("experience").addObject().put("title", "Data Engineer").put("startDate", "2019-01")
                        .putNull("endDate").putArray("skills").add("Spark").add("Airflow").add("Kafka");
                c.putArray("skills").add("Spark").add("Airflow").add("dbt").add("SQL").add("Python");
            });

            assertEquals("DATA_ENGINEER", engine.profile(dataEngineer).roleFamily());
            Match m = engine.score(dataEngineer, vacancy());
            assertMessage(m, "Candidate works in an adjacent role family", "50% credit", "data engineer");
        }
    }
}
