package org.mentorkit.matching.core;

import java.util.ArrayList;
import java.util.List;

/**
 * What pairs of items are worth and the rules on them, as {@link GroupingInstance.Builder} fills them in: the pair
 * weights, the apart and together pairs, the non-isolation sets and the saturation term's values, cap and slope. Each
 * setter checks its numbers and values first ({@link IndexChecks}); the instance takes the tables over when it is
 * built.
 */
final class PairTables {

    final int n;
    final double[][] weights;
    final List<int[]> apart = new ArrayList<>();
    final List<int[]> together = new ArrayList<>();
    final List<int[]> nonIsolation = new ArrayList<>();
    private double[][] saturationValues; // made at the first value given
    private boolean saturationSet;
    private double saturationCap;
    private double saturationSlope;

    /** All weights 0, no rules, no saturation term. */
    PairTables(int n) {
        this.n = n;
        weights = new double[n][n];
    }

    void weight(int i, int j, double w) {
        IndexChecks.pair("a pair", i, j, n);
        if (!Double.isFinite(w)) {
            throw new IllegalArgumentException("weight of " + i + "," + j + " must be finite, got " + w);
        }
        weights[i][j] = w;
        weights[j][i] = w;
    }

    void apart(int i, int j) {
        IndexChecks.pair("apart", i, j, n);
        apart.add(new int[] {i, j});
    }

    void together(int i, int j) {
        IndexChecks.pair("together", i, j, n);
        together.add(new int[] {i, j});
    }

    void nonIsolation(int[] items) {
        for (int i : items) {
            IndexChecks.check("item", i, n);
        }
        nonIsolation.add(items.clone());
    }

    void saturation(double capPerPair, double slope) {
        if (!(capPerPair >= 0) || !(slope >= 0 && slope <= 1)) {
            throw new IllegalArgumentException("saturation needs a cap of at least 0 and a slope of 0 to 1, got"
                    + " cap " + capPerPair + ", slope " + slope);
        }
        saturationSet = true;
        saturationCap = capPerPair;
        saturationSlope = slope;
    }

    void saturationValue(int i, int j, double v) {
        IndexChecks.pair("a pair", i, j, n);
        if (!Double.isFinite(v) || v < 0) {
            throw new IllegalArgumentException("saturation value of " + i + "," + j + " must be finite and at"
                    + " least 0, got " + v);
        }
        double[][] values = saturationValues();
        values[i][j] = v;
        values[j][i] = v;
    }

    /** A whole matrix of saturation values, checked and then copied (the cap and slope are set apart). */
    void saturationValues(double[][] values) {
        SaturationTerm.check(values, n);
        double[][] own = saturationValues();
        for (int i = 0; i < n; i++) {
            System.arraycopy(values[i], 0, own[i], 0, n);
        }
    }

    /** The saturation term, taking the values over (all 0 when none was given); null unless a cap and slope are set. */
    SaturationTerm saturationTerm() {
        return !saturationSet ? null : new SaturationTerm(saturationValues == null ? new double[n][n]
                : saturationValues, saturationCap, saturationSlope);
    }

    private double[][] saturationValues() {
        if (saturationValues == null) {
            saturationValues = new double[n][n];
        }
        return saturationValues;
    }
}
