package org.mentorkit.matching.core;

import java.util.Arrays;

/**
 * The group-level spread term of a {@link GroupingInstance}: items have positions on a circle, a group's spread is the
 * largest circular distance between two of its members, and a scored group adds
 * {@code -weight * (spread / (period / 2))^power}, less {@code step} when its spread exceeds {@code threshold}.
 */
final class SpreadTerm {

    final double[] positions; // on [0, period), so that a distance needs no remainder (it is evaluated very often)
    final double period;
    private final double weight;
    private final double power;
    private final double threshold;
    private final double step;

    SpreadTerm(double[] positions, double period, double weight, double power, double threshold, double step) {
        this.positions = Arrays.stream(positions).map(p -> ((p % period) + period) % period).toArray();
        this.period = period;
        this.weight = weight;
        this.power = power;
        this.threshold = threshold;
        this.step = step;
    }

    private SpreadTerm(SpreadTerm base, double threshold, double step) {
        positions = base.positions; // already on [0, period): normalising again could move them by a rounding
        period = base.period;
        weight = base.weight;
        power = base.power;
        this.threshold = threshold;
        this.step = step;
    }

    /** The builder's term, its arguments checked (see {@code GroupingInstance.Builder.spread}). */
    static SpreadTerm of(double[] positions, int items, double period, double weight, double power) {
        if (positions.length != items || !(period > 0) || weight < 0 || !(power > 0)) {
            throw new IllegalArgumentException("spread needs one position per item, a positive period and power"
                    + " and a weight of at least 0");
        }
        return new SpreadTerm(positions, period, weight, power, Double.POSITIVE_INFINITY, 0);
    }

    /** {@code base} with a step: a group whose spread exceeds {@code threshold} costs {@code step} more. */
    static SpreadTerm withStep(SpreadTerm base, double threshold, double step) {
        if (base == null || !(threshold >= 0) || !(step >= 0)) {
            throw new IllegalArgumentException("spreadStep needs spread(...) first, a threshold >= 0 and a penalty >= 0");
        }
        return new SpreadTerm(base, threshold, step);
    }

    /** Largest circular distance among members (skipping {@code skip}, adding {@code add} when not -1). */
    double spread(int[] members, int size, int skip, int add) {
        double max = 0;
        for (int x = 0; x < size; x++) {
            int i = members[x];
            if (i == skip) {
                continue;
            }
            if (add >= 0) {
                max = Math.max(max, distance(i, add));
            }
            for (int y = x + 1; y < size; y++) {
                int j = members[y];
                if (j != skip) {
                    max = Math.max(max, distance(i, j));
                }
            }
        }
        return max;
    }

    /** The circular distance of items {@code i} and {@code j}: 0 to half the period. */
    double distance(int i, int j) {
        double d = Math.abs(positions[i] - positions[j]);
        return Math.min(d, period - d);
    }

    /**
     * What a group of this spread adds to the objective: 0 at no spread, never positive and never rising with the
     * spread, which the search's exact pruning ({@code SearchState.moveRelief} and {@code swapRelief}) relies on.
     */
    double value(double spread) {
        double value = -weight * Math.pow(spread / (period / 2), power);
        return spread > threshold ? value - step : value;
    }
}
