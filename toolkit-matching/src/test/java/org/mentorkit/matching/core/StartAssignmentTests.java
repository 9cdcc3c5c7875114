package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A caller's partial start ({@link SolverOptions.Builder#start}): kept where the bounds allow, completed otherwise. */
class StartAssignmentTests {

    /** 12 items, 3 groups of 3 to 5, item 0 fixed to group 2, item 1 never in group 0. */
    private static GroupingInstance instance() {
        GroupingInstance.Builder b = GroupingInstance.builder(12, 3);
        for (int g = 0; g < 3; g++) {
            b.sizeBounds(g, 3, 5);
        }
        b.fix(0, 2);
        b.forbid(1, 0);
        return b.build();
    }

    @Test
    void keptItemsStayAndTheRestKeepsTheBounds() {
        GroupingInstance in = instance();
        // Six items asked into group 0 (one more than it holds), item 0 asked elsewhere than its fixed group, item 1
        // asked into its forbidden group; the rest free.
        int[] partial = {0, 0, 0, 0, 0, 0, 0, 1, 1, -1, -1, -1};
        for (long seed = 1; seed <= 20; seed++) {
            int[] a = new RandomConstruction(in, new SplittableRandom(seed)).next(partial);
            int[] size = new int[3];
            for (int g : a) {
                size[g]++;
            }
            for (int g = 0; g < 3; g++) {
                assertThat(size[g]).as("seed %d group %d", seed, g).isBetween(3, 5);
            }
            assertThat(a[0]).isEqualTo(2);
            assertThat(a[1]).isNotEqualTo(0);
            assertThat(a[7]).isEqualTo(1);
            assertThat(a[8]).isEqualTo(1);
            int keptInZero = 0;
            for (int i = 2; i <= 6; i++) {
                keptInZero += a[i] == 0 ? 1 : 0;
            }
            assertThat(keptInZero).as("seed %d: group 0 holds five, all asked for", seed).isEqualTo(5);
        }
    }

    @Test
    void theSearchStartsFromTheGivenGroupsWhenTheyAreBest() {
        // Items prefer their own group strongly; a start there is the optimum, which a search of one step keeps.
        GroupingInstance.Builder b = GroupingInstance.builder(12, 3);
        int[] home = new int[12];
        for (int i = 0; i < 12; i++) {
            home[i] = i % 3;
            b.preference(i, home[i], 10);
        }
        GroupingSolution s = GroupingSolver.solve(b.build(), SolverOptions.builder().seed(1).start(home)
                .timeLimit(java.time.Duration.ofMillis(1)).build());
        assertThat(s.assignment()).containsExactly(home);
    }

    @Test
    void aBadStartIsRefused() {
        assertThatThrownBy(() -> SolverOptions.builder().start(new int[] {0, -2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2");
    }
}
