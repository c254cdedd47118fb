package dev.rolefit.cli;

import java.io.PrintWriter;

/**
 * One line of progress on stderr, rewritten in place: lists done, the rate, the time left. Quiet
 * unless asked (or stderr is a terminal), and at most five updates a second.
 */
final class ProgressLine {
    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastShown;
    private boolean shown;

    ProgressLine(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Called from the scoring threads after each list. */
    synchronized void listDone(int done, int total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastShown < EVERY_NANOS) {
            return;
        }
        lastShown = now;
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        err.print(String.format("\rrolefit: %d/%d lists (%.0f%%), %.1f lists/s, %d s left   ",
                done, total, 100.0 * done / total, rate, left));
        err.flush();
        shown = true;
    }

    /** Called after each list when the total is not known in advance (input read as it comes). */
    synchronized void listDone(int done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastShown < EVERY_NANOS) {
            return;
        }
        lastShown = now;
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        err.print(String.format("\rrolefit: %d lists, %.1f lists/s   ", done, done / seconds));
        err.flush();
        shown = true;
    }

    /** Ends the line so that what follows starts on a fresh one. */
    synchronized void finish() {
        if (shown) {
            err.println();
            err.flush();
            shown = false; // an error line may interrupt a stream's progress many times: one line break each
        }
    }
}
