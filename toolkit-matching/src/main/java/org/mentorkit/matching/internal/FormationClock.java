package org.mentorkit.matching.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The clock a formation's time limit is counted on: wall-clock time (the default, what a coordinator waits for) or the
 * CPU time of the thread running the formation (for benchmarks on a shared machine, where the load would otherwise
 * decide how much work fits in the limit). Read only from that thread.
 */
public final class FormationClock {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final boolean cpuTime;

    /** @param cpuTime true to count the calling thread's CPU time, false for wall-clock time */
    public FormationClock(boolean cpuTime) {
        this.cpuTime = cpuTime;
    }

    /** Nanoseconds on this clock (only differences mean anything). */
    public long now() {
        return cpuTime ? CPU.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Whether this clock counts CPU time. */
    public boolean cpuTime() {
        return cpuTime;
    }
}
