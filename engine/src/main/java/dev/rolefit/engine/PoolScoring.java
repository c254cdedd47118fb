package dev.rolefit.engine;

import dev.rolefit.model.Match;
import dev.rolefit.model.Verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which documents of one list's retrieved pool the rules score, and in what order. In indexed mode
 * a pool larger than the list is scored in the order of its estimates: up to the retrieval limit,
 * or, with the limit chosen, only until the next estimate falls clearly below the list's last
 * place ({@link MatchOptions#AUTO_STOP_MARGIN}); and always on while the list is short of
 * {@code top} pairs that passed the knockouts, since a pair the filters could not rule out (an
 * education knockout) must not shorten the list. Exhaustive mode scores every pair.
 *
 * @param <T> the documents of the pool (the other side of the list)
 * @param <S> what scores a pair: a rule session
 */
final class PoolScoring<T, S> {
    private final MatchOptions options;
    private final Supplier<Estimate.Estimator<T>> estimate;
    private final Function<T, String> id;
    private final BiFunction<S, T, Match> score;

    /**
     * @param estimate makes the list's estimate function, when the pool needs estimating
     * @param id       the document's id: ties in the estimate go to the smaller
     * @param score    scores the list's owner against one document of the pool with a session
     */
    PoolScoring(MatchOptions options, Supplier<Estimate.Estimator<T>> estimate, Function<T, String> id,
                BiFunction<S, T, Match> score) {
        this.options = options;
        this.estimate = estimate;
        this.id = id;
        this.score = score;
    }

    /**
     * The pairs scored, in the order scored.
     *
     * @param session what scores the pairs
     */
    List<Match> score(List<T> pool, S session) {
        boolean exhaustive = options.mode() == MatchOptions.Mode.EXHAUSTIVE;
        int limit = exhaustive ? Integer.MAX_VALUE : options.effectiveRetrieveLimit();
        boolean stopsEarly = options.stopsEarly(); // never in exhaustive mode
        int top = options.top();
        Estimate.Estimator<T> estimating = null;
        double[] rated = null;
        int[] order;
        if (pool.size() > (stopsEarly ? top : limit)) {
            estimating = estimate.get();
            rated = estimates(pool, estimating, Math.min(limit, pool.size()));
            order = Shortlist.order(pool, Math.min(limit, pool.size()), rated, id);
        } else {
            order = new int[pool.size()];
            Arrays.setAll(order, i -> i);
        }
        List<Match> scored = new ArrayList<>();
        LastPlace lastPlace = new LastPlace(top);
        for (int i = 0; i < pool.size() && (i < limit || lastPlace.kept() < top); i++) {
            if (i == order.length) {
                // Topping up: rare, so only now are the documents that could not make the shortlist estimated in full, and sorted.
                for (int d = 0; d < rated.length; d++) {
                    if (rated[d] == Double.NEGATIVE_INFINITY) {
                        rated[d] = estimating.applyAsDouble(pool.get(d));
                    }
                }
                order = Shortlist.order(pool, pool.size(), rated, id);
            }
            if (stopsEarly && i >= top && lastPlace.kept() >= top
                    && rated[order[i]] * 100 < lastPlace.score() - MatchOptions.AUTO_STOP_MARGIN) {
                break; // estimates only fall from here, and the last place only rises
            }
            Match m = score.apply(session, pool.get(order[i]));
            scored.add(m);
            lastPlace.add(m);
        }
        return scored;
    }

    /**
     * Each document's estimate, by its place in the pool; {@link Double#NEGATIVE_INFINITY} for one
     * the estimator saw could not reach the {@code keep} best so far (so it cannot make the
     * shortlist, whose members all have their exact estimates).
     */
    private static <T> double[] estimates(List<T> pool, Estimate.Estimator<T> estimating, int keep) {
        double[] rated = new double[pool.size()];
        double[] best = new double[keep]; // the keep best estimates so far, the worst at the root
        int size = 0;
        for (int i = 0; i < rated.length; i++) {
            double floor = size == keep && keep > 0 ? best[0] : Double.NEGATIVE_INFINITY;
            double e = estimating.estimate(pool.get(i), floor);
            rated[i] = e;
            if (e == Double.NEGATIVE_INFINITY || Double.isNaN(e) || keep == 0) {
                continue; // a NaN never raises the floor (Shortlist orders it by Double.compare)
            }
            if (size < keep) {
                int at = size++;
                while (at > 0 && best[(at - 1) / 2] > e) {
                    best[at] = best[(at - 1) / 2];
                    at = (at - 1) / 2;
                }
                best[at] = e;
            } else if (e > best[0]) {
                int at = 0;
                while (true) {
                    int child = 2 * at + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && best[child + 1] < best[child]) {
                        child++;
                    }
                    if (best[child] >= e) {
                        break;
                    }
                    best[at] = best[child];
                    at = child;
                }
                best[at] = e;
            }
        }
        return rated;
    }

    /** The {@code top} best scores of the pairs that passed the knockouts so far: the worst is the list's last place. */
    private static final class LastPlace {
        private final int top;
        private final PriorityQueue<Double> best = new PriorityQueue<>();
        private int kept;

        LastPlace(int top) {
            this.top = top;
        }

        void add(Match m) {
            if (m.verdict() == Verdict.REJECTED) {
                return;
            }
            kept++;
            best.add(m.score());
            if (best.size() > Math.max(1, top)) {
                best.poll();
            }
        }

        int kept() {
            return kept;
        }

        /** The last place's score, once the list holds {@code top} pairs. */
        double score() {
            return best.isEmpty() ? Double.NEGATIVE_INFINITY : best.peek();
        }
    }
}
