package org.mentorkit.matching.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * How much search is left: the clock (wall-clock or the searching thread's CPU time), the deadline, the caller's
 * cancellation flag and the progress reports a few times a second. Every part of the search asks
 * {@link #exhausted(long)} and stops when it says so; the first reason to stop is kept.
 */
final class SearchBudget {

    private static final long REPORT_EVERY_NANOS = 200_000_000L;

    private final LongSupplier clock;
    private final boolean cheapClock;
    private final long start;
    private final long limit;
    private long deadline;
    private java.util.function.Predicate<int[]> checkpoint; // null once asked, or when there is none
    private final BooleanSupplier cancelled;
    private final ProgressListener listener;
    private final Incumbent incumbent;
    private GroupingSolution.StopReason stop;
    private long lastReport;
    private long polls;

    SearchBudget(SolverOptions options, Incumbent incumbent) {
        this(options, options.cpuTime() ? cpuClock() : System::nanoTime, !options.cpuTime(), incumbent);
    }

    /**
     * A budget on a given clock (tests use a fake one). A clock that is not cheap to read (CPU time is a system call)
     * is read on every 16th poll only.
     */
    SearchBudget(SolverOptions options, LongSupplier clock, boolean cheapClock, Incumbent incumbent) {
        this.clock = clock;
        this.cheapClock = cheapClock;
        this.cancelled = options.cancelled();
        this.listener = options.listener();
        this.incumbent = incumbent;
        start = clock.getAsLong();
        limit = start + options.timeLimit().toNanos();
        if (options.checkpointAt().isPresent()) {
            deadline = start + options.checkpointAt().get().toNanos();
            checkpoint = options.goOn();
        } else {
            deadline = limit;
        }
        lastReport = start;
    }

    private static LongSupplier cpuClock() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        return bean::getCurrentThreadCpuTime;
    }

    /**
     * Whether the search must stop now: the time limit passed, the caller cancelled (polled every 32nd call, the flag
     * may be slow), or an earlier stop. Reports progress when a report is due.
     *
     * @param iterations search iterations so far, for the progress report
     */
    boolean exhausted(long iterations) {
        if (stop != null) {
            return true;
        }
        long poll = polls++;
        if (!cheapClock && (poll & 15) != 0) {
            return false;
        }
        long now = clock.getAsLong();
        if (now >= deadline && !goOnAfterCheckpoint()) {
            stop = GroupingSolution.StopReason.TIME_LIMIT;
            return true;
        }
        if ((poll & 31) == 0 && cancelled.getAsBoolean()) {
            stop = GroupingSolution.StopReason.CANCELLED;
            return true;
        }
        if (now - lastReport > REPORT_EVERY_NANOS) {
            lastReport = now;
            report(iterations);
        }
        return false;
    }

    /** At the checkpoint (asked once): whether the caller wants the rest of the time limit searched. */
    private boolean goOnAfterCheckpoint() {
        java.util.function.Predicate<int[]> ask = checkpoint;
        checkpoint = null;
        if (ask == null || !incumbent.feasibleFound() || !ask.test(incumbent.best())) {
            return false;
        }
        deadline = limit;
        return true;
    }

    /** Stops the search because it stopped improving (unless it already stopped for another reason). */
    void converged() {
        if (stop == null) {
            stop = GroupingSolution.StopReason.CONVERGED;
        }
    }

    /** Why the search stopped; null while it may go on. */
    GroupingSolution.StopReason stopReason() {
        return stop;
    }

    /** Time used so far on this budget's clock. */
    long elapsedNanos() {
        return clock.getAsLong() - start;
    }

    /** Tells the listener how far the search has come. */
    void report(long iterations) {
        double fraction = Math.min(1, (clock.getAsLong() - start) / (double) (limit - start));
        listener.onProgress(new SearchProgress(fraction, incumbent.feasibleFound() ? incumbent.objective() : Double.NaN,
                incumbent.feasibleFound(), iterations));
    }
}
