package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PopulationTests {

    private static final GroupingInstance IN = GroupingInstance.builder(4, 2)
            .weight(0, 1, 4).weight(2, 3, 3).weight(0, 2, 1).apart(1, 3).build();

    private static SearchState state(int... a) {
        SearchState st = new SearchState(IN);
        st.load(a);
        return st;
    }

    @Test
    void keepsDistinctMembersAndReplacesTheWorstWhenFull() {
        Population pool = new Population(2);
        assertThat(pool.offer(state(0, 0, 1, 1))).isTrue(); // objective 7
        assertThat(pool.offer(state(0, 0, 1, 1))).isFalse(); // a duplicate
        assertThat(pool.offer(state(0, 1, 0, 1))).isTrue(); // breaks apart(1, 3), but the pool has room
        assertThat(pool.size()).isEqualTo(2);
        // Full: one keeping every rule replaces the broken member.
        assertThat(pool.offer(state(0, 0, 0, 1))).isTrue();
        // Keeps every rule but is worse than both members (objective 0): it does not get in.
        assertThat(pool.offer(state(0, 1, 1, 0))).isFalse();
    }

    @Test
    void parentsAreTwoDistinctMembers() {
        Population pool = new Population(3);
        pool.offer(state(0, 0, 1, 1));
        pool.offer(state(0, 0, 0, 1));
        pool.offer(state(1, 1, 0, 0));
        SplittableRandom rnd = new SplittableRandom(4);
        for (int k = 0; k < 50; k++) {
            int[][] p = pool.parents(rnd);
            assertThat(p[0]).isNotSameAs(p[1]);
            assertThat(p[0]).isNotEqualTo(p[1]);
        }
    }
}
