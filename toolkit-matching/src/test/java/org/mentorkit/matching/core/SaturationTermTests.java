package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The saturation term: its value, the builder's checks, the full objective, and the choice it changes. */
class SaturationTermTests {

    private static final Offset<Double> CLOSE = Offset.offset(1e-9);

    @Test
    void countsTheExcessAboveTheCapAtItsSlope() {
        SaturationTerm term = new SaturationTerm(new double[2][2], 0.5, 0.25);
        assertThat(SaturationTerm.pairs(5)).isEqualTo(10);
        assertThat(term.value(4, 10)).isEqualTo(0); // below the cap of 0.5 x 10 pairs
        assertThat(term.value(5, 10)).isEqualTo(0);
        assertThat(term.value(9, 10)).isCloseTo(-0.75 * 4, CLOSE);
    }

    @Test
    void theBuilderRefusesValuesThatAreNotAPairMatrix() {
        GroupingInstance.Builder b = GroupingInstance.builder(3, 1);
        double[][] asymmetric = {{0, 1, 0}, {2, 0, 0}, {0, 0, 0}};
        assertThatThrownBy(() -> b.saturation(asymmetric, 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("saturation value of 0,1").hasMessageContaining("symmetric");
        double[][] negative = {{0, -1, 0}, {-1, 0, 0}, {0, 0, 0}};
        assertThatThrownBy(() -> b.saturation(negative, 1, 0)).hasMessageContaining("at least 0");
        double[][] diagonal = {{1, 0, 0}, {0, 0, 0}, {0, 0, 0}};
        assertThatThrownBy(() -> b.saturation(diagonal, 1, 0)).hasMessageContaining("saturation value of 0,0");
        assertThatThrownBy(() -> b.saturation(new double[2][2], 1, 0)).hasMessageContaining("2 rows");
        assertThatThrownBy(() -> b.saturation(new double[][] {{0, 0}, {0, 0}, {0, 0}}, 1, 0))
                .hasMessageContaining("row 0 has 2 entries, expected 3");
        assertThatThrownBy(() -> b.saturation(new double[3][3], 1, 1.5)).hasMessageContaining("slope 1.5");
        assertThatThrownBy(() -> b.saturation(new double[3][3], -1, 0)).hasMessageContaining("cap -1");
    }

    @Test
    void pairValuesSetOneByOneCountAsTheSameMatrixGivenAtOnce() {
        double[][] values = {{0, 2, 1, 0}, {2, 0, 3.5, 3}, {1, 3.5, 0, 0.5}, {0, 3, 0.5, 0}};
        GroupingInstance.Builder pairwise = GroupingInstance.builder(4, 2);
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                pairwise.saturationValue(i, j, values[i][j]);
            }
        }
        GroupingInstance byPair = pairwise.saturation(0.5, 0.25).build();
        GroupingInstance byMatrix = GroupingInstance.builder(4, 2).saturation(values, 0.5, 0.25).build();
        // {0,1} {2,3}: total 2 + 0.5 = 2.5 over 2 pairs, cap 1, so -(1 - 0.25) x 1.5; {0,2} {1,3}: 1 + 3 = 4, so
        // -0.75 x 3; {0,3} {1,2}: 0 + 3.5, so -0.75 x 2.5.
        int[][] assignments = {{0, 0, 1, 1}, {0, 1, 0, 1}, {0, 1, 1, 0}};
        double[] expected = {-0.75 * 1.5, -0.75 * 3, -0.75 * 2.5};
        for (int k = 0; k < assignments.length; k++) {
            assertThat(byPair.objective(assignments[k])).isCloseTo(expected[k], CLOSE);
            assertThat(byMatrix.objective(assignments[k])).isCloseTo(expected[k], CLOSE);
        }
        GroupingInstance.Builder b = GroupingInstance.builder(3, 1);
        assertThatThrownBy(() -> b.saturationValue(0, 1, -1)).hasMessageContaining("saturation value of 0,1")
                .hasMessageContaining("at least 0");
        assertThatThrownBy(() -> b.saturationValue(1, 1, 1)).hasMessageContaining("two different items");
        assertThatThrownBy(() -> b.saturationValue(0, 1, Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> b.saturationValue(0, 3, 1)).hasMessageContaining("item 3 outside 0..2");
    }

    /**
     * Eight items: 0-3 share interest A and 4-7 interest B (value 1 per same-interest pair); 0, 1, 4, 5 live in zone X
     * and 2, 3, 6, 7 in zone Y, a cross-zone pair costing 0.75. Two groups of four.
     * By interest, {0,1,2,3} {4,5,6,7}: 12 interest pairs, 8 cross-zone pairs: 12 - 6 = 6.
     * By zone, {0,1,4,5} {2,3,6,7}: 4 interest pairs, none across zones: 4.
     * With interests saturating at half the 12 pairs (slope 0), by interest counts only 6 - 6 = 0, by zone stays 4
     * (below the cap), and any mix keeping the cap's 6 interest pairs needs at least 6 cross-zone pairs (1.5).
     * So the linear sum prefers the interest groups and the saturating one the zone groups: brute force over all 70
     * splits confirms both, scoring each split here, independently of the engine, and the solver finds the second.
     */
    @Test
    void saturatedInterestsGiveWayToTimeZonesProvedByBruteForce() {
        boolean[] interestA = {true, true, true, true, false, false, false, false};
        boolean[] zoneX = {true, true, false, false, true, true, false, false};
        double[][] interests = new double[8][8];
        GroupingInstance.Builder linear = GroupingInstance.builder(8, 2);
        GroupingInstance.Builder saturating = GroupingInstance.builder(8, 2);
        for (int i = 0; i < 8; i++) {
            for (int j = i + 1; j < 8; j++) {
                interests[i][j] = interestA[i] == interestA[j] ? 1 : 0;
                interests[j][i] = interests[i][j];
                double w = interests[i][j] - (zoneX[i] == zoneX[j] ? 0 : 0.75);
                linear.weight(i, j, w);
                saturating.weight(i, j, w);
            }
        }
        for (int g = 0; g < 2; g++) {
            linear.sizeBounds(g, 4, 4);
            saturating.sizeBounds(g, 4, 4);
        }
        GroupingInstance plain = linear.build();
        GroupingInstance in = saturating.saturation(interests, 0.5, 0).build();

        int[] bestLinear = null;
        int[] bestSaturating = null;
        double bestLinearValue = Double.NEGATIVE_INFINITY;
        double bestSaturatingValue = Double.NEGATIVE_INFINITY;
        for (int mask = 0; mask < 256; mask++) {
            if (Integer.bitCount(mask) != 4 || (mask & 1) == 0) {
                continue; // item 0 in group 1: each split once
            }
            int[] a = new int[8];
            double pairSum = 0;
            double interestSum = 0;
            for (int i = 0; i < 8; i++) {
                a[i] = (mask >> i & 1) == 1 ? 1 : 0;
            }
            for (int i = 0; i < 8; i++) {
                for (int j = i + 1; j < 8; j++) {
                    if (a[i] == a[j]) {
                        pairSum += interests[i][j] - (zoneX[i] == zoneX[j] ? 0 : 0.75);
                        interestSum += interests[i][j];
                    }
                }
            }
            double saturated = pairSum - Math.max(0, interestSum - 0.5 * 12);
            assertThat(plain.objective(a)).isCloseTo(pairSum, CLOSE);
            assertThat(in.objective(a)).as("split %s", Integer.toBinaryString(mask)).isCloseTo(saturated, CLOSE);
            if (pairSum > bestLinearValue + 1e-9) {
                bestLinearValue = pairSum;
                bestLinear = a;
            }
            if (saturated > bestSaturatingValue + 1e-9) {
                bestSaturatingValue = saturated;
                bestSaturating = a;
            }
        }
        assertThat(bestLinear).containsExactly(1, 1, 1, 1, 0, 0, 0, 0);
        assertThat(bestLinearValue).isCloseTo(6, CLOSE);
        assertThat(bestSaturating).containsExactly(1, 1, 0, 0, 1, 1, 0, 0);
        assertThat(bestSaturatingValue).isCloseTo(4, CLOSE);

        int[] found = GroupingSolver.solve(in, SolverOptions.builder().seed(3).maxIdleRounds(20).build()).assignment();
        assertThat(found[1]).isEqualTo(found[0]);
        assertThat(found[4]).isEqualTo(found[0]);
        assertThat(found[5]).isEqualTo(found[0]);
        assertThat(found[2]).isNotEqualTo(found[0]);
    }

    /** On small random instances with rules, spread and saturation, the solver reaches the exhaustive optimum. */
    @Test
    void theSolverFindsTheExhaustiveOptimumWithTheTerm() {
        SplittableRandom cases = new SplittableRandom(20261202L);
        int feasible = 0;
        for (int t = 0; t < 8; t++) {
            int seed = 3 * cases.nextInt(1, 3000) + 1 + t % 2; // seed % 3 == 1 or 2: slope 0 or 0.25
            GroupingInstance in = GroupingSolverTests.randomInstance(seed, 10, 3, true);
            assertThat(in.saturation).as("case seed %d", seed).isNotNull();
            double best = exhaustive(in, new int[10], 0);
            if (best == Double.NEGATIVE_INFINITY) {
                continue; // no assignment keeps every rule
            }
            feasible++;
            GroupingSolution s = GroupingSolver.solve(in, SolverOptions.builder().seed(seed).maxIdleRounds(30)
                    .timeLimit(Duration.ofSeconds(20)).build());
            assertThat(s.feasible()).as("case seed %d, best %s, found %s", seed, best, s.objective()).isTrue();
            assertThat(s.objective()).as("case seed %d", seed).isCloseTo(best, Offset.offset(1e-6));
        }
        assertThat(feasible).isGreaterThanOrEqualTo(5);
    }

    /** The best objective over every assignment that keeps every rule and bound (FullCheck scores it). */
    private static double exhaustive(GroupingInstance in, int[] a, int i) {
        if (i == a.length) {
            return in.violations(a).isEmpty() ? in.objective(a) : Double.NEGATIVE_INFINITY;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < in.groups(); g++) {
            a[i] = g;
            best = Math.max(best, exhaustive(in, a, i + 1));
        }
        return best;
    }
}
