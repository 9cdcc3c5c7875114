package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PerturbationTests {

    @Test
    void swapsKeepBoundsFixedAndForbiddenAndTheSumsTrue() {
        SplittableRandom cases = new SplittableRandom(20261203L);
        for (int t = 0; t < 30; t++) {
            long seed = cases.nextLong(1_000_000);
            GroupingInstance in = Instances.constrained(seed, 24, 4);
            SplittableRandom rnd = new SplittableRandom(seed);
            SearchState st = new SearchState(in);
            int[] start = new RandomConstruction(in, rnd).next();
            st.load(start);
            new Perturbation(in, st, rnd).apply(6);
            assertThat(st.group).as("case seed %d", seed).isNotEqualTo(start);
            assertThat(Instances.brokenStructure(in, st.group)).as("case seed %d", seed).isEmpty();
            assertThat(st.objective).isCloseTo(in.objective(st.group), org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void doesNothingWhenEveryItemIsFixed() {
        GroupingInstance in = GroupingInstance.builder(2, 2).fix(0, 0).fix(1, 1).build();
        SearchState st = new SearchState(in);
        st.load(new int[] {0, 1});
        new Perturbation(in, st, new SplittableRandom(1)).apply(5);
        assertThat(st.group).containsExactly(0, 1);
    }
}
