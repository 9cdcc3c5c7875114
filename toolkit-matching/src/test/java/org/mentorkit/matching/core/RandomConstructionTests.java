package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomConstructionTests {

    @Test
    void everyAssignmentKeepsBoundsFixedAndForbidden() {
        SplittableRandom cases = new SplittableRandom(20261201L);
        for (int t = 0; t < 40; t++) {
            long seed = cases.nextLong(1_000_000);
            GroupingInstance in = Instances.constrained(seed, 20 + (int) (seed % 11), 3 + (int) (seed % 3));
            RandomConstruction c = new RandomConstruction(in, new SplittableRandom(seed));
            for (int k = 0; k < 5; k++) {
                int[] a = c.next();
                assertThat(Instances.brokenStructure(in, a)).as("case seed %d", seed).isEmpty();
            }
        }
    }

    @Test
    void differentDrawsDiffer() {
        GroupingInstance in = Instances.plain(5, 30, 5);
        RandomConstruction c = new RandomConstruction(in, new SplittableRandom(1));
        assertThat(c.next()).isNotEqualTo(c.next());
    }

    @Test
    void saysWhenNoAssignmentKeepsTheBounds() {
        GroupingInstance in = GroupingInstance.builder(5, 2).sizeBounds(0, 3, 3).sizeBounds(1, 3, 3).build();
        assertThatThrownBy(() -> new RandomConstruction(in, new SplittableRandom(1)).next())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no assignment keeps the group bounds");
    }
}
