package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpreadConstructionTests {

    /** Seeds of the random cases: fixed, so every run checks the same cases and a failure names its seed. */
    private static final long CASES_SEED = 20261201L;

    /** The spread term's cost of an assignment (0 or more): what the construction minimises. */
    private static double spreadCost(GroupingInstance in, int[] a) {
        double cost = 0;
        for (int g = 0; g < in.m; g++) {
            if (!in.scored[g]) {
                continue;
            }
            int[] members = new int[in.n];
            int k = 0;
            for (int i = 0; i < in.n; i++) {
                if (a[i] == g) {
                    members[k++] = i;
                }
            }
            cost -= in.spreadTerm.value(in.spreadTerm.spread(members, k, -1, -1));
        }
        return cost;
    }

    private static GroupingInstance oneClass(SplittableRandom r, int n, int m, int lo, int hi, double span) {
        GroupingInstance.Builder b = GroupingInstance.builder(n, m);
        double[] positions = new double[n];
        for (int i = 0; i < n; i++) {
            positions[i] = r.nextInt((int) (2 * span)) / 2.0 - 6; // half hours; negative ones wrap around
        }
        for (int g = 0; g < m; g++) {
            b.classBounds(g, 0, lo, hi);
        }
        return b.spread(positions, 24, 10, 1).spreadStep(3, 2).build();
    }

    /** The least spread cost over every assignment that keeps the class bounds (brute force, tiny instances). */
    private static double bruteForce(GroupingInstance in) {
        int[] a = new int[in.n];
        double best = Double.POSITIVE_INFINITY;
        long total = (long) Math.pow(in.m, in.n);
        for (long code = 0; code < total; code++) {
            long c = code;
            int[][] count = new int[in.m][in.classes];
            for (int i = 0; i < in.n; i++) {
                a[i] = (int) (c % in.m);
                c /= in.m;
                count[a[i]][in.itemClass[i]]++;
            }
            boolean ok = true;
            for (int g = 0; g < in.m && ok; g++) {
                for (int k = 0; k < in.classes; k++) {
                    ok &= count[g][k] >= in.lower[g][k] && count[g][k] <= in.upper[g][k];
                }
            }
            if (ok) {
                best = Math.min(best, spreadCost(in, a));
            }
        }
        return best;
    }

    @Test
    void onOneClassTheWindowsAreTheExactOptimumOfTheSpreadTerm() {
        SplittableRandom cases = new SplittableRandom(CASES_SEED);
        for (int t = 0; t < 60; t++) {
            long seed = cases.nextLong();
            SplittableRandom r = new SplittableRandom(seed);
            int n = 6 + r.nextInt(3);
            // Positions over the whole clock on half the cases: groups may wrap around midnight.
            GroupingInstance in = oneClass(r, n, 3, 1, 3, r.nextBoolean() ? 12 : 24);
            int[] start = SpreadConstruction.of(in, new SplittableRandom(seed)).next();
            assertThat(spreadCost(in, start)).as("case seed " + seed).isCloseTo(bruteForce(in), within(1e-9));
            assertThat(in.violations(start)).as("case seed " + seed).isEmpty();
        }
    }

    @Test
    void twoClassesWithABenchKeepEveryBoundAndFindSeparatedClusters() {
        SplittableRandom cases = new SplittableRandom(CASES_SEED + 1);
        for (int t = 0; t < 40; t++) {
            long seed = cases.nextLong();
            SplittableRandom r = new SplittableRandom(seed);
            int groups = 2 + r.nextInt(5);
            int per = 2 + r.nextInt(3);
            int spare = r.nextInt(3); // mentor seats that lead no group wait on the bench
            int n = groups * (per + 1) + spare;
            GroupingInstance.Builder b = GroupingInstance.builder(n, groups + 1, 2);
            double[] positions = new double[n];
            int item = 0;
            // One cluster per group, clusters 4 hours apart around the clock (the first straddles midnight).
            for (int g = 0; g < groups; g++) {
                double centre = (g * 24.0 / groups + 23.5) % 24;
                for (int k = 0; k <= per; k++) {
                    positions[item] = centre + (k % 2 == 0 ? 0 : 0.5);
                    if (k == per) {
                        b.itemClass(item, 1);
                    }
                    item++;
                }
                b.classBounds(g, 0, per, per).classBounds(g, 1, 1, 1);
            }
            for (int s = 0; s < spare; s++) {
                positions[item] = r.nextInt(48) / 2.0;
                b.itemClass(item++, 1);
            }
            b.classBounds(groups, 0, 0, 0).classBounds(groups, 1, 0, n).unscored(groups);
            GroupingInstance in = b.spread(positions, 24, 14, 2).spreadStep(3, 1).build();
            int[] start = SpreadConstruction.of(in, new SplittableRandom(seed)).next();
            assertThat(in.violations(start)).as("case seed " + seed).isEmpty();
            if (spare == 0) {
                assertThat(GroupingSolver.windowSpread(in)).as("case seed " + seed).hasValue(0.5);
                // Every cluster fits one group exactly: the best windows are the clusters, each 0.5 h wide.
                assertThat(spreadCost(in, start)).as("case seed " + seed)
                        .isCloseTo(-groups * in.spreadTerm.value(0.5), within(1e-9));
            }
        }
    }

    /**
     * Too large for the programme (300 groups of 4 + 1: some 10^8 states), the starts are even windows: every group
     * a run of the sorted items. Each group's cluster sits at one position of its own, so the best cut puts every
     * cluster in one group (spread 0), which a random start would not do; the sizes are even within wider bounds; spare
     * seats go to the bench; and the mean window spread the set-up eases by stays the programme's only (empty here).
     */
    @Test
    void largeInstancesStartFromEvenWindows() {
        for (int spare : new int[] {0, 7}) {
            int groups = 300;
            int n = groups * 5 + spare;
            GroupingInstance.Builder b = GroupingInstance.builder(n, groups + 1, 2);
            double[] positions = new double[n];
            int item = 0;
            for (int g = 0; g < groups; g++) {
                for (int k = 0; k < 5; k++) {
                    positions[item] = (g * 24.0 / groups + 23.9) % 24; // the first cluster just before midnight
                    if (k == 4) {
                        b.itemClass(item, 1);
                    }
                    item++;
                }
                b.classBounds(g, 0, 3, 5).classBounds(g, 1, 1, 1);
            }
            for (int s = 0; s < spare; s++) {
                positions[item] = s * 3.0;
                b.itemClass(item++, 1);
            }
            b.classBounds(groups, 0, 0, 0).classBounds(groups, 1, 0, n).unscored(groups);
            GroupingInstance in = b.spread(positions, 24, 14, 2).spreadStep(3, 1).build();
            int[] start = SpreadConstruction.of(in, new SplittableRandom(spare)).next();
            assertThat(in.violations(start)).as("spare " + spare).isEmpty();
            int[][] count = new int[groups + 1][2];
            for (int i = 0; i < n; i++) {
                count[start[i]][in.itemClass[i]]++;
            }
            for (int g = 0; g < groups; g++) {
                assertThat(count[g]).as("group %d, spare %d", g, spare).containsExactly(4, 1);
            }
            assertThat(count[groups]).as("bench, spare " + spare).containsExactly(0, spare);
            if (spare == 0) {
                assertThat(spreadCost(in, start)).isCloseTo(0, within(1e-9));
            }
            assertThat(SpreadConstruction.exactOf(in, new SplittableRandom(1))).isNull();
            assertThat(GroupingSolver.windowSpread(in)).isEmpty();
        }
    }

    @Test
    void doesNotApplyWithFixedItemsOrWithoutASpreadTerm() {
        GroupingInstance.Builder plain = GroupingInstance.builder(4, 2);
        plain.classBounds(0, 0, 2, 2).classBounds(1, 0, 2, 2);
        GroupingInstance plainInstance = plain.build();
        assertThat(SpreadConstruction.of(plainInstance, new SplittableRandom(1))).isNull();
        assertThat(GroupingSolver.windowSpread(plainInstance)).isEmpty();

        GroupingInstance.Builder pinned = GroupingInstance.builder(4, 2);
        pinned.classBounds(0, 0, 2, 2).classBounds(1, 0, 2, 2).fix(0, 1).spread(new double[] {0, 1, 2, 3}, 24, 1, 2);
        assertThat(SpreadConstruction.of(pinned.build(), new SplittableRandom(1))).isNull();
    }
}
