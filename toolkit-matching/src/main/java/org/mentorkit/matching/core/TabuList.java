package org.mentorkit.matching.core;

import java.util.Arrays;

/**
 * Which item may not return to which group yet: after an item leaves a group, going back there is tabu until the
 * given iteration. Scans read the rows directly ({@link #row(int)}) because they sit in the search's innermost loop.
 */
final class TabuList {

    private final int[][] until; // [item][group]: iteration until which the move is tabu

    TabuList(int items, int groups) {
        until = new int[items][groups];
    }

    /** Forbids item {@code i} to return to {@code group} before {@code iteration}. */
    void forbid(int i, int group, int iteration) {
        until[i][group] = iteration;
    }

    /** Whether moving item {@code i} to {@code group} is tabu at {@code iteration}. */
    boolean isTabu(int i, int group, int iteration) {
        return until[i][group] > iteration;
    }

    /** Item {@code i}'s row: the iteration until which each group is tabu for it. */
    int[] row(int i) {
        return until[i];
    }

    /** Forgets every tabu (after a perturbation, the old ones mean nothing). */
    void clear() {
        for (int[] row : until) {
            Arrays.fill(row, 0);
        }
    }
}
