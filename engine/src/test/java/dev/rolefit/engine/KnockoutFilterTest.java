package dev.rolefit.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.model.Candidate;
import dev.rolefit.model.Match;
import dev.rolefit.model.Reason;
import dev.rolefit.model.Vacancy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retrieval may skip a pair only when a knockout rule rejects it: the filters in
 * {@link KnockoutFilter} restate six knockout rules, and these tests hold them to the rules on a
 * varied population (cities inside and outside a commuting region, relocation, contract types,
 * languages at every level, salaries on both sides of the cap, juniors and senior roles).
 */
class KnockoutFilterTest {
    private static final int PEOPLE = 48;
    private static final int ROLES = 40;
    private static Generation generation;
    private static List<Prepared.Candidate> candidates;
    private static List<Prepared.Vacancy> vacancies;
    private static Evaluator evaluator;

    @BeforeAll
    static void prepare() throws Exception {
        RuleBook rules = RulesTestBase.defaultRules();
        generation = new Generation(rules, Fixtures.AS_OF, 1);
        evaluator = new Evaluator(rules);
        Random random = new Random(20261122);
        candidates = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            candidates.add(generation.preparer.candidate(Fixtures.candidate(variedCandidate(random, "cand-k" + i))));
        }
        vacancies = new ArrayList<>();
        for (int i = 0; i < ROLES; i++) {
            vacancies.add(generation.preparer.vacancy(Fixtures.vacancy(variedVacancy(random, "vac-k" + i))));
        }
    }

    @AfterAll
    static void close() {
        evaluator.close();
        generation.retire();
    }

    @Test
    void everyPairAFilterSkipsIsRejectedByThatKnockoutRule() {
        Map<String, Integer> skippedBy = new TreeMap<>();
        int viable = 0;
        for (Prepared.Candidate c : candidates) {
            for (Prepared.Vacancy v : vacancies) {
                // given a pair, when a filter says a knockout rule rejects it
                Optional<String> rule = generation.knockouts.rejects(c, v);
                Match scored = evaluator.score(c, v);
                viable += scored.verdict() == dev.rolefit.model.Verdict.REJECTED ? 0 : 1;
                if (rule.isPresent()) {
                    skippedBy.merge(rule.get(), 1, Integer::sum);
                    // then the rules, run in full, knock it out with that very rule
                    assertTrue(scored.reasons().stream().anyMatch(r -> r.knockout() && r.rule().equals(rule.get())),
                            () -> c.id() + " × " + v.id() + ": the filter says '" + rule.get()
                                    + "' but the rules give " + knockouts(scored));
                }
            }
        }
        // The population is varied enough to exercise every filter, and leaves pairs to score.
        assertEquals(Set.of(KnockoutFilter.EMPLOYMENT_RULE, KnockoutFilter.LANGUAGE_MISSING_RULE,
                KnockoutFilter.LANGUAGE_BELOW_RULE, KnockoutFilter.LOCATION_RULE, KnockoutFilter.SALARY_RULE,
                KnockoutFilter.SENIORITY_RULE), skippedBy.keySet(), "pairs skipped per rule: " + skippedBy);
        assertTrue(viable > PEOPLE, "only " + viable + " pairs survive the knockouts");
    }

    @Test
    void theVacancyQueryLeavesOutExactlyTheVacanciesTheFiltersReject() throws IOException {
        try (ProfileIndex<String> index = new ProfileIndex<>()) {
            vacancies.forEach(v -> index.put(v.id(), v.id(), Map.of(), null, KnockoutFilter.fields(v)));
            index.refresh();
            for (Prepared.Candidate c : candidates) {
                Set<String> expected = new TreeSet<>();
                vacancies.stream().filter(v -> generation.knockouts.rejects(c, v).isEmpty()).forEach(v -> expected.add(v.id()));
                Set<String> found = index.withSearcher(searcher -> {
                    BooleanQuery.Builder query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
                    generation.knockouts.excludeVacancies(query, c, searcher.getIndexReader());
                    return ids(searcher, query.build());
                });
                assertEquals(expected, found, "vacancies retrieved for " + c.id());
            }
        }
    }

    @Test
    void theCandidateQueryLeavesOutExactlyTheCandidatesTheFiltersReject() {
        try (ProfileIndex<String> index = new ProfileIndex<>()) {
            candidates.forEach(c -> index.put(c.id(), c.id(), Map.of(), null, KnockoutFilter.fields(c)));
            index.refresh();
            for (Prepared.Vacancy v : vacancies) {
                Set<String> expected = new TreeSet<>();
                candidates.stream().filter(c -> generation.knockouts.rejects(c, v).isEmpty()).forEach(c -> expected.add(c.id()));
                Set<String> found = index.withSearcher(searcher -> {
                    BooleanQuery.Builder query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
                    generation.knockouts.excludeCandidates(query, v);
                    return ids(searcher, query.build());
                });
                assertEquals(expected, found, "candidates retrieved for " + v.id());
            }
        }
    }

    @Test
    void indexedListsEqualExhaustiveListsWhenRetrievalIsNotCut() throws Exception {
        // given the varied population in an engine
        try (MatchEngine engine = MatchEngine.builder().rules(RulesTestBase.defaultRules()).asOf(Fixtures.AS_OF)
                .threads(2).build()) {
            Random random = new Random(20261122);
            List<Candidate> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                people.add(Fixtures.candidate(variedCandidate(random, "cand-k" + i)));
            }
            List<Vacancy> roles = new ArrayList<>();
            for (int i = 0; i < ROLES; i++) {
                roles.add(Fixtures.vacancy(variedVacancy(random, "vac-k" + i)));
            }
            engine.putCandidates(people);
            engine.putVacancies(roles);
            for (MatchOptions.Per per : MatchOptions.Per.values()) {
                MatchOptions options = MatchOptions.defaults().per(per).retrieveLimit(PEOPLE + ROLES);
                // when both modes rank every list in full, rejected pairs left out
                List<Match> indexed = engine.matchAll(options.mode(MatchOptions.Mode.INDEXED));
                List<Match> exhaustive = engine.matchAll(options.mode(MatchOptions.Mode.EXHAUSTIVE));
                // then skipping knocked-out pairs changed nothing but the work
                assertFalse(exhaustive.isEmpty());
                assertEquals(exhaustive, indexed, "lists per " + per);
            }
        }
    }

    @Test
    void aRenamedKnockoutRuleSwitchesItsFilterOff(@TempDir Path dir) throws Exception {
        // given the default rules with the seniority knockout renamed by an analyst
        Path rules = RuleBookTest.copyOfDefaultRules(dir);
        Path drl = rules.resolve("seniority.drl");
        Files.writeString(drl, Files.readString(drl).replace("rule \"Far too junior for the vacancy\"",
                "rule \"Three rungs too junior for the vacancy\""));
        KnockoutFilter filter = KnockoutFilter.of(RuleBook.load(rules));
        // when the filters judge every pair, then none claims the old rule
        Set<String> claimed = new HashSet<>();
        for (Prepared.Candidate c : candidates) {
            for (Prepared.Vacancy v : vacancies) {
                filter.rejects(c, v).ifPresent(claimed::add);
            }
        }
        assertFalse(claimed.contains(KnockoutFilter.SENIORITY_RULE), "claimed: " + claimed);
        assertTrue(claimed.contains(KnockoutFilter.LOCATION_RULE), "claimed: " + claimed);
    }

    private static Set<String> ids(org.apache.lucene.search.IndexSearcher searcher, org.apache.lucene.search.Query query)
            throws IOException {
        Set<String> ids = new TreeSet<>();
        var stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query, 10_000).scoreDocs) {
            ids.add(stored.document(hit.doc).get(ProfileIndex.ID));
        }
        return ids;
    }

    private static List<String> knockouts(Match m) {
        return m.reasons().stream().filter(Reason::knockout).map(Reason::rule).toList();
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** The baseline ML engineer, moved, made junior, and given other wishes and languages. */
    private static Consumer<ObjectNode> variedCandidate(Random random, String id) {
        String city = pick(random, List.of("Brussels|BE", "Antwerp|BE", "Amsterdam|NL", "Utrecht|NL", "Lyon|FR"));
        boolean relocates = random.nextInt(4) == 0;
        String types = pick(random, List.of("[\"FULL_TIME\"]", "[\"CONTRACT\"]", "[\"FULL_TIME\", \"CONTRACT\"]", "[]"));
        String english = pick(random, List.of("NATIVE", "PROFESSIONAL", "LIMITED", "ELEMENTARY", "none"));
        String dutch = pick(random, List.of("NATIVE", "FLUENT", "LIMITED", "none"));
        Integer salary = pick(random, java.util.Arrays.asList(60_000, 90_000, 132_000, 132_001, 150_000, null));
        boolean junior = random.nextInt(3) == 0;
        return c -> {
            c.put("id", id);
            String[] place = city.split("\\|");
            c.putObject("location").put("city", place[0]).put("countryCode", place[1]);
            c.put("willingToRelocate", relocates);
            c.set("employmentTypes", read(types));
            StringBuilder languages = new StringBuilder("[{\"language\": \"fr\", \"fluency\": \"FLUENT\"}");
            if (!english.equals("none")) {
                languages.append(", {\"language\": \"en\", \"fluency\": \"").append(english).append("\"}");
            }
            if (!dutch.equals("none")) {
                languages.append(", {\"language\": \"nl\", \"fluency\": \"").append(dutch).append("\"}");
            }
            c.set("languages", read(languages + "]"));
            if (salary == null) {
                c.remove("salaryExpectation");
            } else {
                c.putObject("salaryExpectation").put("min", salary).put("currency", "EUR").put("period", "YEAR");
            }
            if (junior) {
                c.put("headline", "Junior machine learning engineer");
                c.set("experience", read("""
                        [{"title": "Junior Machine Learning Engineer", "organization": "Delhaize", "startDate": "2026-02",
                          "endDate": null, "description": "Trains forecasting models in PyTorch.", "skills": ["Python", "PyTorch"]}]
                        """));
                c.set("skills", read("[{\"name\": \"Python\", \"level\": \"INTERMEDIATE\", \"years\": 1},"
                        + " {\"name\": \"PyTorch\", \"level\": \"BEGINNER\", \"years\": 1}, {\"name\": \"MLOps\"}]"));
            }
        };
    }

    /** The baseline ML vacancy, moved, made remote, senior or junior, and with other terms. */
    private static Consumer<ObjectNode> variedVacancy(Random random, String id) {
        String city = pick(random, List.of("Brussels|BE", "Leuven|BE", "Amsterdam|NL", "Munich|DE"));
        String policy = pick(random, List.of("ONSITE", "HYBRID", "HYBRID", "REMOTE"));
        String type = pick(random, java.util.Arrays.asList("FULL_TIME", "FULL_TIME", "CONTRACT", null));
        String language = pick(random, List.of("en:PROFESSIONAL", "en:FLUENT", "nl:FLUENT", "nl:LIMITED", "none"));
        Integer top = pick(random, java.util.Arrays.asList(110_000, 75_000, null));
        String seniority = pick(random, List.of("ENTRY", "MID_SENIOR", "LEAD", "DIRECTOR"));
        return v -> {
            v.put("id", id);
            String[] place = city.split("\\|");
            v.putObject("location").put("city", place[0]).put("countryCode", place[1]);
            v.put("remotePolicy", policy);
            if (type == null) {
                v.remove("employmentType");
            } else {
                v.put("employmentType", type);
            }
            if (language.equals("none")) {
                v.remove("languages");
            } else {
                String[] need = language.split(":");
                v.set("languages", read("[{\"language\": \"" + need[0] + "\", \"minFluency\": \"" + need[1] + "\"}]"));
            }
            if (top == null) {
                v.remove("salary");
            } else {
                v.putObject("salary").put("min", top / 2).put("max", top).put("currency", "EUR").put("period", "YEAR");
            }
            v.put("seniority", seniority);
        };
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return Fixtures.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
