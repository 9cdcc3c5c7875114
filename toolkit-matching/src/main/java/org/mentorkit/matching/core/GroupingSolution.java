package org.mentorkit.matching.core;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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

    /**
     * The solution as given, the array and list copied.
     *
     * @param assignment  the group of each item, in item order
     * @param objective   the objective of {@code assignment}
     * @param violations  the broken rules of {@code assignment}, in words; empty when every rule holds
     * @param iterations  search iterations done
     * @param elapsed     how long the search ran
     * @param timeToBest  when the returned assignment was first found
     * @param stop        why the search stopped
     */
    public GroupingSolution {
        assignment = assignment.clone();
        violations = List.copyOf(violations);
    }

    /**
     * The group of each item; a copy, so the caller may change it.
     *
     * @return for item {@code i}, its group index from 0 to the instance's group count less 1
     */
    @Override
    public int[] assignment() {
        return assignment.clone();
    }

    /** Equal when every component is, the assignment compared element by element (a record compares arrays by identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof GroupingSolution that && Arrays.equals(assignment, that.assignment)
                && Double.compare(objective, that.objective) == 0 && violations.equals(that.violations)
                && iterations == that.iterations && elapsed.equals(that.elapsed) && timeToBest.equals(that.timeToBest)
                && stop == that.stop;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(assignment), objective, violations, iterations, elapsed, timeToBest, stop);
    }

    @Override
    public String toString() {
        return "GroupingSolution[assignment=" + Arrays.toString(assignment) + ", objective=" + objective
                + ", violations=" + violations + ", iterations=" + iterations + ", elapsed=" + elapsed
                + ", timeToBest=" + timeToBest + ", stop=" + stop + "]";
    }

    /**
     * Whether the assignment can be used: group sizes and every rule of the instance hold.
     *
     * @return true when {@link #violations()} is empty
     */
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
