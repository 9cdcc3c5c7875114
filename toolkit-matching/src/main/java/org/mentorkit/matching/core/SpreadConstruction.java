package org.mentorkit.matching.core;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Starting assignments for instances with a group-level spread term: the assignment whose spread term is the best
 * over "window" groupings, found exactly by dynamic programming. The items of each class are sorted by their position
 * on the circle, cut open at one position; each scored group, in index order, takes the next run of items of each
 * class (as many as its class bounds allow), so every group is a window of the circle. The dynamic programme over
 * (groups done, items of each class taken) finds the windows with the least total spread cost; every cut at a
 * distinct position is tried, and the best kept.
 *
 * <p>Why: the spread term depends only on each group's extreme members, which a search of single moves and swaps
 * sees badly (moving one member changes nothing until the last far-away one leaves), so random starts end far from
 * the groupings with few far-spread groups. Starting from the best windows, the search keeps what they achieve and
 * trades only where the pair weights gain more (swapping two items of the same position never changes a spread).
 *
 * <p>Applies to instances with at most two item classes, no fixed or forbidden items (pins keep random starts), and
 * unscored groups that take any number of a class or none of it. The programme runs only when it is small enough
 * ({@link #MAX_WORK} steps for all cuts); larger instances start from even windows instead (see {@link #of}).
 */
final class SpreadConstruction {

    /** The most dynamic-programme steps (over every cut) spent on one starting assignment. */
    static final long MAX_WORK = 30_000_000L;
    private static final double EPS = 1e-9;

    private final GroupingInstance in;
    private final SplittableRandom rnd;
    private final int[] scoredGroups;
    private final int[] unscoredGroups;
    private final int[][] byClass; // class -> its items
    private final boolean[] skippable; // class -> may items of it go to unscored groups
    private final double[] cuts;
    private final int[] size; // items per class (1 or 2 classes; a missing second class has 0)
    private double bestCut = Double.NaN; // found by the first start; later starts only reorder ties
    private final boolean exact; // the dynamic programme; else even windows (see evenWindows)

    private SpreadConstruction(GroupingInstance in, SplittableRandom rnd, boolean[] skippable, double[] cuts,
            boolean exact) {
        this.in = in;
        this.exact = exact;
        this.rnd = rnd;
        this.skippable = skippable;
        this.cuts = cuts;
        scoredGroups = IntStream.range(0, in.m).filter(g -> in.scored[g]).toArray();
        unscoredGroups = IntStream.range(0, in.m).filter(g -> !in.scored[g]).toArray();
        byClass = new int[2][];
        size = new int[2];
        for (int c = 0; c < 2; c++) {
            int cc = c;
            byClass[c] = IntStream.range(0, in.n).filter(i -> in.itemClass[i] == cc).toArray();
            size[c] = byClass[c].length;
        }
    }

    /**
     * The construction for {@code in}, or null when it does not apply (see the class comment). Where the dynamic
     * programme would be too large, the starts are even windows: each group takes its lower bounds and the rest of each
     * class in turn (as evenly as the upper bounds allow), as consecutive runs of the sorted items, at the best cut.
     * A random start of a 2,500-item cohort puts people of every zone in every group, and the search's first seconds
     * went on undoing that.
     */
    static SpreadConstruction of(GroupingInstance in, SplittableRandom rnd) {
        return of(in, rnd, false);
    }

    /** As {@link #of(GroupingInstance, SplittableRandom)}, but only the exact programme: null where it is too large. */
    static SpreadConstruction exactOf(GroupingInstance in, SplittableRandom rnd) {
        return of(in, rnd, true);
    }

    private static SpreadConstruction of(GroupingInstance in, SplittableRandom rnd, boolean exactOnly) {
        if (in.spreadPosition == null || in.classes > 2 || in.forbidden != null
                || Arrays.stream(in.fixed).anyMatch(g -> g >= 0)) {
            return null;
        }
        boolean[] skippable = new boolean[2];
        for (int c = 0; c < in.classes; c++) {
            int cc = c;
            long classItems = IntStream.range(0, in.n).filter(i -> in.itemClass[i] == cc).count();
            long room = 0;
            for (int g = 0; g < in.m; g++) {
                if (!in.scored[g]) {
                    if (in.lower[g][c] > 0) {
                        return null;
                    }
                    room += in.upper[g][c];
                }
            }
            if (room > 0 && room < classItems) {
                return null; // a bench for some of a class only: the windows would have to count it
            }
            skippable[c] = room > 0;
        }
        double[] cuts = Arrays.stream(in.spreadPosition).map(p -> floorMod(p, in.spreadPeriod)).distinct().sorted()
                .toArray();
        int scored = (int) IntStream.range(0, in.m).filter(g -> in.scored[g]).count();
        long states = (long) (scored + 1) * (count(in, 0) + 1) * (count(in, 1) + 1);
        long choices = 1;
        for (int g = 0; g < in.m; g++) {
            if (in.scored[g]) {
                long here = 1;
                for (int c = 0; c < in.classes; c++) {
                    here *= in.upper[g][c] - in.lower[g][c] + 1L;
                }
                choices = Math.max(choices, here);
            }
        }
        long work = states * (choices + 2) * cuts.length;
        if (scored == 0) {
            return null;
        }
        boolean small = work <= MAX_WORK && states <= 4_000_000L;
        return small || !exactOnly ? new SpreadConstruction(in, rnd, skippable, cuts, small) : null;
    }

    private static int count(GroupingInstance in, int c) {
        return (int) IntStream.range(0, in.n).filter(i -> in.itemClass[i] == c).count();
    }

    private static double floorMod(double x, double period) {
        double r = x % period;
        return r < 0 ? r + period : r;
    }

    /**
     * A new starting assignment: the best windows over every cut (later calls: at the cut the first call found),
     * items of equal position in a new random order (so that successive starts differ where the spread term does not
     * care).
     *
     * @return the assignment, or null when no windows keep the class bounds
     */
    int[] next() {
        if (!Double.isNaN(bestCut)) {
            Plan plan = solve(bestCut);
            return plan == null ? null : plan.assignment;
        }
        Plan best = null;
        for (double cut : cuts) {
            Plan plan = solve(cut);
            if (plan != null && (best == null || plan.cost < best.cost - EPS)) {
                best = plan;
                bestCut = cut;
            }
        }
        return best == null ? null : best.assignment;
    }

    private record Plan(double cost, int[] assignment) {
    }

    private Plan solve(double cut) {
        return exact ? programme(cut) : evenWindows(cut);
    }

    /** The items of each class sorted by position from {@code cut} (ties in a new random order each time). */
    private int[][] sortedFrom(double[] linear) {
        int[][] order = new int[2][];
        for (int c = 0; c < 2; c++) {
            int[] items = byClass[c].clone();
            Shuffle.shuffle(items, rnd);
            order[c] = Arrays.stream(items).boxed().sorted(Comparator.comparingDouble(i -> linear[i]))
                    .mapToInt(Integer::intValue).toArray();
        }
        return order;
    }

    private double[] linear(double cut) {
        double[] linear = new double[in.n];
        for (int i = 0; i < in.n; i++) {
            linear[i] = floorMod(in.spreadPosition[i] - cut, in.spreadPeriod);
        }
        return linear;
    }

    /**
     * Even windows at {@code cut}: every scored group's size per class is its lower bound plus a turn-by-turn share of
     * the rest within its upper bound; the runs follow the sorted order; items no scored group has room for go to the
     * unscored groups (null when they cannot take them). O(n log n) per cut.
     */
    private Plan evenWindows(double cut) {
        double[] linear = linear(cut);
        int[][] order = sortedFrom(linear);
        int groups = scoredGroups.length;
        int[][] take = new int[2][groups];
        for (int c = 0; c < in.classes; c++) {
            int left = size[c];
            for (int g = 0; g < groups; g++) {
                take[c][g] = in.lower[scoredGroups[g]][c];
                left -= take[c][g];
            }
            if (left < 0) {
                return null;
            }
            boolean grew = true;
            while (left > 0 && grew) {
                grew = false;
                for (int g = 0; g < groups && left > 0; g++) {
                    if (take[c][g] < in.upper[scoredGroups[g]][c]) {
                        take[c][g]++;
                        left--;
                        grew = true;
                    }
                }
            }
            if (left > 0 && !skippable[c]) {
                return null;
            }
        }
        int[] assignment = new int[in.n];
        int[] next = new int[2];
        double cost = 0;
        for (int g = 0; g < groups; g++) {
            int s = take[0][g];
            int t = take[1][g];
            cost -= in.spreadTerm.value(spread(order, linear, next[0], s, next[1], t));
            for (int k = next[0]; k < next[0] + s; k++) {
                assignment[order[0][k]] = scoredGroups[g];
            }
            for (int k = next[1]; k < next[1] + t; k++) {
                assignment[order[1][k]] = scoredGroups[g];
            }
            next[0] += s;
            next[1] += t;
        }
        int[][] benchUsed = new int[in.m][2];
        for (int c = 0; c < 2; c++) {
            for (int k = next[c]; k < size[c]; k++) {
                assignment[order[c][k]] = bench(c, benchUsed);
            }
        }
        return new Plan(cost, assignment);
    }

    private Plan programme(double cut) {
        double[] linear = linear(cut);
        int[][] order = sortedFrom(linear);
        int a = size[0] + 1;
        int b = size[1] + 1;
        int groups = scoredGroups.length;
        double[] cost = new double[(groups + 1) * a * b];
        int[] choice = new int[cost.length]; // how the state was reached: -1 skip class 0, -2 skip class 1, else s*b+t
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        cost[0] = 0;
        for (int g = 0; g <= groups; g++) {
            for (int i = 0; i < a; i++) {
                for (int j = 0; j < b; j++) {
                    int at = (g * a + i) * b + j;
                    double here = cost[at];
                    if (here == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    if (skippable[0] && i + 1 < a) {
                        relax(cost, choice, at + b, here, -1);
                    }
                    if (skippable[1] && j + 1 < b) {
                        relax(cost, choice, at + 1, here, -2);
                    }
                    if (g == groups) {
                        continue;
                    }
                    int grp = scoredGroups[g];
                    int lo1 = in.classes > 1 ? in.lower[grp][1] : 0;
                    int hi1 = in.classes > 1 ? in.upper[grp][1] : 0;
                    for (int s = in.lower[grp][0]; s <= in.upper[grp][0] && i + s < a; s++) {
                        for (int t = lo1; t <= hi1 && j + t < b; t++) {
                            double value = -in.spreadTerm.value(spread(order, linear, i, s, j, t));
                            relax(cost, choice, ((g + 1) * a + i + s) * b + j + t, here + value, s * b + t);
                        }
                    }
                }
            }
        }
        int last = (groups * a + size[0]) * b + size[1];
        if (cost[last] == Double.POSITIVE_INFINITY) {
            return null;
        }
        return new Plan(cost[last], rebuild(order, choice, last, a, b));
    }

    private static void relax(double[] cost, int[] choice, int to, double value, int how) {
        if (value < cost[to] - EPS) {
            cost[to] = value;
            choice[to] = how;
        }
    }

    /** The spread of the window: {@code s} items of class 0 from {@code i} and {@code t} of class 1 from {@code j}. */
    private double spread(int[][] order, double[] linear, int i, int s, int j, int t) {
        if (s + t < 2) {
            return 0;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        if (s > 0) {
            lo = linear[order[0][i]];
            hi = linear[order[0][i + s - 1]];
        }
        if (t > 0) {
            lo = Math.min(lo, linear[order[1][j]]);
            hi = Math.max(hi, linear[order[1][j + t - 1]]);
        }
        if (hi - lo <= in.spreadPeriod / 2) {
            return hi - lo; // within half the circle the window's width is the largest circular distance
        }
        int[] members = new int[s + t];
        System.arraycopy(order[0], i, members, 0, s);
        System.arraycopy(order[1], j, members, s, t);
        return in.spreadTerm.spread(members, members.length, -1, -1);
    }

    private int[] rebuild(int[][] order, int[] choice, int last, int a, int b) {
        int[] assignment = new int[in.n];
        int[][] benchUsed = new int[in.m][2];
        int at = last;
        while (at != 0) {
            int j = at % b;
            int i = (at / b) % a;
            int g = at / b / a;
            int how = choice[at];
            if (how < 0) {
                int c = how == -1 ? 0 : 1;
                int item = order[c][c == 0 ? i - 1 : j - 1];
                assignment[item] = bench(c, benchUsed);
                at = c == 0 ? at - b : at - 1;
            } else {
                int s = how / b;
                int t = how % b;
                int grp = scoredGroups[g - 1];
                for (int k = i - s; k < i; k++) {
                    assignment[order[0][k]] = grp;
                }
                for (int k = j - t; k < j; k++) {
                    assignment[order[1][k]] = grp;
                }
                at = ((g - 1) * a + i - s) * b + j - t;
            }
        }
        return assignment;
    }

    private int bench(int c, int[][] used) {
        for (int g : unscoredGroups) {
            if (used[g][c] < in.upper[g][c]) {
                used[g][c]++;
                return g;
            }
        }
        throw new IllegalStateException("no unscored group has room for an item of class " + c);
    }
}
