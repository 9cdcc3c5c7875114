package org.mentorkit.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.GroupSizes;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Role;

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

    @Test
    void withinPolicySizesLetEveryGroupTakeAnySizeFromTheFirstPlanOn() {
        // 10 mentees in 3 groups: even sizes are 3 to 4; the policy allows 2 to 5.
        Cohort even = cohort(new GroupPolicy(2, 5, 1));
        Cohort within = cohort(new GroupPolicy(2, 5, 1, GroupSizes.WITHIN_POLICY));
        List<Problem> problems = new ArrayList<>();

        FormationPlan evenPlan = FormationPlan.of(even, List.of(), problems).orElseThrow();
        FormationPlan withinPlan = FormationPlan.of(within, List.of(), problems).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(evenPlan.groups()).isEqualTo(3);
        assertThat(withinPlan.groups()).isEqualTo(3);
        for (int g = 0; g < 3; g++) {
            assertThat(evenPlan.lower(g)).isEqualTo(3);
            assertThat(evenPlan.upper(g)).isEqualTo(4);
            assertThat(withinPlan.lower(g)).isEqualTo(2);
            assertThat(withinPlan.upper(g)).isEqualTo(5);
        }
        // The even plan's fallback is the wide plan; the wide plan's is the next group count (2 or 4 groups).
        FormationPlan fallback = evenPlan.next().orElseThrow();
        assertThat(fallback.groups()).isEqualTo(3);
        assertThat(fallback.lower(0)).isEqualTo(2);
        assertThat(withinPlan.next().orElseThrow().groups()).isNotEqualTo(3);
    }

    /** 3 mentors of capacity 1 and 10 mentees, nobody holding an under-represented value. */
    private static Cohort cohort(GroupPolicy policy) {
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            Role role = i < 3 ? Role.MENTOR : Role.MENTEE;
            people.add(InternalCohorts.person("P" + i, role, InternalCohorts.ZONES[i % 3], List.of(), "M"));
        }
        return new Cohort(InternalCohorts.program(policy, List.of()), people, List.of(), MatchingConstraints.none());
    }
}
