package dev.rolefit.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A list's work shared with idle threads: each part exactly once, whoever is free to do it. */
class SplitWorkTest {
    /** Runs a helper on a thread of its own and waits for it: the helper does everything before the caller starts. */
    private static final Executor HELPER_FIRST = task -> {
        Thread helper = new Thread(task);
        helper.start();
        try {
            helper.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    };

    @Test
    void aHelperLentASpareTakesPartsAndGivesItBack() {
        // given ten parts, and a helper that gets a spare to work with
        AtomicIntegerArray doneBy = new AtomicIntegerArray(10);
        List<String> released = new ArrayList<>();
        // when the work is split
        new SplitWork(HELPER_FIRST, 1).run(10, "caller", () -> "spare",
                (with, part) -> doneBy.addAndGet(part, with.equals("spare") ? 1 : 100), released::add);
        // then the helper (first to start) did every part once, and gave back what it was lent
        for (int part = 0; part < 10; part++) {
            assertEquals(1, doneBy.get(part), "part " + part);
        }
        assertEquals(List.of("spare"), released);
    }

    @Test
    void withNothingToSpareTheCallerDoesItAll() {
        // given a helper that finds no spare rule session
        AtomicIntegerArray doneBy = new AtomicIntegerArray(10);
        List<String> released = new ArrayList<>();
        // when the work is split
        new SplitWork(HELPER_FIRST, 1).run(10, "caller", () -> null,
                (with, part) -> doneBy.addAndGet(part, with.equals("caller") ? 1 : 100), released::add);
        // then the caller did every part once, and nothing was given back that was not lent
        for (int part = 0; part < 10; part++) {
            assertEquals(1, doneBy.get(part), "part " + part);
        }
        assertEquals(List.of(), released);
    }

    @Test
    void aHelperThatStartsLateFindsNothingLeftAndTakesNothing() {
        // given a pool so busy that the helper starts only after the caller is done
        List<Runnable> queued = new ArrayList<>();
        AtomicInteger asked = new AtomicInteger();
        AtomicIntegerArray doneBy = new AtomicIntegerArray(5);
        // when the work is split, and the helper runs afterwards
        new SplitWork(queued::add, 1).run(5, "caller", () -> {
            asked.incrementAndGet();
            return "spare";
        }, (with, part) -> doneBy.incrementAndGet(part), with -> { });
        queued.forEach(Runnable::run);
        // then every part ran once, on the caller, and the late helper did not even ask for a session
        for (int part = 0; part < 5; part++) {
            assertEquals(1, doneBy.get(part), "part " + part);
        }
        assertEquals(1, queued.size());
        assertEquals(0, asked.get());
    }

    @Test
    void aFailingPartFailsTheWholeAfterTheStartedPartsFinish() {
        // given parts of which the fourth fails, done by a helper
        IllegalStateException failure = new IllegalStateException("the rules fired 100000 times for candidate c-1");
        // when the work is split
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                new SplitWork(HELPER_FIRST, 1).run(6, "caller", () -> "spare", (with, part) -> {
                    if (part == 3) {
                        throw failure;
                    }
                }, with -> { }));
        // then the caller sees that very failure
        assertSame(failure, thrown);
    }

    @Test
    void withoutHelpersNothingIsHandedToThePool() {
        // given a split with no helpers, whose pool must never be asked
        Executor refusing = task -> {
            throw new AssertionError("no helper may be started");
        };
        // when the work runs, then the caller does every part, in order
        List<Integer> order = new ArrayList<>();
        new SplitWork(refusing, 0).run(3, "caller", () -> "spare", (with, part) -> order.add(part), with -> { });
        assertEquals(List.of(0, 1, 2), order);
    }

    @Test
    void aNegativeNumberOfHelpersIsRefusedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SplitWork(Runnable::run, -1));
        assertEquals("helpers is -1; it must be at least 0", e.getMessage());
    }
}
