package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GroupingSolverTests {

    /** A random instance: n items, m groups, sizes a..b per group, optional rules. */
    static GroupingInstance randomInstance(long seed, int n, int m, boolean rules) {
        return randomInstance(seed, n, m, rules, 7.5);
    }

    /** As above, with the spread term's weight given (a heavy one makes the spread decide most moves). */
    static GroupingInstance randomInstance(long seed, int n, int m, boolean rules, double spreadWeight) {
        return randomInstance(seed, n, m, rules, spreadWeight, false);
    }

    /**
     * As above; with {@code neutral}, size-neutral scoring (reference size n/m) and sizes two either side of n/m, so
     * that relocations change sizes a lot.
     */
    static GroupingInstance randomInstance(long seed, int n, int m, boolean rules, double spreadWeight,
            boolean neutral) {
        return randomInstance(seed, n, m, rules, spreadWeight, neutral, 0);
    }

    /**
     * As above; with {@code pull > 0} (and {@code neutral}) also a preference for the even size n/m of that weight
     * ({@link EvenSizePull}), so that relocations change it both ways.
     */
    static GroupingInstance randomInstance(long seed, int n, int m, boolean rules, double spreadWeight,
            boolean neutral, double pull) {
        SplittableRandom r = new SplittableRandom(seed);
        GroupingInstance.Builder b = GroupingInstance.builder(n, m, rules ? 2 : 1);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                b.weight(i, j, Math.round(r.nextDouble(-20, 100)) / 4.0);
            }
        }
        int base = n / m;
        for (int g = 0; g < m; g++) {
            b.classBounds(g, 0, Math.max(0, base - (neutral ? 2 : 1)), base + (neutral ? 2 : 1));
        }
        if (neutral) {
            b.sizeNeutral((double) n / m);
        }
        if (pull > 0) {
            b.evenSizePull((double) n / m, pull);
        }
        if (rules) {
            b.itemClass(0, 1).itemClass(1, 1);
            for (int g = 0; g < m; g++) {
                b.classBounds(g, 1, 0, 1);
            }
            b.apart(2, 3).together(4, 5).nonIsolation(new int[] {6, 7, 8}).preference(9 % n, 0, 3.5);
            double[] positions = new double[n];
            for (int i = 0; i < n; i++) {
                positions[i] = r.nextInt(-16, 24) / 2.0;
            }
            b.spread(positions, 24, spreadWeight, 2);
            if (seed % 2 == 0) {
                b.spreadStep(3, 2.5); // the step term on half the cases
            }
            if (seed % 3 != 0) {
                // The saturation term on two cases of three: values like shared interests (a third of the pairs, mean
                // about 4), a cap near that mean, so that moves cross it both ways.
                double[][] values = new double[n][n];
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        values[i][j] = r.nextInt(3) == 0 ? r.nextInt(1, 5) * 5.0 : 0;
                        values[j][i] = values[i][j];
                    }
                }
                b.saturation(values, 4, seed % 3 == 1 ? 0 : 0.25);
            }
        }
        return b.build();
    }

    /** Seeds of the random cases: fixed, so every run checks the same cases and a failure names its seed. */
    private static final long CASES_SEED = 20261127L;

    @Test
    void moveAndSwapDeltasEqualFullRescore() {
        SplittableRandom cases = new SplittableRandom(CASES_SEED);
        for (int t = 0; t < 60; t++) {
            int seed = cases.nextInt(10_001);
            boolean rules = cases.nextBoolean();
            for (int variant = 0; variant < 3; variant++) {
                boolean neutral = variant > 0;
                double pull = variant == 2 ? 3.25 : 0; // about a pair weight: the term decides some moves
                try {
                    deltasEqualFullRescore(seed, rules, neutral, pull);
                } catch (AssertionError e) {
                    throw new AssertionError("case seed " + seed + ", rules " + rules + ", size-neutral " + neutral
                            + ", even-size pull " + pull + " (replay: deltasEqualFullRescore(" + seed + ", " + rules
                            + ", " + neutral + ", " + pull + ")): " + e.getMessage(), e);
                }
            }
        }
    }

    private static void deltasEqualFullRescore(int seed, boolean rules, boolean neutral, double pull) {
        int n = 10 + seed % 7;
        int m = 3;
        GroupingInstance in = randomInstance(seed, n, m, rules, 7.5, neutral, pull);
        SplittableRandom r = new SplittableRandom(seed + 1);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextInt(m);
        }
        SearchState s = new SearchState(in);
        s.load(a);
        for (int step = 0; step < 40; step++) {
            int i = r.nextInt(n);
            int j = r.nextInt(n);
            double before = in.objective(s.group);
            int violationsBefore = s.violations;
            if (r.nextBoolean() || s.group[i] == s.group[j]) {
                int b = r.nextInt(m);
                if (b == s.group[i]) {
                    continue;
                }
                double gain = s.moveGain(i, b);
                assertThat(gain).isLessThanOrEqualTo(s.moveBaseGain(i, b) + s.moveRelief(i) + 1e-9);
                int dv = s.moveViolationDelta(i, b);
                s.move(i, b);
                assertThat(in.objective(s.group) - before).isCloseTo(gain, org.assertj.core.data.Offset.offset(1e-6));
                assertThat(violationsBefore + dv).isEqualTo(fullViolationCount(in, s.group));
            } else {
                double gain = s.swapGain(i, j);
                assertThat(gain).isLessThanOrEqualTo(s.swapBaseGain(i, j) + s.swapRelief(i, j)
                        + 1e-9);
                int dv = s.swapViolationDelta(i, j);
                s.swap(i, j);
                assertThat(in.objective(s.group) - before).isCloseTo(gain, org.assertj.core.data.Offset.offset(1e-6));
                assertThat(violationsBefore + dv).isEqualTo(fullViolationCount(in, s.group));
            }
            assertThat(s.objective).isCloseTo(in.objective(s.group), org.assertj.core.data.Offset.offset(1e-6));
            SearchState fresh = new SearchState(in);
            fresh.load(s.group);
            for (int k = 0; k < n; k++) {
                for (int g = 0; g < m; g++) {
                    assertThat(s.sums[k][g]).isCloseTo(fresh.sums[k][g], org.assertj.core.data.Offset.offset(1e-6));
                }
            }
        }
    }

    /** Pair and non-isolation rules broken, counted from scratch (class bounds are not part of the penalty). */
    private static int fullViolationCount(GroupingInstance in, int[] a) {
        return (int) in.violations(a).stream().filter(v -> !v.contains("class")).count();
    }

    @Test
    void findsTheExactOptimumOfSmallInstances() {
        SplittableRandom cases = new SplittableRandom(CASES_SEED + 1);
        for (int t = 0; t < 25; t++) {
            int seed = cases.nextInt(100_001);
            for (int variant = 0; variant < 3; variant++) {
                boolean neutral = variant > 0;
                double pull = variant == 2 ? 3.25 : 0;
                try {
                    findsTheExactOptimum(seed, neutral, pull);
                } catch (AssertionError e) {
                    throw new AssertionError("case seed " + seed + ", size-neutral " + neutral + ", even-size pull "
                            + pull + " (replay: findsTheExactOptimum(" + seed + ", " + neutral + ", " + pull + ")): "
                            + e.getMessage(), e);
                }
            }
        }
    }

    private static void findsTheExactOptimum(int seed, boolean neutral, double pull) {
        int n = 9;
        int m = 3;
        GroupingInstance in = randomInstance(seed, n, m, false, 7.5, neutral, pull);
        double optimum = exhaustiveOptimum(in, new int[n], 0, new int[m]);
        GroupingSolution s = GroupingSolver.solve(in, SolverOptions.builder().seed(seed).maxIdleRounds(20)
                .timeLimit(Duration.ofSeconds(5)).build());
        assertThat(s.feasible()).isTrue();
        assertThat(s.objective()).isCloseTo(optimum, org.assertj.core.data.Offset.offset(1e-6));
    }

    private static double exhaustiveOptimum(GroupingInstance in, int[] a, int i, int[] size) {
        if (i == a.length) {
            for (int g = 0; g < size.length; g++) {
                if (size[g] < in.lower(g, 0)) {
                    return Double.NEGATIVE_INFINITY;
                }
            }
            return in.objective(a);
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < size.length; g++) {
            if (size[g] < in.upper(g, 0)) {
                a[i] = g;
                size[g]++;
                best = Math.max(best, exhaustiveOptimum(in, a, i + 1, size));
                size[g]--;
            }
        }
        return best;
    }

    @Test
    void sameSeedGivesSameAssignmentWhenStoppedByConvergence() {
        GroupingInstance in = randomInstance(42, 30, 5, true);
        SolverOptions options = SolverOptions.builder().seed(7).maxIdleRounds(5).timeLimit(Duration.ofSeconds(30))
                .build();
        GroupingSolution first = GroupingSolver.solve(in, options);
        GroupingSolution second = GroupingSolver.solve(randomInstance(42, 30, 5, true), options);
        assertThat(first.stop()).isEqualTo(GroupingSolution.StopReason.CONVERGED);
        assertThat(second.assignment()).containsExactly(first.assignment());
        assertThat(second.objective()).isEqualTo(first.objective());
    }

    @Test
    void keepsEveryRuleAndFixedItems() {
        GroupingInstance.Builder b = GroupingInstance.builder(12, 3);
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 12; i++) {
            for (int j = i + 1; j < 12; j++) {
                b.weight(i, j, r.nextDouble(0, 10));
            }
        }
        for (int g = 0; g < 3; g++) {
            b.sizeBounds(g, 4, 4);
        }
        b.fix(0, 2).fix(1, 2).forbid(2, 2).apart(3, 4).together(5, 6).nonIsolation(new int[] {7, 8, 9});
        GroupingInstance in = b.build();
        GroupingSolution s = GroupingSolver.solve(in, SolverOptions.builder().maxIdleRounds(10).build());
        int[] a = s.assignment();
        assertThat(s.violations()).isEmpty();
        assertThat(a[0]).isEqualTo(2);
        assertThat(a[1]).isEqualTo(2);
        assertThat(a[2]).isNotEqualTo(2);
        assertThat(a[3]).isNotEqualTo(a[4]);
        assertThat(a[5]).isEqualTo(a[6]);
        for (int g = 0; g < 3; g++) {
            int holders = 0;
            for (int i = 7; i <= 9; i++) {
                holders += a[i] == g ? 1 : 0;
            }
            assertThat(holders).isNotEqualTo(1);
        }
    }

    @Test
    void stopsWhenCancelled() {
        GroupingInstance in = randomInstance(1, 60, 6, false);
        long start = System.nanoTime();
        GroupingSolution s = GroupingSolver.solve(in, SolverOptions.builder().timeLimit(Duration.ofSeconds(30))
                .cancelled(() -> System.nanoTime() - start > 200_000_000L).build());
        assertThat(s.stop()).isEqualTo(GroupingSolution.StopReason.CANCELLED);
        assertThat(s.feasible()).isTrue();
    }
}
