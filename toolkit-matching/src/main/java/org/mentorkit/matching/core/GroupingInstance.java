package org.mentorkit.matching.core;

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
 * <p>Items are numbered 0 to {@link #items()} - 1, groups 0 to {@link #groups()} - 1 and classes from 0; an accessor
 * given a number outside its range throws {@link ArrayIndexOutOfBoundsException}. Instances are immutable, so one may
 * be solved by several threads at once; build one with {@link #builder(int, int)}.
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
    final SpreadTerm spreadTerm; // null when there is no spread term
    final double[] spreadPosition; // the term's positions, on [0, period); null without it
    final double spreadPeriod;
    final SaturationTerm saturation; // null when there is no saturation term
    final SizeNeutral neutral; // null unless scoring is size-neutral
    final EvenSizePull sizePull; // null unless a preference for the even size is set

    private GroupingInstance(Builder b) {
        PlacementTables place = b.placement;
        PairTables pairs = b.pairs;
        n = place.n;
        m = place.m;
        classes = place.classes;
        // Taken over, not copied: build() closes the builder (every later call throws), so nothing can change an
        // instance that says it is immutable, and a 2,500-item cohort does not hold its n x n weights twice.
        weights = pairs.weights;
        preferences = place.preferences;
        itemClass = place.itemClass;
        lower = place.lower;
        upper = place.upper;
        fixed = place.fixed;
        forbidden = place.forbidden;
        scored = place.scored;
        apart = pairs.apart.toArray(new int[0][]);
        together = pairs.together.toArray(new int[0][]);
        nonIsolation = pairs.nonIsolation.toArray(new int[0][]);
        spreadTerm = b.spread;
        spreadPosition = spreadTerm == null ? null : spreadTerm.positions;
        spreadPeriod = spreadTerm == null ? 0 : spreadTerm.period;
        saturation = pairs.saturationTerm();
        neutral = b.neutral;
        sizePull = b.sizePull;
    }

    /** Whether item {@code i} may be in group {@code g} (not forbidden there). */
    boolean allowed(int i, int g) {
        return forbidden == null || !forbidden[i][g];
    }

    /** The items that are not fixed to a group, in item order. */
    int[] freeItems() {
        return java.util.stream.IntStream.range(0, n).filter(i -> fixed[i] < 0).toArray();
    }

    /**
     * {@return a builder with one item class (so {@link Builder#sizeBounds} bounds group sizes), all weights 0, every
     * group scored and sizes bounded only by 0 to {@code n}}
     * @param n the number of items, at least 1
     * @param m the number of groups, at least 1
     */
    public static Builder builder(int n, int m) {
        return new Builder(n, m, 1);
    }

    /**
     * {@return a builder whose items fall into classes, each bounded separately per group (mentors and mentees, say),
     * with all weights 0, every group scored and each class bounded only by 0 to {@code n}}
     * @param n       the number of items, at least 1
     * @param m       the number of groups, at least 1
     * @param classes the number of item classes, at least 1; every item starts in class 0
     */
    public static Builder builder(int n, int m, int classes) {
        return new Builder(n, m, classes);
    }

    /** {@return the number of items, at least 1: an assignment has one entry per item} */
    public int items() {
        return n;
    }

    /** {@return the number of groups, unscored ones included, at least 1} */
    public int groups() {
        return m;
    }

    /**
     * {@return what having items {@code i} and {@code j} in one scored group is worth: the same for {@code (j, i)},
     * 0 on the diagonal and for pairs never set}
     * @param i an item
     * @param j an item
     */
    public double weight(int i, int j) {
        return weights[i][j];
    }

    /**
     * {@return what having item {@code i} in group {@code g} is worth, scored or not: the sum of the preferences
     * added for them, 0 when none was}
     * @param i an item
     * @param g a group
     */
    public double preference(int i, int g) {
        return preferences == null ? 0 : preferences[i][g];
    }

    /**
     * {@return item {@code i}'s class for the per-class group bounds, 0 unless set}
     * @param i an item
     */
    public int itemClass(int i) {
        return itemClass[i];
    }

    /**
     * {@return the fewest items of class {@code c} group {@code g} may hold, 0 unless set}
     * @param g a group
     * @param c a class
     */
    public int lower(int g, int c) {
        return lower[g][c];
    }

    /**
     * {@return the most items of class {@code c} group {@code g} may hold, {@link #items()} unless set}
     * @param g a group
     * @param c a class
     */
    public int upper(int g, int c) {
        return upper[g][c];
    }

    /**
     * {@return whether pairs in group {@code g} count towards the objective and the apart and non-isolation rules:
     * true unless it was marked {@link Builder#unscored(int) unscored}}
     * @param g a group
     */
    public boolean scored(int g) {
        return scored[g];
    }

    /**
     * {@return the objective of a complete assignment, larger is better: pair weights in scored groups, every item's
     * preference for its group, each scored group's {@link Builder#spread spread} term, the {@link Builder#saturation
     * saturation} term, {@link Builder#sizeNeutral size-neutral} scaling and the {@link Builder#evenSizePull
     * preference for the even size}, each when set} Rules are not looked at, see {@link #violations(int[])}.
     * @param assignment the group of each item, one entry per item
     */
    public double objective(int[] assignment) {
        return FullCheck.objective(this, assignment);
    }

    /**
     * {@return the broken rules of a complete assignment, one English sentence each, naming items and groups by
     * number; empty when every rule holds} A plain full check for reports and tests.
     * @param assignment the group of each item, one entry per item
     */
    public List<String> violations(int[] assignment) {
        return FullCheck.violations(this, assignment);
    }

    /**
     * Builds a {@link GroupingInstance}; not thread-safe. Each method throws {@link IllegalArgumentException}, saying
     * what was wrong, for an item, group or class number out of range, as {@link #builder} does for a count below 1.
     */
    public static final class Builder {
        private final PlacementTables placement;
        private final PairTables pairs;
        private SpreadTerm spread;
        private SizeNeutral neutral;
        private EvenSizePull sizePull;
        private boolean built;

        private Builder(int n, int m, int classes) {
            if (n < 1 || m < 1 || classes < 1) {
                throw new IllegalArgumentException("need at least one item, group and class; got n=" + n + ", m=" + m
                        + ", classes=" + classes);
            }
            placement = new PlacementTables(n, m, classes);
            pairs = new PairTables(n);
        }

        /**
         * Sets the weight of a pair, in both directions; a later call for the same pair replaces it.
         * @param i an item
         * @param j another item
         * @param w what it is worth to have both in the same scored group: positive attracts, negative repels
         * @return this builder
         * @throws IllegalArgumentException if {@code i == j} or {@code w} is not finite
         */
        public Builder weight(int i, int j, double w) {
            open();
            pairs.weight(i, j, w);
            return this;
        }

        /**
         * Adds to the preference of an item for a group (calls add up).
         * @param i     an item
         * @param g     a group
         * @param value what it is worth to have the item in that group; finite
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is not finite
         */
        public Builder preference(int i, int g, double value) {
            open();
            placement.preference(i, g, value);
            return this;
        }

        /**
         * Sets the class of an item (every item starts in class 0).
         * @param i an item
         * @param c its class
         * @return this builder
         */
        public Builder itemClass(int i, int c) {
            open();
            placement.itemClass(i, c);
            return this;
        }

        /**
         * Bounds the number of class-0 items of a group (its size, when there is one class), as
         * {@link #classBounds classBounds(g, 0, min, max)}.
         * @param g   a group
         * @param min the fewest items, at least 0
         * @param max the most items, at least {@code min}
         * @return this builder
         */
        public Builder sizeBounds(int g, int min, int max) {
            return classBounds(g, 0, min, max);
        }

        /**
         * Bounds the number of items of one class in a group; the search keeps every assignment within them.
         * @param g   a group
         * @param c   a class
         * @param min the fewest items of that class, at least 0
         * @param max the most items of that class, at least {@code min}
         * @return this builder
         * @throws IllegalArgumentException if not {@code 0 <= min <= max}
         */
        public Builder classBounds(int g, int c, int min, int max) {
            open();
            placement.classBounds(g, c, min, max);
            return this;
        }

        /**
         * Fixes an item to a group; the search never moves it (a later call replaces the group).
         * @param i an item
         * @param g its group
         * @return this builder
         */
        public Builder fix(int i, int g) {
            open();
            placement.fix(i, g);
            return this;
        }

        /**
         * Forbids an item a group; the search never puts it there.
         * @param i an item
         * @param g a group it may not join
         * @return this builder
         */
        public Builder forbid(int i, int g) {
            open();
            placement.forbid(i, g);
            return this;
        }

        /**
         * Marks a group unscored, e.g. a bench of unused items: pairs inside it add nothing and the apart and
         * non-isolation rules are not checked there (together still is).
         * @param g a group
         * @return this builder
         */
        public Builder unscored(int g) {
            open();
            placement.unscored(g);
            return this;
        }

        /**
         * Keeps two items out of one scored group (a penalty during the search; see
         * {@link GroupingSolution#feasible()}).
         * @param i an item
         * @param j another item
         * @return this builder
         * @throws IllegalArgumentException if {@code i == j}
         */
        public Builder apart(int i, int j) {
            open();
            pairs.apart(i, j);
            return this;
        }

        /**
         * Keeps two items in one group, scored or not (a penalty during the search).
         * @param i an item
         * @param j another item
         * @return this builder
         * @throws IllegalArgumentException if {@code i == j}
         */
        public Builder together(int i, int j) {
            open();
            pairs.together(i, j);
            return this;
        }

        /**
         * Adds a non-isolation set: no scored group may hold exactly one of its items (a penalty during the search).
         * @param items the set's items, each 0 to {@code n - 1}; the array is copied
         * @return this builder
         */
        public Builder nonIsolation(int[] items) {
            open();
            pairs.nonIsolation(items);
            return this;
        }

        /**
         * A group-level term: each item has a position on a circle of length {@code period} (e.g. its UTC offset on a
         * 24-hour clock) and every scored group adds {@code -weight * (spread / (period / 2))^power}, where spread is
         * the largest circular distance between two of its members; moves cost O(group size). A later call replaces it.
         * @param positions each item's position on the circle, one per item; the array is copied
         * @param period    the circle's length, positive
         * @param weight    the term's weight, at least 0
         * @param power     how steeply a wide spread costs, positive (2: quadratically)
         * @return this builder
         * @throws IllegalArgumentException if there is not one position per item, {@code period} or {@code power}
         *                                  is not positive, or {@code weight} is negative
         */
        public Builder spread(double[] positions, double period, double weight, double power) {
            open();
            spread = SpreadTerm.of(positions, placement.n, period, weight, power);
            return this;
        }

        /**
         * Adds a step to the {@link #spread spread term}: every scored group whose spread exceeds {@code threshold}
         * costs {@code penalty} more (a count of groups "too spread out" is what people notice).
         * @param threshold the spread above which a group pays the step, in the positions' unit, at least 0
         * @param penalty   what such a group costs, at least 0
         * @return this builder
         * @throws IllegalArgumentException if {@link #spread} was not called first, or either value is negative
         */
        public Builder spreadStep(double threshold, double penalty) {
            open();
            spread = SpreadTerm.withStep(spread, threshold, penalty);
            return this;
        }

        /**
         * Diminishing returns over all scored groups: the total of the pair values inside them (set with
         * {@link #saturationValue}; counted in the pair weights too) above {@code capPerPair} per such pair counts
         * {@code slope} of itself: the objective gains {@code -(1 - slope) * max(0, total - capPerPair * pairs)}. A later
         * call replaces the cap and slope and keeps the values.
         * @param capPerPair the mean pair value above which the total saturates, at least 0
         * @param slope      what the total counts above the cap, 0 (nothing) to 1 (in full)
         * @return this builder
         * @throws IllegalArgumentException if the cap or slope is out of range
         */
        public Builder saturation(double capPerPair, double slope) {
            open();
            pairs.saturation(capPerPair, slope);
            return this;
        }

        /**
         * Sets the saturation value of a pair, in both directions (0 unless set; a later call for the same pair
         * replaces it). The values count only once {@link #saturation(double, double)} sets the term's cap and slope.
         * @param i an item
         * @param j another item
         * @param v the pair's value, finite and at least 0
         * @return this builder
         * @throws IllegalArgumentException if {@code i == j} or {@code v} is negative or not finite
         */
        public Builder saturationValue(int i, int j, double v) {
            open();
            pairs.saturationValue(i, j, v);
            return this;
        }

        /**
         * As {@link #saturationValue} for every pair and then {@link #saturation(double, double)}: a whole matrix of
         * values at once.
         * @param values     n by n, symmetric, finite, at least 0, 0 on the diagonal; copied
         * @param capPerPair the mean pair value above which the total saturates, at least 0
         * @param slope      what the total counts above the cap, 0 (nothing) to 1 (in full)
         * @return this builder
         * @throws IllegalArgumentException if the values are not such a matrix or the cap or slope is out of range
         */
        public Builder saturation(double[][] values, double capPerPair, double slope) {
            open();
            pairs.saturationValues(values);
            return saturation(capPerPair, slope);
        }

        /**
         * Size-neutral scoring, for sizes that may vary: each scored group's pair sums (weights, saturation values)
         * count as their mean per pair times the pairs of a group of {@code referenceSize} items ({@link SizeNeutral}).
         * @param referenceSize the items of the reference (even) group, at least 2; need not be whole
         * @return this builder
         * @throws IllegalArgumentException if {@code referenceSize} is below 2 or not finite
         */
        public Builder sizeNeutral(double referenceSize) {
            open();
            neutral = SizeNeutral.of(referenceSize);
            return this;
        }

        /**
         * A preference for the even size where sizes may vary ({@link EvenSizePull}): each scored group of {@code k}
         * items adds {@code -weight * (k - referenceSize)^2}, so that groups leave it only where that gains more.
         * @param referenceSize the items of the even group, at least 1; need not be whole
         * @param weight        the cost of one item squared off the even size, at least 0
         * @return this builder
         * @throws IllegalArgumentException if either is below its least value or not finite
         */
        public Builder evenSizePull(double referenceSize, double weight) {
            open();
            sizePull = EvenSizePull.of(referenceSize, weight);
            return this;
        }

        /**
         * {@return the immutable instance, safe to share between threads} It takes over what the builder holds, so
         * every later call on this builder throws {@link IllegalStateException}.
         * @throws IllegalStateException if {@code build()} was already called on this builder
         */
        public GroupingInstance build() {
            open();
            built = true;
            return new GroupingInstance(this);
        }

        /** Every call after {@link #build()} throws: the instance took over the builder's arrays. */
        private void open() {
            if (built) {
                throw new IllegalStateException("build() was already called: this builder's instance is made");
            }
        }
    }
}
