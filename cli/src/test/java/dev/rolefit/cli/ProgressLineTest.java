package dev.rolefit.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress on stderr: one line rewritten in place, ended once before anything else is printed. */
class ProgressLineTest {
    @Test
    void aStreamShowsListsAndRateWithoutATotal() {
        StringWriter err = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(err, true), true);

        line.listDone(42);

        assertTrue(err.toString().startsWith("\rrolefit: 42 lists, "), err.toString());
        assertTrue(err.toString().contains(" lists/s"), err.toString());
    }

    @Test
    void finishingTwiceEndsTheLineOnce() {
        // given a progress line that was shown, when an error interrupts it twice in a row
        StringWriter err = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(err, true), true);
        line.listDone(1, 10);
        line.finish();
        line.finish();

        // then there is one line break, not a blank line per interruption
        assertEquals(1, err.toString().chars().filter(c -> c == '\n').count(), err.toString());
    }

    @Test
    void aQuietLinePrintsNothing() {
        StringWriter err = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(err, true), false);
        line.listDone(5, 10);
        line.listDone(6);
        line.finish();
        assertEquals("", err.toString());
    }
}
