package org.mentorkit.matching.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain grouping problem: put {@code n} items into {@code m} groups so that the sum of the pairwise weights inside
 * groups (plus optional item-to-group preferences) is as large as possible, under hard rules.
 *
 * <p>Hard rules: every item of class {@code c} counts towards group {@code g}'s bounds for class {@code c} (one class
 * gives plain group-size bounds, as in the Maximally Diverse Grouping Problem); fixed and forbidden item-to-group
 * assignments; pairs that must be apart or together; and non-isolation sets (no group may hold exactly one item of the
 * set). Class bounds, fixed and forbidden assignments are never broken by the search; the other rules are handled as
 * penalties with an adaptive weight and the result says whether they all hold.
 *
 * <p>Groups can be marked unscored: their pairs do not count (used for a "bench" of unused items, e.g. mentors without
 * a group), and the pair rules are not checked inside them.
 *
 * <p>Instances are immutable; build one with {@link #builder(int, int)}.
 */
public final class GroupingInstance {

    final int n;
    final int m;
    final int classes;
    final double[][] weights;
    final double[][] preferences; // null when unused
    final int[] itemClass;
    final int[][] lower; // [group][class]
    final int[][] upper;
    final int[] fixed; // -1 when free
    final boolean[][] forbidden; // null when unused
    final boolean[] scored;
    final int[][] apart; // pairs
    final int[][] together;
    final int[][] nonIsolation; // item sets
    final double[] spreadPosition; // null when there is no spread term
    final double spreadPeriod;
    final double spreadWeight;
    final double spreadPower;

    private GroupingInstance(Builder b) {
        n = b.n;
        m = b.m;
        classes = b.classes;
        // Copied, so that the builder (which the caller keeps) can never change an instance that says it is immutable.
        weights = deepCopy(b.weights);
        preferences = b.preferences == null ? null : deepCopy(b.preferences);
        itemClass = b.itemClass.clone();
        lower = deepCopy(b.lower);
        upper = deepCopy(b.upper);
        fixed = b.fixed.clone();
        forbidden = b.forbidden == null ? null : deepCopy(b.forbidden);
        scored = b.scored.clone();
        apart = b.apart.toArray(new int[0][]);
        together = b.together.toArray(new int[0][]);
        nonIsolation = b.nonIsolation.toArray(new int[0][]);
        spreadPosition = b.spreadPosition == null ? null : b.spreadPosition.clone();
        spreadPeriod = b.spreadPeriod;
        spreadWeight = b.spreadWeight;
        spreadPower = b.spreadPower;
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

    double distance(int i, int j) {
        double d = Math.abs(spreadPosition[i] - spreadPosition[j]) % spreadPeriod;
        return Math.min(d, spreadPeriod - d);
    }

    double spreadValue(double spread) {
        return -spreadWeight * Math.pow(spread / (spreadPeriod / 2), spreadPower);
    }

    /** Whether item {@code i} may be in group {@code g} (not forbidden there). */
    boolean allowed(int i, int g) {
        return forbidden == null || !forbidden[i][g];
    }

    /** The items that are not fixed to a group, in item order. */
    int[] freeItems() {
        return java.util.stream.IntStream.range(0, n).filter(i -> fixed[i] < 0).toArray();
    }

    /** A builder for {@code n} items in {@code m} groups, one item class, no size bounds yet (0 to n). */
    public static Builder builder(int n, int m) {
        return new Builder(n, m, 1);
    }

    /** A builder with {@code classes} item classes, each bounded separately per group. */
    public static Builder builder(int n, int m, int classes) {
        return new Builder(n, m, classes);
    }

    /** The number of items. */
    public int items() {
        return n;
    }

    /** The number of groups. */
    public int groups() {
        return m;
    }

    /** The weight of the pair {@code i, j} (0 on the diagonal). */
    public double weight(int i, int j) {
        return weights[i][j];
    }

    /** The preference of item {@code i} for group {@code g} (0 unless set). */
    public double preference(int i, int g) {
        return preferences == null ? 0 : preferences[i][g];
    }

    /** Item {@code i}'s class. */
    public int itemClass(int i) {
        return itemClass[i];
    }

    /** The fewest items of class {@code c} group {@code g} may hold. */
    public int lower(int g, int c) {
        return lower[g][c];
    }

    /** The most items of class {@code c} group {@code g} may hold. */
    public int upper(int g, int c) {
        return upper[g][c];
    }

    /** Whether pairs inside group {@code g} count. */
    public boolean scored(int g) {
        return scored[g];
    }

    /** The objective of a complete assignment: pair weights inside scored groups plus preferences. */
    public double objective(int[] assignment) {
        double total = 0;
        double[] spreadMax = new double[m];
        for (int i = 0; i < n; i++) {
            int g = assignment[i];
            if (preferences != null) {
                total += preferences[i][g];
            }
            if (!scored[g]) {
                continue;
            }
            if (spreadPosition != null) {
                for (int j = i + 1; j < n; j++) {
                    if (assignment[j] == g) {
                        spreadMax[g] = Math.max(spreadMax[g], distance(i, j));
                    }
                }
            }
            double[] row = weights[i];
            for (int j = i + 1; j < n; j++) {
                if (assignment[j] == g) {
                    total += row[j];
                }
            }
        }
        if (spreadPosition != null) {
            for (int g = 0; g < m; g++) {
                if (scored[g]) {
                    total += spreadValue(spreadMax[g]);
                }
            }
        }
        return total;
    }

    /**
     * The broken rules of a complete assignment, in words, by a plain full check (used for reports and tests; the
     * search keeps its own incremental counts).
     */
    public List<String> violations(int[] assignment) {
        List<String> out = new ArrayList<>();
        int[][] count = new int[m][classes];
        for (int i = 0; i < n; i++) {
            int g = assignment[i];
            if (g < 0 || g >= m) {
                out.add("item " + i + " has no group");
                continue;
            }
            count[g][itemClass[i]]++;
            if (fixed[i] >= 0 && fixed[i] != g) {
                out.add("item " + i + " must be in group " + fixed[i]);
            }
            if (forbidden != null && forbidden[i][g]) {
                out.add("item " + i + " may not be in group " + g);
            }
        }
        for (int g = 0; g < m; g++) {
            for (int c = 0; c < classes; c++) {
                if (count[g][c] < lower[g][c] || count[g][c] > upper[g][c]) {
                    out.add("group " + g + " holds " + count[g][c] + " items of class " + c + ", expected "
                            + lower[g][c] + " to " + upper[g][c]);
                }
            }
        }
        for (int[] p : apart) {
            if (assignment[p[0]] == assignment[p[1]] && scored[assignment[p[0]]]) {
                out.add("items " + p[0] + " and " + p[1] + " must be apart");
            }
        }
        for (int[] p : together) {
            if (assignment[p[0]] != assignment[p[1]]) {
                out.add("items " + p[0] + " and " + p[1] + " must be together");
            }
        }
        for (int r = 0; r < nonIsolation.length; r++) {
            int[] inGroup = new int[m];
            for (int i : nonIsolation[r]) {
                inGroup[assignment[i]]++;
            }
            for (int g = 0; g < m; g++) {
                if (inGroup[g] == 1 && scored[g]) {
                    out.add("group " + g + " isolates one member of set " + r);
                }
            }
        }
        return out;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static boolean[][] deepCopy(boolean[][] a) {
        boolean[][] c = new boolean[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static int[][] deepCopy(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** Builds a {@link GroupingInstance}. Not thread-safe; {@link #build()} copies what later calls could change. */
    public static final class Builder {
        private final int n;
        private final int m;
        private final int classes;
        private final double[][] weights;
        private double[][] preferences;
        private final int[] itemClass;
        private final int[][] lower;
        private final int[][] upper;
        private final int[] fixed;
        private boolean[][] forbidden;
        private final boolean[] scored;
        private final List<int[]> apart = new ArrayList<>();
        private final List<int[]> together = new ArrayList<>();
        private final List<int[]> nonIsolation = new ArrayList<>();
        private double[] spreadPosition;
        private double spreadPeriod;
        private double spreadWeight;
        private double spreadPower;
        private boolean built;

        private Builder(int n, int m, int classes) {
            if (n < 1 || m < 1 || classes < 1) {
                throw new IllegalArgumentException("need at least one item, group and class; got n=" + n + ", m=" + m
                        + ", classes=" + classes);
            }
            this.n = n;
            this.m = m;
            this.classes = classes;
            weights = new double[n][n];
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

        /** Sets the weight of the pair {@code i, j} (both directions). */
        public Builder weight(int i, int j, double w) {
            checkItem(i);
            checkItem(j);
            if (i == j) {
                throw new IllegalArgumentException("a pair needs two different items, got " + i + " twice");
            }
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("weight of " + i + "," + j + " must be finite, got " + w);
            }
            weights[i][j] = w;
            weights[j][i] = w;
            return this;
        }

        /** Adds to the preference of item {@code i} for group {@code g}. */
        public Builder preference(int i, int g, double value) {
            checkItem(i);
            checkGroup(g);
            if (preferences == null) {
                preferences = new double[n][m];
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("preference of item " + i + " for group " + g + " must be finite, got "
                        + value);
            }
            preferences[i][g] += value;
            return this;
        }

        /** Sets the class of item {@code i}. */
        public Builder itemClass(int i, int c) {
            checkItem(i);
            if (c < 0 || c >= classes) {
                throw new IllegalArgumentException("class " + c + " outside 0.." + (classes - 1));
            }
            itemClass[i] = c;
            return this;
        }

        /** Bounds the number of class-0 items (all items, with one class) of group {@code g}. */
        public Builder sizeBounds(int g, int min, int max) {
            return classBounds(g, 0, min, max);
        }

        /** Bounds the number of class-{@code c} items of group {@code g}. */
        public Builder classBounds(int g, int c, int min, int max) {
            checkGroup(g);
            if (min < 0 || min > max) {
                throw new IllegalArgumentException("bounds of group " + g + " must satisfy 0 <= min <= max, got "
                        + min + ".." + max);
            }
            lower[g][c] = min;
            upper[g][c] = max;
            return this;
        }

        /** Item {@code i} must be in group {@code g}. */
        public Builder fix(int i, int g) {
            checkItem(i);
            checkGroup(g);
            fixed[i] = g;
            return this;
        }

        /** Item {@code i} must not be in group {@code g}. */
        public Builder forbid(int i, int g) {
            checkItem(i);
            checkGroup(g);
            if (forbidden == null) {
                forbidden = new boolean[n][m];
            }
            forbidden[i][g] = true;
            return this;
        }

        /** Pairs inside group {@code g} do not count and pair rules are not checked there. */
        public Builder unscored(int g) {
            checkGroup(g);
            scored[g] = false;
            return this;
        }

        /** Items {@code i} and {@code j} must not share a scored group. */
        public Builder apart(int i, int j) {
            checkItem(i);
            checkItem(j);
            if (i == j) {
                throw new IllegalArgumentException("apart needs two different items, got " + i + " twice");
            }
            apart.add(new int[] {i, j});
            return this;
        }

        /** Items {@code i} and {@code j} must share a group. */
        public Builder together(int i, int j) {
            checkItem(i);
            checkItem(j);
            if (i == j) {
                throw new IllegalArgumentException("together needs two different items, got " + i + " twice");
            }
            together.add(new int[] {i, j});
            return this;
        }

        /** No scored group may hold exactly one of {@code items}. */
        public Builder nonIsolation(int[] items) {
            for (int i : items) {
                checkItem(i);
            }
            nonIsolation.add(items.clone());
            return this;
        }

        /**
         * A group-level term: each item has a position on a circle of length {@code period} (e.g. its UTC offset on a
         * 24-hour clock) and every scored group adds {@code -weight * (spread / (period / 2))^power}, where spread is
         * the largest circular distance between two of its members. Moves are evaluated in O(group size squared).
         */
        public Builder spread(double[] positions, double period, double weight, double power) {
            if (positions.length != n || !(period > 0) || weight < 0 || !(power > 0)) {
                throw new IllegalArgumentException("spread needs one position per item, a positive period and power"
                        + " and a weight of at least 0");
            }
            spreadPosition = positions.clone();
            spreadPeriod = period;
            spreadWeight = weight;
            spreadPower = power;
            return this;
        }

        /** The instance. The builder must not be used afterwards (its weight matrix is shared, not copied). */
        public GroupingInstance build() {
            if (built) {
                throw new IllegalStateException("build() was already called");
            }
            built = true;
            return new GroupingInstance(this);
        }

        private void checkItem(int i) {
            if (i < 0 || i >= n) {
                throw new IllegalArgumentException("item " + i + " outside 0.." + (n - 1));
            }
        }

        private void checkGroup(int g) {
            if (g < 0 || g >= m) {
                throw new IllegalArgumentException("group " + g + " outside 0.." + (m - 1));
            }
        }
    }
}
