package dev.rolefit.engine;

import dev.rolefit.model.Match;
import dev.rolefit.model.Verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

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
    /** How many documents one thread estimates at a time when a lookup shares its estimates out. */
    private static final int ESTIMATE_PART = 1_024;

    private final MatchOptions options;
    private final SplitWork split;
    private final Supplier<ToDoubleFunction<T>> estimate;
    private final Function<T, String> id;
    private final BiFunction<S, T, Match> score;

    /**
     * @param split    how the estimates and the first pairs may be shared out
     * @param estimate makes an estimate function for one thread (they reuse arrays)
     * @param id       the document's id: ties in the estimate go to the smaller
     * @param score    scores the list's owner against one document of the pool with a session
     */
    PoolScoring(MatchOptions options, SplitWork split, Supplier<ToDoubleFunction<T>> estimate, Function<T, String> id,
                BiFunction<S, T, Match> score) {
        this.options = options;
        this.split = split;
        this.estimate = estimate;
        this.id = id;
        this.score = score;
    }

    /**
     * The pairs scored, in the order scored.
     *
     * @param own      the caller's session
     * @param spare    another session if one is free now (for a helper), else null
     * @param giveBack returns a spare session
     */
    List<Match> score(List<T> pool, S own, Supplier<S> spare, Consumer<S> giveBack) {
        boolean exhaustive = options.mode() == MatchOptions.Mode.EXHAUSTIVE;
        int limit = exhaustive ? Integer.MAX_VALUE : options.effectiveRetrieveLimit();
        boolean stopsEarly = options.stopsEarly(); // never in exhaustive mode
        int top = options.top();
        double[] rated = null;
        int[] order;
        if (pool.size() > (stopsEarly ? top : limit)) {
            rated = estimates(pool, own, spare, giveBack);
            order = Shortlist.order(pool, Math.min(limit, pool.size()), rated, id);
        } else {
            order = new int[pool.size()];
            Arrays.setAll(order, i -> i);
        }
        // The pairs certainly scored, shared out when a lookup may use idle processors.
        int[] first = Arrays.copyOf(order, Math.min(order.length, stopsEarly ? top : limit));
        Match[] firstScored = new Match[first.length];
        split.run(first.length, own, spare, (session, i) -> firstScored[i] = score.apply(session, pool.get(first[i])),
                giveBack);
        List<Match> scored = new ArrayList<>(Arrays.asList(firstScored));
        LastPlace lastPlace = new LastPlace(top);
        scored.forEach(lastPlace::add);
        for (int i = first.length; i < pool.size() && (i < limit || lastPlace.kept() < top); i++) {
            if (i == order.length) {
                order = Shortlist.order(pool, pool.size(), rated, id); // topping up: rare, so sorted only now
            }
            if (stopsEarly && lastPlace.kept() >= top
                    && rated[order[i]] * 100 < lastPlace.score() - MatchOptions.AUTO_STOP_MARGIN) {
                break; // estimates only fall from here, and the last place only rises
            }
            Match m = score.apply(own, pool.get(order[i]));
            scored.add(m);
            lastPlace.add(m);
        }
        return scored;
    }

    /**
     * Each document's estimate, by its place in the pool. A helper estimates only while it holds a
     * spare session, though it does not use it: so a lookup never takes more processors than the
     * engine's {@code threads}, and a busy engine keeps its lookups on one thread.
     */
    private double[] estimates(List<T> pool, S own, Supplier<S> spare, Consumer<S> giveBack) {
        double[] rated = new double[pool.size()];
        int parts = (pool.size() + ESTIMATE_PART - 1) / ESTIMATE_PART;
        split.run(parts, new Estimating<>(own, estimate.get()), () -> {
            S lent = spare.get();
            return lent == null ? null : new Estimating<>(lent, estimate.get());
        }, (estimating, part) -> {
            for (int i = part * ESTIMATE_PART; i < Math.min(pool.size(), (part + 1) * ESTIMATE_PART); i++) {
                rated[i] = estimating.function().applyAsDouble(pool.get(i));
            }
        }, estimating -> giveBack.accept(estimating.session()));
        return rated;
    }

    /** What a thread estimates with: its own estimate function, and the session that lets it take part. */
    private record Estimating<S, T>(S session, ToDoubleFunction<T> function) {
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
