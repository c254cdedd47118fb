package dev.rolefit.engine;

import dev.rolefit.model.Match;
import dev.rolefit.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which pairs of a list's pool the rules score. Here the documents are vacancy ids, each with an
 * estimate, and the "rules" give each a score given in the test, so that the order, the stop and
 * the top-up can be seen pair by pair.
 */
class PoolScoringTest {
    private final Map<String, Double> estimates = new HashMap<>();
    private final Map<String, Double> scores = new HashMap<>();
    private final Set<String> knockedOut = new java.util.HashSet<>();
    private final List<String> scored = new ArrayList<>();

    /** A pool of {@code size} vacancies v00, v01, … estimated from 0.90 down by {@code step}, scored as estimated. */
    private List<String> pool(int size, double step) {
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = String.format("v%02d", i);
            pool.add(id);
            estimates.put(id, 0.90 - i * step);
            scores.put(id, (0.90 - i * step) * 100);
        }
        return pool;
    }

    private List<Match> score(List<String> pool, MatchOptions options) {
        PoolScoring<String, String> scoring = new PoolScoring<>(options,
                // like Estimate's, it gives up on whatever is certainly below the floor it is given
                () -> (id, floor) -> estimates.get(id) < floor ? Double.NEGATIVE_INFINITY : estimates.get(id),
                id -> id, (session, id) -> {
                    scored.add(id);
                    return new Match("cand-1", id, 0, scores.get(id), knockedOut.contains(id) ? Verdict.REJECTED : Verdict.GOOD,
                            50, Map.of(), null, List.of());
                });
        return scoring.score(pool, "session");
    }

    @ParameterizedTest(name = "the 11th estimated {0} points below the 10th: {1} scored")
    @CsvSource({
            "0.2, 11",  // within the margin of half a point: it might still make the list
            "0.45, 11",
            "0.6, 10",  // beyond it: nothing below can make the list
            "5.0, 10"})
    void aListStopsOnceTheNextEstimateFallsClearlyBelowItsLastPlace(double gap, int expected) {
        // given 30 vacancies a point apart from 0.90 down, but a gap after the tenth
        List<String> pool = pool(30, 0.01);
        for (int i = 10; i < 30; i++) {
            String id = String.format("v%02d", i);
            estimates.put(id, estimates.get("v09") - gap / 100 - (i - 10) * 0.01);
            scores.put(id, estimates.get(id) * 100);
        }
        // when a top 10 is made with the limit chosen
        score(pool, MatchOptions.defaults().top(10));
        // then the rules score the ten best and, while one might still make the list, the next
        assertEquals(expected, scored.size(), () -> "scored " + scored);
        assertEquals(pool.subList(0, expected), scored);
    }

    @Test
    void aKnockedOutPairDoesNotCountTowardTheList() {
        // given the best-estimated vacancy knocked out by the rules, and estimates far apart after the tenth
        List<String> pool = pool(30, 0.03);
        knockedOut.add("v00");
        // when a top 10 is made
        List<Match> matches = score(pool, MatchOptions.defaults().top(10));
        // then the eleventh is scored too, as the list holds only nine that passed
        assertEquals(pool.subList(0, 11), scored);
        assertEquals(10, matches.stream().filter(m -> m.verdict() != Verdict.REJECTED).count());
    }

    @Test
    void aListIsToppedUpPastTheLimitWhileKnockoutsLeaveItShort() {
        // given 40 vacancies of which the rules knock out the 25 best estimated
        List<String> pool = pool(40, 0.01);
        for (int i = 0; i < 25; i++) {
            knockedOut.add(String.format("v%02d", i));
        }
        // when a top 10 is made (limit 20)
        score(pool, MatchOptions.defaults().top(10));
        // then the rules go on past the limit until ten passed: 35 scored, in the estimate's order
        assertEquals(pool.subList(0, 35), scored);
    }

    @Test
    void toppingUpEstimatesInFullWhatCouldNotMakeTheShortlist() {
        // given 40 vacancies: the rules knock out the 25 best estimated, and past the 20th the
        // estimates rise with the id (v39 best of those)
        List<String> pool = pool(40, 0.01);
        for (int i = 20; i < 40; i++) {
            estimates.put(String.format("v%02d", i), 0.10 + i * 0.001);
        }
        for (int i = 0; i < 25; i++) {
            knockedOut.add(String.format("v%02d", i));
        }
        // when a top 10 is made: the estimator gave up on v20–v39, which could not make the shortlist of 20
        score(pool, MatchOptions.defaults().top(10));
        // then topping up scores them by their full estimates, best first, until ten passed (v39–v30)
        List<String> expected = new ArrayList<>(pool.subList(0, 20));
        for (int i = 39; i >= 30; i--) {
            expected.add(String.format("v%02d", i));
        }
        assertEquals(expected, scored);
    }

    @Test
    void givingUpBelowTheFloorScoresTheSamePairsAsEstimatingEveryOne() {
        Random random = new Random(20261203);
        for (int trial = 0; trial < 2_000; trial++) {
            // given a pool of random size with estimates on a coarse grid (many ties), some certain
            // education knockouts (-1) and some rules knockouts, and a random top and limit
            int size = 1 + random.nextInt(80);
            Map<String, Double> rated = new HashMap<>();
            Set<String> out = new java.util.HashSet<>();
            List<String> pool = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String id = "v" + random.nextInt(1_000) + "-" + i;
                pool.add(id);
                rated.put(id, random.nextInt(10) == 0 ? -1 : random.nextInt(20) / 20.0);
                if (random.nextInt(3) == 0) {
                    out.add(id);
                }
            }
            MatchOptions options = MatchOptions.defaults().top(1 + random.nextInt(12));
            if (random.nextBoolean()) {
                options = options.retrieveLimit(1 + random.nextInt(30));
            }
            // when the pool is scored with an estimator that gives up below the floor, and with one that never does
            List<String> givingUp = scoredWith(pool, options, rated, out, true);
            List<String> inFull = scoredWith(pool, options, rated, out, false);
            // then the rules score the same pairs in the same order
            assertEquals(inFull, givingUp, "trial " + trial);
        }
    }

    private static List<String> scoredWith(List<String> pool, MatchOptions options, Map<String, Double> rated,
                                           Set<String> out, boolean givesUp) {
        List<String> order = new ArrayList<>();
        new PoolScoring<String, String>(options,
                () -> (id, floor) -> givesUp && rated.get(id) < floor ? Double.NEGATIVE_INFINITY : rated.get(id),
                id -> id, (session, id) -> {
                    order.add(id);
                    return new Match("cand-1", id, 0, rated.get(id) * 100, out.contains(id) ? Verdict.REJECTED : Verdict.GOOD,
                            50, Map.of(), null, List.of());
                }).score(pool, "session");
        return order;
    }

    @Test
    void aLimitSetByTheCallerIsScoredInFull() {
        // given estimates far apart, which would stop a chosen limit right after the tenth
        List<String> pool = pool(30, 0.03);
        // when the caller sets the limit to 20
        score(pool, MatchOptions.defaults().top(10).retrieveLimit(20));
        // then exactly the 20 best estimated are scored
        assertEquals(pool.subList(0, 20), scored);
    }

    @Test
    void exhaustiveModeScoresEveryPairInPoolOrder() {
        List<String> pool = new ArrayList<>(pool(30, 0.03));
        java.util.Collections.reverse(pool);
        score(pool, MatchOptions.defaults().top(10).mode(MatchOptions.Mode.EXHAUSTIVE));
        assertEquals(pool, scored);
    }

    @Test
    void aWholeListScoresEveryPair() {
        List<String> pool = pool(30, 0.03);
        score(pool, MatchOptions.defaults().top(0));
        assertEquals(30, scored.size());
    }
}
