package org.mentorkit.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error for steps that take more than a moment. On a terminal it is redrawn in place;
 * when the output goes to a file or another program (a log, CI, {@code mentorkit demo}) only the final state is
 * written, once, so logs do not fill with carriage returns. Safe to call from worker threads.
 */
final class ProgressLine {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final boolean interactive;
    private String last = "";

    ProgressLine(PrintWriter err, String label) {
        this(err, label, System.console() != null);
    }

    ProgressLine(PrintWriter err, String label, boolean interactive) {
        this.err = err;
        this.label = label;
        this.interactive = interactive;
    }

    /** Shows {@code done} of {@code total} (for example handbooks written). */
    synchronized void show(int done, int total) {
        draw(total == 0 ? 1 : (double) done / total, done + "/" + total);
    }

    /** Shows a fraction from 0 to 1. */
    synchronized void show(double fraction) {
        draw(fraction, Math.round(100 * clamp(fraction)) + "%");
    }

    /** Ends the line: on a terminal a line break after the bar, elsewhere the final state. */
    synchronized void finish() {
        if (interactive) {
            err.println();
        } else if (!last.isEmpty()) {
            err.println(last);
        }
        err.flush();
    }

    private void draw(double fraction, String amount) {
        int filled = (int) Math.round(clamp(fraction) * WIDTH);
        last = label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + amount;
        if (interactive) {
            err.print("\r" + last);
            err.flush();
        }
    }

    private static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }
}
