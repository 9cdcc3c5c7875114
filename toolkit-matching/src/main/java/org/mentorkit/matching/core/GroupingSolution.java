package org.mentorkit.matching.core;

import java.time.Duration;
import java.util.List;

/**
 * The result of a search.
 *
 * @param assignment  the group of each item, in item order
 * @param objective   the objective of {@code assignment}
 * @param violations  the broken rules of {@code assignment}, in words; empty when every rule holds
 * @param iterations  search iterations done
 * @param elapsed     how long the search ran
 * @param timeToBest  when the returned assignment was first found
 * @param stop        why the search stopped
 */
public record GroupingSolution(int[] assignment, double objective, List<String> violations, long iterations,
        Duration elapsed, Duration timeToBest, StopReason stop) {

    public GroupingSolution {
        assignment = assignment.clone();
        violations = List.copyOf(violations);
    }

    /** A copy of the assignment. */
    @Override
    public int[] assignment() {
        return assignment.clone();
    }

    /** Whether every rule holds. */
    public boolean feasible() {
        return violations.isEmpty();
    }

    /** Why a search stopped. */
    public enum StopReason {
        /** The time limit was reached. */
        TIME_LIMIT,
        /** The search stopped improving for the configured number of rounds. */
        CONVERGED,
        /** The caller cancelled. */
        CANCELLED
    }
}
