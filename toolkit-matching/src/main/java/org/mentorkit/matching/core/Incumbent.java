package org.mentorkit.matching.core;

/**
 * The best assignment found so far. An assignment that keeps every rule beats any that breaks one; among those that
 * keep every rule the higher objective wins (by more than a rounding error); while none keeps every rule, the one
 * breaking the fewest (then the higher objective) is kept, so that a failed search can still show its closest try.
 */
final class Incumbent {

    private static final double EPS = 1e-9;

    private final int n;
    private int[] feasible;
    private double feasibleObjective = Double.NEGATIVE_INFINITY;
    private int[] leastBroken;
    private int leastBrokenCount = Integer.MAX_VALUE;
    private double leastBrokenObjective = Double.NEGATIVE_INFINITY;
    private long foundAt;

    Incumbent(int items) {
        n = items;
    }

    /**
     * Keeps the state's assignment if it is the best so far.
     *
     * @param elapsedNanos when it was found, for {@link #foundAtNanos()}
     * @return whether it is a new best assignment keeping every rule
     */
    boolean offer(SearchState state, long elapsedNanos) {
        if (state.violations == 0) {
            if (state.objective > bar()) {
                feasibleObjective = state.objective;
                if (feasible == null) {
                    feasible = new int[n];
                }
                System.arraycopy(state.group, 0, feasible, 0, n);
                foundAt = elapsedNanos;
                return true;
            }
            return false;
        }
        if (feasible == null && (state.violations < leastBrokenCount
                || state.violations == leastBrokenCount && state.objective > leastBrokenObjective + EPS)) {
            leastBrokenCount = state.violations;
            leastBrokenObjective = state.objective;
            leastBroken = state.group.clone();
            foundAt = elapsedNanos;
        }
        return false;
    }

    /** The objective an assignment keeping every rule must exceed to be a new best (minus infinity before one). */
    double bar() {
        return feasible == null ? Double.NEGATIVE_INFINITY : feasibleObjective + EPS * (1 + Math.abs(feasibleObjective));
    }

    /** Whether an assignment keeping every rule was found. */
    boolean feasibleFound() {
        return feasible != null;
    }

    /** The best objective among assignments keeping every rule (minus infinity before one). */
    double objective() {
        return feasibleObjective;
    }

    /** Whether any assignment was offered yet. */
    boolean isEmpty() {
        return feasible == null && leastBroken == null;
    }

    /** A copy of the best assignment: the best keeping every rule, else the least broken; null when empty. */
    int[] best() {
        if (feasible != null) {
            return feasible.clone();
        }
        return leastBroken == null ? null : leastBroken.clone();
    }

    /** When the best assignment was found. */
    long foundAtNanos() {
        return foundAt;
    }
}
