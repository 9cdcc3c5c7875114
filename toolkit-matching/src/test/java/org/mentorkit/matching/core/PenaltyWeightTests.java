package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PenaltyWeightTests {

    @Test
    void growsWhileRulesAreBrokenAndShrinksWhileTheyHoldWithinItsBounds() {
        PenaltyWeight p = new PenaltyWeight(1, 2, 1.5);
        p.adapt(3);
        assertThat(p.value()).isCloseTo(1.575, org.assertj.core.data.Offset.offset(1e-12));
        for (int k = 0; k < 100; k++) {
            p.adapt(1);
        }
        assertThat(p.value()).isEqualTo(2);
        p.adapt(0);
        assertThat(p.value()).isCloseTo(2 / 1.02, org.assertj.core.data.Offset.offset(1e-12));
        for (int k = 0; k < 100; k++) {
            p.adapt(0);
        }
        assertThat(p.value()).isEqualTo(1);
    }

    @Test
    void scalesWithTheLargestWeightAndGroup() {
        GroupingInstance in = GroupingInstance.builder(6, 2).weight(0, 1, -7).weight(2, 3, 3)
                .sizeBounds(0, 1, 4).sizeBounds(1, 2, 5).build();
        PenaltyWeight p = PenaltyWeight.of(in);
        assertThat(p.value()).isEqualTo(28); // 4 x the largest |weight|
        for (int k = 0; k < 200; k++) {
            p.adapt(1);
        }
        assertThat(p.value()).isEqualTo(7 * 4 * (5 + 1)); // 4 x (largest group + 1) x the largest |weight|
    }

    @Test
    void refusesInconsistentBounds() {
        assertThatThrownBy(() -> new PenaltyWeight(0, 1, 0.5)).hasMessageContaining("0 < min");
        assertThatThrownBy(() -> new PenaltyWeight(2, 1, 1.5)).hasMessageContaining("max 1.0");
    }
}
