package dev.rolefit.engine;

import dev.rolefit.model.Match;
import dev.rolefit.model.Verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        Best best = new Best(keep);
        for (int i = 0; i < rated.length; i++) {
            double e = estimating.estimate(pool.get(i), best.full() ? best.worst() : Double.NEGATIVE_INFINITY);
            rated[i] = e;
            if (e != Double.NEGATIVE_INFINITY && !Double.isNaN(e)) {
                best.offer(e); // a NaN never raises the floor (Shortlist orders it by Double.compare)
            }
        }
        return rated;
    }

    /** The {@code top} best scores of the pairs that passed the knockouts so far: the worst is the list's last place. */
    private static final class LastPlace {
        private final Best best;
        private int kept;

        LastPlace(int top) {
            this.best = new Best(Math.max(1, top));
        }

        void add(Match m) {
            if (m.verdict() == Verdict.REJECTED) {
                return;
            }
            kept++;
            best.offer(m.score());
        }

        int kept() {
            return kept;
        }

        /** The last place's score, once the list holds {@code top} pairs. */
        double score() {
            return best.worst();
        }
    }

    /** The {@code capacity} largest values offered so far, in a heap of primitives with the smallest at the root. */
    private static final class Best {
        private final double[] heap;
        private int size;

        Best(int capacity) {
            this.heap = new double[capacity];
        }

        boolean full() {
            return size == heap.length && size > 0;
        }

        /** The smallest value kept; negative infinity while none is. */
        double worst() {
            return size == 0 ? Double.NEGATIVE_INFINITY : heap[0];
        }

        void offer(double value) {
            if (size < heap.length) {
                int at = size++;
                while (at > 0 && heap[(at - 1) / 2] > value) {
                    heap[at] = heap[(at - 1) / 2];
                    at = (at - 1) / 2;
                }
                heap[at] = value;
            } else if (size > 0 && value > heap[0]) {
                int at = 0;
                while (true) {
                    int child = 2 * at + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && heap[child + 1] < heap[child]) {
                        child++;
                    }
                    if (heap[child] >= value) {
                        break;
                    }
                    heap[at] = heap[child];
                    at = child;
                }
                heap[at] = value;
            }
        }
    }
}
