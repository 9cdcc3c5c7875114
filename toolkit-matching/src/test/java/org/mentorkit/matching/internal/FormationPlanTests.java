package org.mentorkit.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormationPlanTests {

    @Test
    void ceilDivDoesNotOverflowNearTheLargestInt() {
        // (a + b - 1) / b wraps around to a negative number here.
        assertThat(FormationPlan.ceilDiv(Integer.MAX_VALUE, 2)).isEqualTo(1 << 30);
        assertThat(FormationPlan.ceilDiv(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(1);
        assertThat(FormationPlan.ceilDiv(Integer.MAX_VALUE - 1, 50)).isEqualTo(42_949_673);
    }

    @Test
    void ceilDivRoundsUpSmallValues() {
        assertThat(FormationPlan.ceilDiv(0, 3)).isZero();
        assertThat(FormationPlan.ceilDiv(6, 3)).isEqualTo(2);
        assertThat(FormationPlan.ceilDiv(7, 3)).isEqualTo(3);
        assertThat(FormationPlan.ceilDiv(20, 6)).isEqualTo(4);
    }
}
