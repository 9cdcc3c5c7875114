package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncumbentTests {

    /** Four items in two groups; items 0 and 1 must be apart; pair weights make {0,2}{1,3} the best. */
    private static final GroupingInstance IN = GroupingInstance.builder(4, 2)
            .weight(0, 2, 5).weight(1, 3, 5).weight(0, 1, 9).weight(2, 3, 1).apart(0, 1).build();

    private static SearchState state(int... assignment) {
        SearchState st = new SearchState(IN);
        st.load(assignment);
        return st;
    }

    @Test
    void keepsTheLeastBrokenUntilOneKeepsEveryRule() {
        Incumbent inc = new Incumbent(4);
        assertThat(inc.isEmpty()).isTrue();
        assertThat(inc.best()).isNull();
        assertThat(inc.offer(state(0, 0, 0, 0), 10)).isFalse(); // breaks the apart rule
        assertThat(inc.best()).containsExactly(0, 0, 0, 0);
        assertThat(inc.feasibleFound()).isFalse();
        assertThat(inc.foundAtNanos()).isEqualTo(10);

        assertThat(inc.offer(state(0, 1, 0, 1), 20)).isTrue();
        assertThat(inc.best()).containsExactly(0, 1, 0, 1);
        assertThat(inc.objective()).isEqualTo(10);

        // A broken assignment with a higher objective never replaces one that keeps every rule.
        assertThat(inc.offer(state(0, 0, 1, 1), 30)).isFalse();
        assertThat(inc.best()).containsExactly(0, 1, 0, 1);
        assertThat(inc.foundAtNanos()).isEqualTo(20);
    }

    @Test
    void aNewBestMustBeatTheOldByMoreThanRounding() {
        Incumbent inc = new Incumbent(4);
        inc.offer(state(0, 1, 0, 1), 1);
        assertThat(inc.bar()).isGreaterThan(10).isLessThan(10 + 1e-6);
        assertThat(inc.offer(state(1, 0, 1, 0), 2)).isFalse(); // the same objective, relabelled
        assertThat(inc.offer(state(0, 1, 1, 0), 3)).isFalse(); // worse
        assertThat(inc.foundAtNanos()).isEqualTo(1);
    }

    @Test
    void handsOutCopies() {
        Incumbent inc = new Incumbent(4);
        inc.offer(state(0, 1, 0, 1), 1);
        inc.best()[0] = 1;
        assertThat(inc.best()).containsExactly(0, 1, 0, 1);
    }
}
