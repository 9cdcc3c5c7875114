package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** Size-neutral scoring against values worked out by hand (the incremental deltas: GroupingSolverTests). */
class SizeNeutralTests {

    /** 8 items, 2 groups of 1 to 7, every pair worth {@code w}. */
    private static GroupingInstance.Builder uniform(double w) {
        GroupingInstance.Builder b = GroupingInstance.builder(8, 2);
        for (int i = 0; i < 8; i++) {
            for (int j = i + 1; j < 8; j++) {
                b.weight(i, j, w);
            }
        }
        return b.sizeBounds(0, 1, 7).sizeBounds(1, 1, 7);
    }

    private static int[] split(int first) {
        int[] a = new int[8];
        for (int i = first; i < 8; i++) {
            a[i] = 1;
        }
        return a;
    }

    @Test
    void groupsWhosePairsHaveTheSameMeanScoreTheSameWhateverTheirSizes() {
        for (double w : new double[] {-1, 2.5}) {
            GroupingInstance plain = uniform(w).build();
            GroupingInstance neutral = uniform(w).sizeNeutral(4).build();
            // Plain: 4 + 4 holds 12 pairs, 3 + 5 holds 13 and 2 + 6 holds 16, so the sizes decide the score.
            assertThat(plain.objective(split(4))).isEqualTo(12 * w);
            assertThat(plain.objective(split(3))).isEqualTo(13 * w);
            assertThat(plain.objective(split(2))).isEqualTo(16 * w);
            // Size-neutral: each of the 8 members counts the mean of its pairs (w) 3 times (its partners in a group of
            // 4), each pair seen from both ends: 8 x 3 x w / 2, what 4 + 4 scores either way.
            for (int first = 2; first <= 6; first++) {
                assertThat(neutral.objective(split(first))).as("w %s, split %d", w, first).isCloseTo(12 * w,
                        offset(1e-9));
            }
            // A member alone has no pair to count: 1 + 7 counts the other 7 only.
            assertThat(neutral.objective(split(1))).isCloseTo(7 * 3 * w / 2, offset(1e-9));
        }
    }

    @Test
    void aGroupsPairSumIsScaledByThePartnersOfAReferenceMemberOverItsOwn() {
        // Group 0 = {0, 1}: one pair worth -6; group 1 = {2, 3, 4, 5}: six pairs worth 1. Reference size 3 (2 partners):
        // group 0 counts -6 x 2/1 = -12, group 1 counts 6 x 2/3 = 4.
        GroupingInstance.Builder b = GroupingInstance.builder(6, 2).weight(0, 1, -6).sizeNeutral(3);
        for (int i = 2; i < 6; i++) {
            for (int j = i + 1; j < 6; j++) {
                b.weight(i, j, 1);
            }
        }
        GroupingInstance in = b.preference(0, 0, 0.5).build();
        assertThat(in.objective(new int[] {0, 0, 1, 1, 1, 1})).isCloseTo(-12 + 4 + 0.5, offset(1e-12));
        // An item alone holds no pair: its group adds nothing; group 1 = {1, ..., 5} counts 6 x 2/4.
        assertThat(in.objective(new int[] {0, 1, 1, 1, 1, 1})).isCloseTo(6 * 2.0 / 4 + 0.5, offset(1e-12));
    }

    @Test
    void theSaturationTermSeesTheScaledTotalsAndPairCounts() {
        // Items 0-3 in group 0 (6 pairs, values 1 each, total 6), items 4-5 in group 1 (1 pair, value 4). Reference
        // size 3 (2 partners): scaled totals 6 x 2/3 + 4 x 2/1 = 12; scaled pairs 2 x 4/2 + 2 x 2/2 = 6. Cap 1 per pair
        // and slope 0.25: -(0.75) x (12 - 6) = -4.5. The pair weights are 0, so that is the whole objective.
        double[][] values = new double[6][6];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                values[i][j] = i == j ? 0 : 1;
            }
        }
        values[4][5] = 4;
        values[5][4] = 4;
        GroupingInstance in = GroupingInstance.builder(6, 2).saturation(values, 1, 0.25).sizeNeutral(3).build();
        assertThat(in.objective(new int[] {0, 0, 0, 0, 1, 1})).isCloseTo(-4.5, offset(1e-12));
        // Without size-neutral scoring: totals 10 over 7 pairs, -(0.75) x 3.
        GroupingInstance plain = GroupingInstance.builder(6, 2).saturation(values, 1, 0.25).build();
        assertThat(plain.objective(new int[] {0, 0, 0, 0, 1, 1})).isCloseTo(-2.25, offset(1e-12));
    }

    @Test
    void aReferenceSizeBelowTwoIsRefused() {
        assertThatThrownBy(() -> GroupingInstance.builder(4, 2).sizeNeutral(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2, got 1.5");
        assertThatThrownBy(() -> GroupingInstance.builder(4, 2).sizeNeutral(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
