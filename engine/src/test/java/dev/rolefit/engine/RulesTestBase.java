package dev.rolefit.engine;

import dev.rolefit.model.Candidate;
import dev.rolefit.model.Match;
import dev.rolefit.model.Vacancy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Compiles the default rules once per test class and scores pairs with them. */
abstract class RulesTestBase {
    static MatchEngine engine;

    private static RuleBook defaults;

    /** The default rules, compiled once for the whole test run. */
    static synchronized RuleBook defaultRules() throws RuleSetException {
        if (defaults == null) {
            defaults = RuleBook.defaults();
        }
        return defaults;
    }

    @BeforeAll
    static void startEngine() throws Exception {
        engine = MatchEngine.builder().rules(defaultRules()).asOf(Fixtures.AS_OF).threads(1).build();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    static Match score(Candidate candidate, Vacancy vacancy) {
        return engine.score(candidate, vacancy);
    }
}
