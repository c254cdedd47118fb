package dev.rolefit.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenarios that ship beside the default rules: all pass, and together they cover every scoring rule. */
class DefaultScenariosTest {
    static List<ScenarioRunner.Outcome> outcomes;

    @BeforeAll
    static void run() throws Exception {
        outcomes = ScenarioRunner.run(Path.of("rules"), RulesTestBase.defaultRules());
    }

    @Test
    void defaultRules_shipWithAtLeastFifteenScenarios() {
        assertTrue(outcomes.size() >= 15, "scenarios: " + outcomes.size());
    }

    @Test
    void everyScenario_passes() {
        String failures = outcomes.stream().filter(o -> !o.passed())
                .map(o -> o.file() + ": " + o.name() + "\n    " + String.join("\n    ", o.differences()))
                .collect(Collectors.joining("\n"));
        assertEquals("", failures);
    }

    @Test
    void everyScoringRule_isExpectedBySomeScenario() throws Exception {
        Set<String> uncovered = ScenarioRunner.uncovered(outcomes, RulesTestBase.defaultRules());
        assertEquals(Set.of(), uncovered);
    }
}
