package dev.rolefit.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The scenario runner says what differs, in words, and never passes a scenario it could not run. */
class ScenarioRunnerTest {

    private static Path rulesWith(Path dir, String name, String scenario) throws Exception {
        RuleBookTest.copyOfDefaultRules(dir);
        try (var old = Files.list(dir.resolve("scenarios"))) {
            for (Path p : old.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(dir.resolve("scenarios").resolve(name), scenario);
        return dir;
    }

    @Test
    void wrongExpectations_areListedAsDifferences(@TempDir Path dir) throws Exception {
        rulesWith(dir, "wrong.json", """
                {"scenario": "expects the wrong things", "asOf": "2026-11",
                 "candidate": {"file": "documents/ml-engineer-brussels.json"},
                 "vacancy": {"file": "documents/ml-engineer-vacancy-brussels.json"},
                 "expect": {"verdict": "REJECTED", "score": {"max": 10},
                            "reasons": ["Does not speak a required language", "No such rule"],
                            "absent": ["Lives in the vacancy's city"]}}
                """);

        List<ScenarioRunner.Outcome> outcomes = ScenarioRunner.run(dir, RuleBook.load(dir));

        ScenarioRunner.Outcome o = outcomes.get(0);
        assertFalse(o.passed());
        assertEquals(5, o.differences().size(), o.differences().toString());
        assertTrue(o.differences().get(0).startsWith("verdict: expected REJECTED, got STRONG"), o.differences().get(0));
        assertTrue(o.differences().stream().anyMatch(d -> d.contains("'No such rule' names no rule")));
        assertTrue(o.differences().stream().anyMatch(d -> d.startsWith("reason 'Lives in the vacancy's city' fired but should not")));
    }

    @Test
    void mergePatch_changesOnlyWhatItNames(@TempDir Path dir) throws Exception {
        rulesWith(dir, "madrid.json", """
                {"scenario": "moved to Madrid", "asOf": "2026-11",
                 "candidate": {"file": "documents/ml-engineer-brussels.json",
                               "merge": {"location": {"city": "Madrid", "countryCode": "ES"}, "summary": null}},
                 "vacancy": {"file": "documents/ml-engineer-vacancy-brussels.json"},
                 "expect": {"verdict": "REJECTED", "reasons": ["Out of reach and not relocating"]}}
                """);

        ScenarioRunner.Outcome o = ScenarioRunner.run(dir, RuleBook.load(dir)).get(0);

        assertTrue(o.passed(), o.differences().toString());
    }

    @Test
    void scenarioThatCannotRun_failsWithTheReason(@TempDir Path dir) throws Exception {
        rulesWith(dir, "broken.json", """
                {"scenario": "no such document", "asOf": "2026-11",
                 "candidate": {"file": "documents/nobody.json"},
                 "vacancy": {"file": "documents/ml-engineer-vacancy-brussels.json"},
                 "expect": {"verdict": "STRONG"}}
                """);

        ScenarioRunner.Outcome o = ScenarioRunner.run(dir, RuleBook.load(dir)).get(0);

        assertFalse(o.passed());
        assertTrue(o.differences().get(0).contains("nobody.json"), o.differences().toString());
    }

    @Test
    void scenarioWithoutAsOf_isRefused(@TempDir Path dir) throws Exception {
        rulesWith(dir, "undated.json", """
                {"scenario": "undated",
                 "candidate": {"file": "documents/ml-engineer-brussels.json"},
                 "vacancy": {"file": "documents/ml-engineer-vacancy-brussels.json"}, "expect": {}}
                """);

        ScenarioRunner.Outcome o = ScenarioRunner.run(dir, RuleBook.load(dir)).get(0);

        assertFalse(o.passed());
        assertTrue(o.differences().get(0).contains("asOf"));
    }
}
