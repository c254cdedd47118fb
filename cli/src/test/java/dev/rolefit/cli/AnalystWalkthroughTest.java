package dev.rolefit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The README's walkthroughs for analysts, done on a copy of the rules exactly as the README tells:
 * each step's command, each step's visible effect.
 */
class AnalystWalkthroughTest {


    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " no longer holds '" + from + "': update the README walkthrough");
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void changeAWeight_thenSeeTheEffectWithDiff(@TempDir Path dir) throws Exception {
        RuleFolders.copyOfRules(dir);
        replace(dir.resolve("data/scoring.csv"), "weight,SALARY,10", "weight,SALARY,25");

        Cli.Run check = Cli.run("rules", "check", dir.toString());
        Cli.Run diff = Cli.run("diff", "--rules-b", dir.toString(), "--candidates", "samples/candidates",
                "--vacancies", "samples/vacancies", "--as-of", "2026-11");

        assertEquals(0, check.exitCode(), check.toString());
        assertEquals(0, diff.exitCode(), diff.toString());
        assertTrue(diff.out().contains("rules: weights"), diff.out());
    }

    @Test
    void addASynonym_thenTheProfileReadsIt(@TempDir Path dir) throws Exception {
        RuleFolders.copyOfRules(dir);
        Path candidate = Files.writeString(dir.resolve("cand.json"),
                "{\"id\": \"cand-w1\", \"headline\": \"ML Engineer\", \"skills\": [\"Kubernetes\", \"kubernetis\"]}");
        Cli.Run before = Cli.run("profile", candidate.toString(), "--rules", dir.toString(), "--format", "json");
        replace(dir.resolve("data/skills.csv"), "k8s|kube", "k8s|kube|kubernetis");

        Cli.Run after = Cli.run("profile", candidate.toString(), "--rules", dir.toString(), "--format", "json");

        var json = dev.rolefit.model.RolefitJson.mapper();
        assertEquals("kubernetis", json.readTree(before.out()).path("profiles").get(0).path("unknownSkills").get(0).asText(),
                before.out());
        assertEquals(0, json.readTree(after.out()).path("profiles").get(0).path("unknownSkills").size(), after.out());
    }

    @Test
    void addAKnockoutWriteAScenarioCheckTestAndDiff(@TempDir Path dir) throws Exception {
        RuleFolders.copyOfRules(dir);
        // 1. The policy, as a rule: an internship is for people at the start of their career.
        Files.writeString(dir.resolve("seniority.drl"), """

                // An internship is for students and graduates: a candidate past the entry rung is not eligible.
                rule "Too senior for an internship"
                    @category("SENIORITY")
                when
                    VacancyFacts( employmentType == EmploymentType.INTERNSHIP )
                    CandidateFacts( seniority != null, seniority.compareTo( Seniority.ENTRY ) > 0, $own : seniority )
                then
                    score.knockout( drools, "Internships are for the start of a career; the candidate is " + words( $own ) );
                end
                """, StandardOpenOption.APPEND);
        replace(dir.resolve("seniority.drl"), "import dev.rolefit.model.Seniority;",
                "import dev.rolefit.model.Seniority;\nimport dev.rolefit.model.EmploymentType;");
        // 2. A scenario that says what the rule must do.
        Files.writeString(dir.resolve("scenarios/senior-engineer-is-too-senior-for-an-internship.json"), """
                {"scenario": "A senior ML engineer is not eligible for an internship", "asOf": "2026-11",
                 "candidate": {"file": "documents/ml-engineer-brussels.json",
                               "merge": {"employmentTypes": ["FULL_TIME", "INTERNSHIP"]}},
                 "vacancy": {"file": "documents/ml-engineer-vacancy-brussels.json",
                             "merge": {"employmentType": "INTERNSHIP", "seniority": "INTERN"}},
                 "expect": {"verdict": "REJECTED", "reasons": ["Too senior for an internship"]}}
                """);

        Cli.Run check = Cli.run("rules", "check", dir.toString());
        Cli.Run test = Cli.run("rules", "test", dir.toString());
        Cli.Run diff = Cli.run("diff", "--rules-b", dir.toString(), "--candidates", "samples/candidates",
                "--vacancies", "samples/vacancies", "--as-of", "2026-11");

        assertEquals(0, check.exitCode(), check.toString());
        assertEquals(0, test.exitCode(), test.toString());
        assertTrue(test.out().contains("PASS  senior-engineer-is-too-senior-for-an-internship.json"), test.out());
        assertTrue(diff.out().contains("+Too senior for an internship"), diff.out());
    }
}
