package dev.rolefit.engine;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.rolefit.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** Recruiter search: the query language, synonyms, filters, where each term matched, facets, errors. */
class SearchTest {
    static MatchEngine engine;

    @BeforeAll
    static void load() throws Exception {
        engine = MatchEngine.builder().rules(RulesTestBase.defaultRules()).asOf(AS_OF).threads(2).build();
        engine.putCandidates(Documents.candidates(List.of(Path.of("samples/candidates"))).records().stream()
                .map(Documents.Sourced::record).toList());
        engine.putVacancies(Documents.vacancies(List.of(Path.of("samples/vacancies"))).records().stream()
                .map(Documents.Sourced::record).toList());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static Set<String> ids(String query) {
        return engine.search(query, Profile.Kind.CANDIDATE, 100).hits().stream()
                .map(SearchResult.Hit::id).collect(Collectors.toSet());
    }

    private static Set<String> where(java.util.function.Predicate<Profile> p) {
        return Documents.candidates(List.of(Path.of("samples/candidates"))).records().stream()
                .map(Documents.Sourced::record).map(engine::profile).filter(p).map(Profile::id).collect(Collectors.toSet());
    }

    @Test
    void synonym_findsTheCanonicalSkill() {
        assertEquals(ids("Kubernetes"), ids("k8s"));
        assertFalse(ids("k8s").isEmpty());
    }

    @Test
    void andOrNotAndParentheses_combineAsWritten() {
        Set<String> pytorch = ids("PyTorch");
        Set<String> r = ids("R");
        Set<String> both = ids("PyTorch AND R");
        Set<String> either = ids("PyTorch OR R");
        Set<String> onlyPytorch = ids("PyTorch NOT R");

        assertEquals(pytorch.stream().filter(r::contains).collect(Collectors.toSet()), both);
        assertEquals(java.util.stream.Stream.concat(pytorch.stream(), r.stream()).collect(Collectors.toSet()), either);
        assertEquals(pytorch.stream().filter(id -> !r.contains(id)).collect(Collectors.toSet()), onlyPytorch);
        assertEquals(ids("PyTorch -R"), onlyPytorch);
        assertEquals(ids("(PyTorch OR R) AND Statistics"), ids("PyTorch Statistics OR R Statistics"));
    }

    @Test
    void quotedMultiWordSkill_isOneSkill() {
        assertEquals(ids("\"Machine Learning\""), ids("ML"));
    }

    @Test
    void seniorityRange_andYears_filterOnTheProfile() {
        Set<String> expected = where(p -> p.seniority() != null && p.seniority().compareTo(dev.rolefit.model.Seniority.MID_SENIOR) >= 0
                && p.yearsExperience() >= 5 && p.skills().contains("Python"));

        assertEquals(expected, ids("Python seniority:>=MID_SENIOR years:>=5"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Python city:Brussels",
            "Python city:Bruxelles",
            "Python country:BE",
            "Python family:DATA_SCIENTIST",
            "Python language:nl",
            "Python language:nl>=FLUENT",
            "Python remote:REMOTE",
            "Python salary:<=60000"})
    void filters_narrowTheHitsToDocumentsThatSatisfyThem(String query) {
        Set<String> narrowed = ids(query);

        assertTrue(ids("Python").containsAll(narrowed));
        assertTrue(narrowed.size() < ids("Python").size(), query + " narrowed nothing");
    }

    @Test
    void filterAlone_findsEveryDocumentThatSatisfiesIt() {
        assertEquals(where(p -> "DATA_SCIENTIST".equals(p.roleFamily())), ids("family:DATA_SCIENTIST"));
    }

    @Test
    void eachHit_saysWhichTermsMatchedAndWhere() {
        SearchResult result = engine.search("PyTorch Kubernetes", Profile.Kind.CANDIDATE, 5);

        SearchResult.Hit best = result.hits().get(0);
        assertEquals(2, best.matched().size(), best.toString());
        assertTrue(best.matched().stream().allMatch(m -> m.matches(".+ \\((listed skill|work entry|summary or description)\\)")),
                best.matched().toString());
    }

    @Test
    void listedSkills_rankAboveSkillsOnlyNamedInText() {
        SearchResult result = engine.search("PyTorch", Profile.Kind.CANDIDATE, 100);

        List<String> where = result.hits().stream().map(h -> h.matched().get(0)).toList();
        int lastListed = where.lastIndexOf("PyTorch (listed skill)");
        int firstText = where.indexOf("PyTorch (summary or description)");
        assertTrue(firstText < 0 || lastListed < firstText, where.toString());
    }

    @Test
    void facets_countAllHitsByFamilySeniorityCityAndSkill() {
        SearchResult result = engine.search("Python", Profile.Kind.CANDIDATE, 3);

        assertEquals(3, result.hits().size());
        assertEquals(result.total(), result.facets().get("roleFamily").values().stream().mapToInt(Integer::intValue).sum()
                + (int) where(p -> p.roleFamily() == null && p.skills().contains("Python")).size());
        assertEquals(result.total(), (int) result.facets().get("skills").get("Python"));
    }

    @Test
    void remoteYes_meansRemote() {
        assertEquals(ids("Python remote:REMOTE"), ids("Python remote:yes"));
    }

    @Test
    void equalScores_areOrderedById_andTotalCountsBeyondTheHitsShown() {
        SearchResult result = engine.search("Python", Profile.Kind.CANDIDATE, 4);

        assertEquals(4, result.hits().size());
        assertTrue(result.total() > 4, result.toString());
        for (int i = 1; i < result.hits().size(); i++) {
            SearchResult.Hit before = result.hits().get(i - 1);
            SearchResult.Hit hit = result.hits().get(i);
            assertTrue(before.score() > hit.score() || (before.score() == hit.score() && before.id().compareTo(hit.id()) < 0),
                    result.hits().toString());
        }
    }

    @Test
    void vacancies_areSearchedToo() {
        SearchResult result = engine.search("Terraform family:AI_INFRASTRUCTURE_ENGINEER", Profile.Kind.VACANCY, 10);

        assertTrue(result.hits().stream().anyMatch(h -> h.id().equals("vac-003")), result.toString());
    }

    @ParameterizedTest(name = "\"{0}\" fails at {1}")
    @CsvSource(delimiter = '|', value = {
            "PyTorch AND (Kubernetes OR Docker | 12",
            "PyTorch AND | 11",
            "\"machine learning | 0",
            "seniority:>=SUPREME | 0",
            "colour:blue | 0",
            "years:>=five | 8",
            "PyTorch ) | 8"})
    void queryThatDoesNotParse_pointsAtThePosition(String query, int position) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> engine.search(query, Profile.Kind.CANDIDATE, 10));

        assertTrue(e.getMessage().contains("at position " + position), e.getMessage());
        assertTrue(e.getMessage().contains("\n  " + " ".repeat(position) + "^"), e.getMessage());
    }

    @Test
    void unknownWord_isSearchedAsWrittenWithANote() {
        SearchResult result = engine.search("Flurbo", Profile.Kind.CANDIDATE, 10);

        assertEquals(0, result.total());
        assertTrue(result.notes().get(0).contains("'Flurbo' is not a skill the taxonomy knows"));
    }
}
