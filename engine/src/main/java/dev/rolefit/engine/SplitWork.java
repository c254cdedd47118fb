package dev.rolefit.engine;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One list's work shared between the thread that asked for it and, when they are idle, other
 * processors. A single lookup (an ATS showing one candidate's page) would otherwise run on one
 * thread however many cores wait; a batch keeps every core busy with lists of its own and does not
 * split them ({@link #NONE}).
 *
 * <p>Parts are handed out in turn from a counter, so the caller never waits for a part nobody has
 * started: a helper that is late, or cannot get what it needs to work (a spare rule session), simply
 * takes no part. Each part writes its result to a place of its own, so the outcome is the same
 * whoever did which part.
 */
final class SplitWork {
    /** Everything on the calling thread. */
    static final SplitWork NONE = new SplitWork(Runnable::run, 0);

    private final Executor executor;
    private final int helpers;

    /**
     * @param executor runs the helpers
     * @param helpers  how many threads may help the caller, at most
     */
    SplitWork(Executor executor, int helpers) {
        if (helpers < 0) {
            throw new IllegalArgumentException("helpers is " + helpers + "; it must be at least 0");
        }
        this.executor = executor;
        this.helpers = helpers;
    }

    /** One part of the work, done with what its thread was given to work with. */
    interface Part<S> {
        void run(S with, int part);
    }

    /**
     * Runs parts {@code 0 … parts - 1}, each exactly once, and returns when all are done.
     *
     * @param own     what the caller works with
     * @param spare   what a helper works with, or null when there is nothing to spare now (it then takes no part)
     * @param release gives back what a helper was given by {@code spare}
     * @throws RuntimeException the first failure of any part (or that Error), after every started part has finished
     */
    <S> void run(int parts, S own, Supplier<S> spare, Part<S> work, Consumer<S> release) {
        if (helpers == 0 || parts < 2) {
            for (int i = 0; i < parts; i++) {
                work.run(own, i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread caller = Thread.currentThread();
        for (int h = 0; h < Math.min(helpers, parts - 1); h++) {
            Runnable helper = () -> {
                if (next.get() >= parts) {
                    return; // started too late: the caller (or another helper) did it all
                }
                S with = spare.get();
                if (with == null) {
                    return;
                }
                try {
                    take(parts, with, work, next, done, failure);
                } finally {
                    release.accept(with);
                    LockSupport.unpark(caller);
                }
            };
            try {
                executor.execute(helper);
            } catch (RejectedExecutionException e) {
                break; // a pool that takes no more work: the caller does the rest
            }
        }
        take(parts, own, work, next, done, failure);
        while (done.get() < parts) {
            LockSupport.parkNanos(this, 20_000); // at most a part or two in flight on a helper
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException r) {
            throw r;
        }
        if (failed instanceof Error e) {
            throw e;
        }
    }

    private static <S> void take(int parts, S with, Part<S> work, AtomicInteger next, AtomicInteger done,
                                 AtomicReference<Throwable> failure) {
        for (int part = next.getAndIncrement(); part < parts; part = next.getAndIncrement()) {
            try {
                if (failure.get() == null) {
                    work.run(with, part);
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            } finally {
                done.incrementAndGet();
            }
        }
    }
}
