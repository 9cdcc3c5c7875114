package org.mentorkit.matching.core;

/**
 * The saturation term of a {@link GroupingInstance}: pair values (counted in the pair weights too) are summed over the
 * pairs inside all scored groups, and what that total exceeds {@code cap} per such pair counts only {@code slope} of
 * itself. As a correction to the pair weights the assignment adds {@code -(1 - slope) * max(0, total - cap * pairs)},
 * so its value is concave in the total: once the groups share enough on average, one more such pair is worth little
 * and the search spends it on the other criteria (used for interests, docs/matching.md).
 */
final class SaturationTerm {

    final double[][] values; // symmetric, at least 0, 0 on the diagonal
    private final double cap;
    private final double slope;

    /** Takes over {@code values} (the builder's own, checked as they were set). */
    SaturationTerm(double[][] values, double cap, double slope) {
        this.values = values;
        this.cap = cap;
        this.slope = slope;
    }

    /** The checks of a whole matrix given at once: n by n values, finite, at least 0, symmetric, 0 on the diagonal. */
    static void check(double[][] values, int n) {
        if (values.length != n) {
            throw new IllegalArgumentException("saturation needs n by n values, got " + values.length + " rows for "
                    + n + " items");
        }
        for (int i = 0; i < n; i++) {
            if (values[i].length != n) {
                throw new IllegalArgumentException("saturation values: row " + i + " has " + values[i].length
                        + " entries, expected " + n);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = values[i][j];
                if (!Double.isFinite(v) || v < 0 || v != values[j][i] || i == j && v != 0) {
                    throw new IllegalArgumentException("saturation value of " + i + "," + j + " must be finite, at"
                            + " least 0, symmetric and 0 on the diagonal, got " + v);
                }
            }
        }
    }

    /** The pairs of a group of {@code size} members. */
    static double pairs(double size) {
        return size * (size - 1) / 2.0;
    }

    /**
     * What the assignment adds when its scored groups hold {@code pairs} pairs whose values total {@code total}: never
     * positive, 0 up to the cap.
     */
    double value(double total, double pairs) {
        double excess = total - cap * pairs;
        return excess > 0 ? -(1 - slope) * excess : 0;
    }
}
