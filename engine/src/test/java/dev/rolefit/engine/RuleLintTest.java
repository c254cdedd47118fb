package dev.rolefit.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** What compiles but must not run: protected attributes, unsafe calls, undeclared categories, unknown skills. */
class RuleLintTest {
    static SkillTaxonomy taxonomy;
    static final Set<String> CATEGORIES = Set.of("ROLE", "SKILLS", "SALARY", "LANGUAGE");

    @BeforeAll
    static void load() throws Exception {
        taxonomy = RulesTestBase.defaultRules().taxonomy();
    }

    private static List<RuleProblem> lint(String lhs, String rhs) {
        String drl = """
                package rolefit;
                import dev.rolefit.engine.facts.*;

                // A rule under test: its comment may say anything, even gender or System.exit.
                rule "Under test"
                    @category("SKILLS")
                when
                    %s
                then
                    %s
                end
                """.formatted(lhs, rhs);
        return RuleLint.check("test.drl", drl, CATEGORIES, taxonomy);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CandidateFacts( gender == \"F\" )                | gender",
            "CandidateFacts( extra[\"nationality\"] == \"BE\" ) | nationality",
            "CandidateFacts( $a : age > 50 )                  | age",
            "HasSkill( skill == \"Photo editing\" )            | Photo",
            "CandidateFacts( birthDate != null )              | birthDate",
            "CandidateFacts( maritalStatus == \"married\" )    | married"})
    void protectedAttribute_inAPattern_isAnError(String lhs, String word) {
        List<RuleProblem> problems = lint(lhs, "score.award( drools, 1, 1, \"ok\" );");

        assertTrue(problems.stream().anyMatch(p -> p.message().contains("protected attribute") && p.line() == 8),
                problems.toString());
    }

    @Test
    void protectedAttribute_inAMessage_isAnErrorToo() {
        List<RuleProblem> problems = lint("CandidateFacts()", "score.award( drools, 1, 1, \"Right age for the team\" );");

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(10, problems.get(0).line());
    }

    @Test
    void protectedWords_inComments_areAllowed() {
        assertEquals(List.of(), lint("CandidateFacts() // not gender, not age", "score.award( drools, 1, 1, \"fine\" );"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "System.exit( 1 );",
            "Runtime.getRuntime().exec( \"rm -rf /\" );",
            "new ProcessBuilder( \"sh\" ).start();",
            "java.nio.file.Files.writeString( null, \"x\" );",
            "Class.forName( \"x.Y\" );",
            "new Thread( () -> {} ).start();",
            "Object o = score.getClass();"})
    void callOutsideTheRuleSurface_isAnErrorAtItsPlace(String rhs) {
        List<RuleProblem> problems = lint("CandidateFacts()", rhs);

        assertFalse(problems.isEmpty(), rhs);
        assertTrue(problems.stream().allMatch(p -> p.line() == 10 && p.message().contains("outside what rules may use")),
                problems.toString());
        assertTrue(problems.get(0).column() > 1);
    }

    @Test
    void importOutsideTheAllowList_isAnError() {
        String drl = "package rolefit;\nimport java.io.File;\nimport dev.rolefit.model.Seniority;\n";

        List<RuleProblem> problems = RuleLint.check("x.drl", drl, CATEGORIES, taxonomy);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("java.io.File"));
    }

    @Test
    void undeclaredCategory_isAnError() {
        String drl = "rule \"x\"\n    @category(\"CULTURE_FIT\")\nwhen\nthen\nend\n";

        List<RuleProblem> problems = RuleLint.check("x.drl", drl, CATEGORIES, taxonomy);

        assertEquals(List.of(new RuleProblem("x.drl", 2, 16,
                "category 'CULTURE_FIT' is not declared in data/scoring.csv " + CATEGORIES)), problems);
    }

    @Test
    void skillOutsideTheTaxonomy_isAnErrorThatSuggestsTheCanonicalName() {
        List<RuleProblem> problems = lint("HasSkill( skill == \"k8s\" )", "score.award( drools, 1, 1, \"ok\" );");

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("did you mean \"Kubernetes\""), problems.get(0).message());
    }

    @Test
    void lintProblems_stopTheRuleSetFromLoading(@TempDir Path dir) throws Exception {
        RuleBookTest.copyOfDefaultRules(dir);
        Files.writeString(dir.resolve("language.drl"), """

                // An analyst's mistake: never look at age.
                rule "Young team"
                    @category("LANGUAGE")
                when
                    CandidateFacts( relevantYears < 3 )
                then
                    score.award( drools, 1, 1, "Fits a young team of similar age" );
                end
                """, StandardOpenOption.APPEND);

        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleBook.load(dir));

        assertTrue(e.getMessage().contains("language.drl:"), e.getMessage());
        assertTrue(e.getMessage().contains("'age'"), e.getMessage());
    }
}
