package dev.rolefit.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Loading a rule set: the defaults compile; every problem is reported with file and line. */
class RuleBookTest {

    /** A copy of the project's rules/ folder that a test may break. */
    static Path copyOfDefaultRules(Path dir) throws IOException {
        Path source = Path.of("rules");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path target = dir.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return dir;
    }

    @Test
    void defaultRules_compileWithEveryConcernAndTheTaxonomy() throws Exception {
        RuleBook book = RulesTestBase.defaultRules();

        assertTrue(book.ruleNames().size() >= 50, "rules: " + book.ruleNames().size());
        assertTrue(book.skillCount() >= 300, "skills: " + book.skillCount());
        assertEquals(List.of("ROLE", "SKILLS", "EDUCATION", "SENIORITY", "SALARY", "LOCATION", "EMPLOYMENT", "LANGUAGE"),
                List.copyOf(book.weights().keySet()));
        assertTrue(book.version().matches("sha256:[0-9a-f]{64}"), book.version());
    }

    @Test
    void theProjectFolderAndTheBuiltInRules_areTheSameVersion(@TempDir Path dir) throws Exception {
        RuleBook fromFolder = RuleBook.load(Path.of("rules"));

        assertEquals(RulesTestBase.defaultRules().version(), fromFolder.version());
    }

    @Test
    void anyEdit_changesTheVersion(@TempDir Path dir) throws Exception {
        copyOfDefaultRules(dir);
        String before = RuleBook.load(dir).version();
        Files.writeString(dir.resolve("skills.drl"), "\n// an analyst's note\n", StandardOpenOption.APPEND);

        assertNotEquals(before, RuleBook.load(dir).version());
    }

    @Test
    void drlSyntaxError_isReportedWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        copyOfDefaultRules(dir);
        Files.writeString(dir.resolve("salary.drl"), """

                rule "Broken on purpose"
                when
                    VacancyFacts( salaryMax > )
                then
                end
                """, StandardOpenOption.APPEND);
        long lines = Files.readAllLines(dir.resolve("salary.drl")).size();

        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleBook.load(dir));

        RuleProblem p = e.problems().get(0);
        assertEquals("salary.drl", p.file());
        assertTrue(p.line() > lines - 6 && p.line() <= lines, "line " + p.line() + " of " + lines + ": " + e.getMessage());
        assertTrue(e.getMessage().contains("salary.drl:" + p.line()), e.getMessage());
    }

    @Test
    void unknownFieldInARule_isReportedWithItsFile(@TempDir Path dir) throws Exception {
        copyOfDefaultRules(dir);
        Files.writeString(dir.resolve("language.drl"), """

                rule "Uses a field that does not exist"
                    @category("LANGUAGE")
                when
                    CandidateFacts( shoeSize > 40 )
                then
                end
                """, StandardOpenOption.APPEND);

        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleBook.load(dir));

        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("language.drl") && p.message().contains("shoeSize")),
                e.getMessage());
    }

    @Test
    void malformedDataRows_areAllReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        copyOfDefaultRules(dir);
        Files.writeString(dir.resolve("data/scoring.csv"), "weight,SKILLS_EXTRA,lots\nweight,SKILLS_MORE,NaN\n"
                + "weight,SKILLS_MOST,1e999\n", StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("data/role-adjacency.csv"), "DATA_ENGINEER,ML_ENGINEER,0.5\n", StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("data/exchange-rates.csv"), "JPY\n", StandardOpenOption.APPEND);
        long scoringLines = Files.readAllLines(dir.resolve("data/scoring.csv")).size();

        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleBook.load(dir));

        assertTrue(e.problems().contains(new RuleProblem("data/scoring.csv", (int) scoringLines - 2, 0,
                "column 'value' is 'lots', not a number")), e.getMessage());
        assertTrue(e.problems().contains(new RuleProblem("data/scoring.csv", (int) scoringLines - 1, 0,
                "column 'value' is 'NaN', not a number")), e.getMessage());
        assertTrue(e.problems().contains(new RuleProblem("data/scoring.csv", (int) scoringLines, 0,
                "column 'value' is '1e999', not a number")), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("data/role-adjacency.csv")
                && p.message().contains("'DATA_ENGINEER'")), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("data/exchange-rates.csv")
                && p.message().contains("1 cells")), e.getMessage());
    }

    @Test
    void taxonomyWithADuplicateSynonymAndADanglingRelation_isRefused(@TempDir Path dir) throws Exception {
        copyOfDefaultRules(dir);
        Files.writeString(dir.resolve("data/skills.csv"),
                "Kubeflow Pipelines,MLOPS,k8s,Kubeflow:0.8|Argo Rollouts:0.5,yes\n", StandardOpenOption.APPEND);

        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleBook.load(dir));

        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("'k8s'") && p.message().contains("already")),
                e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("'Argo Rollouts'")), e.getMessage());
    }

    @Test
    void roleSignalNamingASkillOutsideTheTaxonomy_isRefused(@TempDir Path dir) throws Exception {
        copyOfDefaultRules(dir);
        Files.writeString(dir.resolve("data/role-signals.csv"), "ML_ENGINEER,skill,Quantum Vibes,2\n", StandardOpenOption.APPEND);

        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleBook.load(dir));

        assertTrue(e.getMessage().contains("data/role-signals.csv:"), e.getMessage());
        assertTrue(e.getMessage().contains("'Quantum Vibes'"), e.getMessage());
    }

    @Test
    void missingFolder_isAnIoErrorNamingIt() {
        IOException e = assertThrows(IOException.class, () -> RuleBook.load(Path.of("no-such-rules")));

        assertTrue(e.getMessage().contains("no-such-rules"));
    }
}
