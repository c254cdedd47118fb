package dev.rolefit.engine;

import dev.rolefit.model.Candidate;
import dev.rolefit.model.Match;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Ranks the engine's vacancies for candidates that pass through without being kept: a talent pool
 * of any size, read one candidate at a time, in flat memory. Lists come out in the order the
 * candidates went in, on the thread that calls {@link #add} and {@link #close}, while the engine's
 * threads rank the next few.
 *
 * <pre>{@code
 * try (RankingStream<String> stream = engine.rankVacanciesFor(options, ranked -> write(ranked.matches()))) {
 *     for (Candidate c : readOneByOne()) {
 *         stream.add(c, "line " + lineNumber);
 *     }
 * }
 * }</pre>
 *
 * The lists are the ones {@link MatchEngine#vacanciesFor} would give if each candidate had been put
 * into the engine. Not thread-safe: one reader adds.
 *
 * @param <T> what the caller tags each candidate with (where it was read), handed back with its list
 */
public final class RankingStream<T> implements AutoCloseable {
    /**
     * One candidate's outcome.
     *
     * @param candidate the candidate as added
     * @param tag       the caller's tag
     * @param matches   the ranked vacancies; empty when refused
     * @param refusal   why the rule set cannot use the candidate (naming the value), or null
     */
    public record Ranked<T>(Candidate candidate, T tag, List<Match> matches, String refusal) {
        /** Whether the rule set could not use the candidate: {@code matches} is empty and {@code refusal} says why. */
        public boolean refused() {
            return refusal != null;
        }
    }

    private final Function<Candidate, Object> rank;
    private final Consumer<Ranked<T>> out;
    private final Runnable onClose;
    private final ExecutorService pool;
    private final ArrayDeque<Future<Ranked<T>>> pending = new ArrayDeque<>();
    /** Lists in flight: enough to keep every thread busy, few enough that memory stays flat. */
    private final int window;
    private boolean closed;

    /**
     * @param rank    a candidate's list, or the refusal message as a String
     * @param onClose releases what the stream held (the engine's generation)
     */
    RankingStream(int threads, Function<Candidate, Object> rank, Consumer<Ranked<T>> out, Runnable onClose) {
        this.rank = rank;
        this.out = out;
        this.onClose = onClose;
        this.window = threads * 8;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rolefit-stream");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a candidate; may first hand finished lists to the consumer, in order. */
    public void add(Candidate candidate, T tag) {
        if (closed) {
            throw new IllegalStateException("the stream is closed");
        }
        while (pending.size() >= window) {
            emit(pending.removeFirst());
        }
        pending.addLast(pool.submit(() -> {
            Object result = rank.apply(candidate);
            @SuppressWarnings("unchecked")
            Ranked<T> ranked = result instanceof String refusal
                    ? new Ranked<>(candidate, tag, List.of(), refusal)
                    : new Ranked<>(candidate, tag, (List<Match>) result, null);
            return ranked;
        }));
    }

    /** Hands every remaining list to the consumer, in order, and releases the threads. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            while (!pending.isEmpty()) {
                emit(pending.removeFirst());
            }
        } finally {
            pool.shutdownNow();
            onClose.run();
        }
    }

    private void emit(Future<Ranked<T>> next) {
        try {
            out.accept(next.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ranking", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
