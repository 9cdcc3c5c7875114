package org.mentorkit.matching.core;

import java.util.Arrays;

/**
 * Where items may go, as {@link GroupingInstance.Builder} fills it in: each item's class and each group's bounds per
 * class, fixed and forbidden item-to-group assignments, unscored groups and item-to-group preferences. Each setter
 * checks its numbers and values first ({@link IndexChecks}); the instance takes the arrays over when it is built.
 */
final class PlacementTables {

    final int n;
    final int m;
    final int classes;
    final int[] itemClass;
    final int[][] lower; // [group][class]
    final int[][] upper;
    final int[] fixed; // -1 when free
    final boolean[] scored;
    boolean[][] forbidden; // made at the first forbidden assignment
    double[][] preferences; // made at the first preference

    /** One class per item (0), bounds 0 to {@code n}, nothing fixed or forbidden, every group scored. */
    PlacementTables(int n, int m, int classes) {
        this.n = n;
        this.m = m;
        this.classes = classes;
        itemClass = new int[n];
        lower = new int[m][classes];
        upper = new int[m][classes];
        for (int[] u : upper) {
            Arrays.fill(u, n);
        }
        fixed = new int[n];
        Arrays.fill(fixed, -1);
        scored = new boolean[m];
        Arrays.fill(scored, true);
    }

    void preference(int i, int g, double value) {
        IndexChecks.check("item", i, n);
        IndexChecks.check("group", g, m);
        preferences = preferences == null ? new double[n][m] : preferences;
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("preference of item " + i + " for group " + g + " must be finite, got "
                    + value);
        }
        preferences[i][g] += value;
    }

    void itemClass(int i, int c) {
        IndexChecks.check("item", i, n);
        IndexChecks.check("class", c, classes);
        itemClass[i] = c;
    }

    void classBounds(int g, int c, int min, int max) {
        IndexChecks.check("group", g, m);
        IndexChecks.check("class", c, classes);
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("bounds of group " + g + " must satisfy 0 <= min <= max, got "
                    + min + ".." + max);
        }
        lower[g][c] = min;
        upper[g][c] = max;
    }

    void fix(int i, int g) {
        IndexChecks.check("item", i, n);
        IndexChecks.check("group", g, m);
        fixed[i] = g;
    }

    void forbid(int i, int g) {
        IndexChecks.check("item", i, n);
        IndexChecks.check("group", g, m);
        forbidden = forbidden == null ? new boolean[n][m] : forbidden;
        forbidden[i][g] = true;
    }

    void unscored(int g) {
        IndexChecks.check("group", g, m);
        scored[g] = false;
    }
}
