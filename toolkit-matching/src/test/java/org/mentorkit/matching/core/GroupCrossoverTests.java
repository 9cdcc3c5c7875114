package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GroupCrossoverTests {

    @Test
    void childrenKeepBoundsFixedAndForbidden() {
        SplittableRandom cases = new SplittableRandom(20261202L);
        for (int t = 0; t < 40; t++) {
            long seed = cases.nextLong(1_000_000);
            GroupingInstance in = Instances.constrained(seed, 20 + (int) (seed % 11), 3 + (int) (seed % 3));
            SplittableRandom rnd = new SplittableRandom(seed);
            RandomConstruction parents = new RandomConstruction(in, rnd);
            int[] child = new GroupCrossover(in, rnd).child(parents.next(), parents.next());
            assertThat(Instances.brokenStructure(in, child)).as("case seed %d", seed).isEmpty();
        }
    }

    @Test
    void twoEqualParentsGiveTheSameChild() {
        GroupingInstance in = Instances.constrained(3, 25, 4);
        SplittableRandom rnd = new SplittableRandom(3);
        int[] parent = new RandomConstruction(in, rnd).next();
        assertThat(new GroupCrossover(in, rnd).child(parent, parent)).containsExactly(parent);
    }

    @Test
    void everyChildGroupComesFromAParentOrTheGreedyFill() {
        // Groups inherited whole: with parents sharing a group, that group appears in the child.
        GroupingInstance in = Instances.plain(11, 12, 3);
        int[] pa = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2};
        int[] pb = {0, 0, 0, 0, 2, 1, 2, 1, 1, 2, 1, 2};
        int[] child = new GroupCrossover(in, new SplittableRandom(1)).child(pa, pb);
        Set<Integer> firstFour = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            firstFour.add(child[i]);
        }
        assertThat(firstFour).hasSize(1);
        assertThat(Instances.brokenStructure(in, child)).isEmpty();
    }
}
