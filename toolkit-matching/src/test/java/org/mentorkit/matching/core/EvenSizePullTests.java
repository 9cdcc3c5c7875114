package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The preference for the even size ({@link EvenSizePull}) against values worked out by hand and by exhaustive search;
 * its incremental deltas and the move bound: GroupingSolverTests and NeighbourhoodScanTests.
 */
class EvenSizePullTests {

    @Test
    void aGroupCostsTheWeightTimesItsSquaredDistanceFromTheEvenSize() {
        EvenSizePull pull = EvenSizePull.of(5, 0.5);
        assertThat(pull.value(5)).isZero();
        assertThat(pull.value(4)).isEqualTo(-0.5);
        assertThat(pull.value(6)).isEqualTo(-0.5);
        assertThat(pull.value(3)).isEqualTo(-2);
        // 5 + 5 -> 4 + 6 costs 1; 4 + 6 -> 3 + 7 costs 3 more.
        assertThat(pull.change(5, -1) + pull.change(5, 1)).isEqualTo(-1);
        assertThat(pull.change(4, -1) + pull.change(6, 1)).isEqualTo(-3);
        // A fractional even size (121 items in 30 groups) is allowed.
        assertThat(EvenSizePull.of(121 / 30.0, 1).value(4)).isCloseTo(-(1 / 30.0) * (1 / 30.0), offset(1e-12));
    }

    @Test
    void badSettingsAreRejectedWithTheValue() {
        assertThatThrownBy(() -> GroupingInstance.builder(4, 2).evenSizePull(0.5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.5");
        assertThatThrownBy(() -> GroupingInstance.builder(4, 2).evenSizePull(2, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> GroupingInstance.builder(4, 2).evenSizePull(2, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }

    /**
     * Items 0-7 in one place, 8 and 9 in another, two groups of 4 to 6, every pair across the two places worth -1, the
     * rest 0, scored size-neutrally (even size 5). Keeping 8 and 9 together, 5 + 5 puts them with 3 others (6 pairs
     * across, scaled by 4/4: -6) and 6 + 4 with 2 others (4 pairs scaled by 4/3: -5.33): without the pull the best
     * grouping is 6 + 4, although what a coordinator sees (one group of one place, one mixed group with both far
     * members) is the same. With a pull of 0.5 the 6 + 4 costs 1 more (-6.33) and 5 + 5 is the best.
     */
    private static GroupingInstance twoPlaces(double pull) {
        GroupingInstance.Builder b = GroupingInstance.builder(10, 2).sizeBounds(0, 4, 6).sizeBounds(1, 4, 6)
                .sizeNeutral(5);
        for (int i = 0; i < 8; i++) {
            b.weight(i, 8, -1).weight(i, 9, -1);
        }
        if (pull > 0) {
            b.evenSizePull(5, pull);
        }
        return b.build();
    }

    @Test
    void unevenSizesThatBuyNothingVisibleLoseToTheEvenSize() {
        int[] without = exhaustiveBest(twoPlaces(0));
        int[] with = exhaustiveBest(twoPlaces(0.5));
        assertThat(without[8]).isEqualTo(without[9]);
        assertThat(with[8]).isEqualTo(with[9]);
        assertThat(sizeOf(without, without[8])).isEqualTo(4);
        assertThat(sizeOf(with, with[8])).isEqualTo(5);
        assertThat(twoPlaces(0).objective(without)).isCloseTo(-16 / 3.0, offset(1e-9));
        assertThat(twoPlaces(0.5).objective(with)).isCloseTo(-6, offset(1e-9));
        // The solver reaches the exhaustive optimum.
        GroupingSolution solved = GroupingSolver.solve(twoPlaces(0.5), SolverOptions.builder().seed(3)
                .maxIdleRounds(10).timeLimit(Duration.ofSeconds(5)).build());
        assertThat(solved.objective()).isCloseTo(-6, offset(1e-9));
        assertThat(sizeOf(solved.assignment(), solved.assignment()[8])).isEqualTo(5);
    }

    /** A size that buys enough is still taken: with pair weights of -3 the 6 + 4 gains 2 against a pull of 1. */
    @Test
    void unevenSizesThatBuyMoreThanThePullAreKept() {
        GroupingInstance.Builder b = GroupingInstance.builder(10, 2).sizeBounds(0, 4, 6).sizeBounds(1, 4, 6)
                .sizeNeutral(5).evenSizePull(5, 0.5);
        for (int i = 0; i < 8; i++) {
            b.weight(i, 8, -3).weight(i, 9, -3);
        }
        int[] best = exhaustiveBest(b.build());
        assertThat(sizeOf(best, best[8])).isEqualTo(4);
    }

    private static int sizeOf(int[] assignment, int group) {
        int k = 0;
        for (int g : assignment) {
            k += g == group ? 1 : 0;
        }
        return k;
    }

    /** The best of every assignment keeping the size bounds (first found on ties). */
    private static int[] exhaustiveBest(GroupingInstance in) {
        int[] best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int mask = 0; mask < 1 << in.n; mask++) {
            int[] a = new int[in.n];
            for (int i = 0; i < in.n; i++) {
                a[i] = (mask >> i) & 1;
            }
            int k = sizeOf(a, 0);
            if (k < in.lower(0, 0) || k > in.upper(0, 0) || in.n - k < in.lower(1, 0) || in.n - k > in.upper(1, 0)) {
                continue;
            }
            double value = in.objective(a);
            if (value > bestValue + 1e-9) {
                bestValue = value;
                best = a;
            }
        }
        return best;
    }
}
