package org.mentorkit.matching.core;

/**
 * The weight of one broken rule (pair and non-isolation rules) in the tabu search's score, with strategic
 * oscillation: it grows 5% per step while the current assignment breaks rules and shrinks 2% per step while it keeps
 * them, between the largest pair weight and 4 x (largest group + 1) times it. So the search may cross assignments that
 * break rules, but keeps coming back to ones that keep them.
 */
final class PenaltyWeight {

    private final double min;
    private final double max;
    private double value;

    PenaltyWeight(double min, double max, double initial) {
        if (!(min > 0) || max < min || initial < min || initial > max) {
            throw new IllegalArgumentException("penalty bounds must satisfy 0 < min <= initial <= max, got min " + min
                    + ", initial " + initial + ", max " + max);
        }
        this.min = min;
        this.max = max;
        value = initial;
    }

    /** The bounds for an instance: scaled by its largest pair weight or preference (at least 1e-6). */
    static PenaltyWeight of(GroupingInstance in) {
        double scale = 0;
        for (int i = 0; i < in.n; i++) {
            for (int j = 0; j < in.n; j++) {
                scale = Math.max(scale, Math.abs(in.weights[i][j]));
            }
            if (in.preferences != null) {
                for (int g = 0; g < in.m; g++) {
                    scale = Math.max(scale, Math.abs(in.preferences[i][g]));
                }
            }
        }
        scale = Math.max(scale, 1e-6);
        // A broken rule must outweigh the largest soft gain of one move (about two group-sizes of pair weights), but
        // not by orders of magnitude, or big instances that always break a few rules on the way stop optimising.
        int largestGroup = 0;
        for (int g = 0; g < in.m; g++) {
            int size = 0;
            for (int c = 0; c < in.classes; c++) {
                size += Math.min(in.n, in.upper[g][c]);
            }
            largestGroup = Math.max(largestGroup, Math.min(in.n, size));
        }
        return new PenaltyWeight(scale, scale * 4 * (largestGroup + 1), scale * 4);
    }

    /** The current weight of one broken rule. */
    double value() {
        return value;
    }

    /** One step of oscillation after a move that left {@code brokenRules} broken. */
    void adapt(int brokenRules) {
        value = brokenRules > 0 ? Math.min(max, value * 1.05) : Math.max(min, value / 1.02);
    }
}
