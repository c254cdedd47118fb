package dev.rolefit.engine;

import dev.rolefit.model.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static dev.rolefit.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** Hot reload: a good edit is swapped in atomically, a bad one refused, work in flight finishes on its rules. */
class HotReloadTest {

    private static MatchEngine engineOn(Path rules) throws Exception {
        MatchEngine engine = MatchEngine.builder().rules(rules).asOf(AS_OF).threads(2).build();
        engine.put(vacancy());
        engine.put(candidate(c -> c.putObject("salaryExpectation").put("min", 118000).put("currency", "EUR")));
        return engine;
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), "the test expects '" + from + "' in " + file);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void editedRules_areSwappedInAndTheVersionChanges(@TempDir Path dir) throws Exception {
        RuleBookTest.copyOfDefaultRules(dir);
        try (MatchEngine engine = engineOn(dir)) {
            String before = engine.rulesetVersion();
            Match wellAbove = engine.candidatesFor("vac-t1", MatchOptions.defaults()).get(0);
            assertFired(wellAbove, "Salary expectation slightly above the band");

            // An analyst lowers the knockout threshold: 7% above the band now rejects.
            replace(dir.resolve("salary.drl"), "$top * 1.20", "$top * 1.05");
            MatchEngine.ReloadEvent event = engine.reload();

            assertTrue(event.applied());
            assertNotEquals(before, engine.rulesetVersion());
            assertEquals(engine.rulesetVersion(), event.toVersion());
            assertEquals(List.of(), engine.candidatesFor("vac-t1", MatchOptions.defaults()), "now rejected");
            assertKnockout(engine.candidatesFor("vac-t1", MatchOptions.defaults().includeRejected(true)).get(0),
                    "Salary expectation far above the band");
        }
    }

    @Test
    void brokenRules_areRefusedAndTheRunningOnesStay(@TempDir Path dir) throws Exception {
        RuleBookTest.copyOfDefaultRules(dir);
        try (MatchEngine engine = engineOn(dir)) {
            String before = engine.rulesetVersion();
            Files.writeString(dir.resolve("skills.drl"), "\nrule \"Half written\" when then", StandardOpenOption.APPEND);

            RuleSetException e = assertThrows(RuleSetException.class, engine::reload);

            assertTrue(e.getMessage().contains("skills.drl"), e.getMessage());
            assertEquals(before, engine.rulesetVersion());
            assertEquals(1, engine.candidatesFor("vac-t1", MatchOptions.defaults()).size(), "still matching on the old rules");
        }
    }

    @Test
    void documentsPutBeforeAReload_areProfiledAgainUnderTheNewRules(@TempDir Path dir) throws Exception {
        RuleBookTest.copyOfDefaultRules(dir);
        try (MatchEngine engine = engineOn(dir)) {
            Files.writeString(dir.resolve("data/role-adjacency.csv"),
                    Files.readString(dir.resolve("data/role-adjacency.csv")).replace("DATA_SCIENTIST,ML_ENGINEER,0.6", "DATA_SCIENTIST,ML_ENGINEER,0.9"));
            Files.writeString(dir.resolve("data/role-signals.csv"), "DATA_SCIENTIST,title,machine learning engineer,40\n",
                    StandardOpenOption.APPEND);
            engine.reload();

            Match m = engine.candidatesFor("vac-t1", MatchOptions.defaults().includeRejected(true)).get(0);
            assertMessage(m, "Candidate works in an adjacent role family", "90% credit");
        }
    }

    @Test
    void workInFlight_finishesOnTheRulesItStartedWith() throws Exception {
        Generation old = new Generation(RulesTestBase.defaultRules(), AS_OF, 1);
        Generation inFlight = old.acquire();

        old.retire(); // a reload swapped in a new generation meanwhile

        Prepared.Candidate c = inFlight.preparer.candidate(candidate());
        Prepared.Vacancy v = inFlight.preparer.vacancy(vacancy());
        assertTrue(inFlight.withEvaluator(e -> e.score(c, v)).score() > 90, "the old rules still answer");
        inFlight.release();
        assertThrows(RuntimeException.class, () -> inFlight.withEvaluator(e -> e.score(c, v)),
                "closed once the last work is done");
    }

    @Test
    void watchedFolder_isReloadedAfterAnEdit(@TempDir Path dir) throws Exception {
        RuleBookTest.copyOfDefaultRules(dir);
        BlockingQueue<MatchEngine.ReloadEvent> events = new ArrayBlockingQueue<>(10);
        try (MatchEngine engine = MatchEngine.builder().rules(dir).asOf(AS_OF).threads(1)
                .watchRules(true).onReload(events::add).build()) {
            String before = engine.rulesetVersion();

            replace(dir.resolve("data/scoring.csv"), "weight,SALARY,10", "weight,SALARY,15");

            MatchEngine.ReloadEvent event = events.poll(20, TimeUnit.SECONDS);
            assertNotNull(event, "no reload within 20 s of the edit");
            assertTrue(event.applied(), event.toString());
            assertNotEquals(before, engine.rulesetVersion());
            assertEquals(15.0, engine.rules().weights().get("SALARY"));
        }
    }

    @Test
    void engineOnTheBuiltInRules_cannotReload() throws Exception {
        try (MatchEngine engine = MatchEngine.builder().rules(RulesTestBase.defaultRules()).build()) {
            assertThrows(IllegalStateException.class, engine::reload);
        }
    }
}
