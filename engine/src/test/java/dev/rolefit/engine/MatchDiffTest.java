package dev.rolefit.engine;

import dev.rolefit.model.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.rolefit.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** What a rule change moves, and which rules moved it. */
class MatchDiffTest {

    private static List<Match> run(Path rules) throws Exception {
        try (MatchEngine engine = MatchEngine.builder().rules(rules).asOf(AS_OF).threads(1).build()) {
            engine.put(vacancy());
            engine.put(candidate());
            engine.put(candidate(c -> c.put("id", "cand-ask").putObject("salaryExpectation").put("min", 118000).put("currency", "EUR")));
            engine.put(candidate(c -> c.put("id", "cand-leuven").putObject("location").put("city", "Leuven").put("countryCode", "BE")));
            return engine.matchAll(MatchOptions.defaults().includeRejected(true));
        }
    }

    @Test
    void sameRules_moveNothing(@TempDir Path dir) throws Exception {
        RuleBookTest.copyOfDefaultRules(dir);

        MatchDiff diff = MatchDiff.compare(run(dir), run(dir));

        assertEquals(3, diff.pairsCompared());
        assertEquals(List.of(), diff.changes());
    }

    @Test
    void aStricterKnockout_showsTheVerdictChangeAndTheRuleResponsible(@TempDir Path dir, @TempDir Path after) throws Exception {
        RuleBookTest.copyOfDefaultRules(dir);
        RuleBookTest.copyOfDefaultRules(after);
        Path salary = after.resolve("salary.drl");
        Files.writeString(salary, Files.readString(salary).replace("$top * 1.20", "$top * 1.05"));

        MatchDiff diff = MatchDiff.compare(run(dir), run(after));

        assertEquals(Map.of("STRONG → REJECTED", 1), diff.verdictChanges());
        MatchDiff.Change change = diff.changes().stream().filter(c -> c.candidateId().equals("cand-ask")).findFirst().orElseThrow();
        assertTrue(change.rules().contains("+Salary expectation far above the band"), change.rules().toString());
        assertEquals(3, change.rankB());
    }

    @Test
    void aWeightChange_isSaidToBeTheWeights(@TempDir Path dir, @TempDir Path after) throws Exception {
        RuleBookTest.copyOfDefaultRules(dir);
        RuleBookTest.copyOfDefaultRules(after);
        Path scoring = after.resolve("data/scoring.csv");
        Files.writeString(scoring, Files.readString(scoring).replace("weight,LOCATION,4", "weight,LOCATION,30"));

        MatchDiff diff = MatchDiff.compare(run(dir), run(after));

        MatchDiff.Change leuven = diff.changes().stream().filter(c -> c.candidateId().equals("cand-leuven")).findFirst().orElseThrow();
        assertTrue(leuven.delta() < 0, "the commuter loses a little more now that location weighs more: " + leuven);
        assertEquals(List.of("weights"), leuven.rules());
    }
}
