package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupingSolutionTests {

    private static GroupingSolution solution(int... assignment) {
        return new GroupingSolution(assignment, 1.5, List.of(), 10, Duration.ofMillis(5), Duration.ofMillis(2),
                GroupingSolution.StopReason.values()[0]);
    }

    @Test
    void equalAssignmentsMakeEqualSolutionsWithEqualHashCodes() {
        assertThat(solution(0, 1, 1)).isEqualTo(solution(0, 1, 1)).hasSameHashCodeAs(solution(0, 1, 1));
        assertThat(solution(0, 1, 1)).isNotEqualTo(solution(1, 0, 1));
        assertThat(solution(0, 1, 1).toString()).contains("assignment=[0, 1, 1]");
    }
}
