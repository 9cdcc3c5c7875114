package org.mentorkit.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.NonIsolationRule;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

class RepairMembersTests {

    private static final List<WeeklyWindow> ANY = List.of(
            new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));

    /**
     * 3 mentors and 8 mentees (items 0-7 are mentees S0-S7, items 8-10 the mentors' seats): groups of 2 to 3 mentees,
     * S0 and S4 apart, S1 and S2 together, and the only two women (S6, S7) must not be alone in a group.
     */
    private static FormationPlan plan() {
        List<Participant> people = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            people.add(InternalCohorts.person("T" + t, Role.MENTOR, "UTC", ANY, "M"));
        }
        for (int s = 0; s < 8; s++) {
            people.add(InternalCohorts.person("S" + s, Role.MENTEE, "UTC", ANY, s >= 6 ? "F" : "M"));
        }
        NonIsolationRule women = new NonIsolationRule("gender", List.of("F"), false);
        Cohort cohort = new Cohort(InternalCohorts.program(new GroupPolicy(2, 4, 1), List.of(women)), people,
                List.of(), new MatchingConstraints(Map.of(), List.of(List.of("S1", "S2")),
                        List.of(List.of("S0", "S4"))));
        List<Problem> problems = new ArrayList<>();
        FormationPlan plan = FormationPlan.of(cohort, List.of(), problems).orElseThrow();
        assertThat(problems).isEmpty();
        assertThat(plan.groups()).isEqualTo(3);
        for (int g = 0; g < plan.groups(); g++) {
            assertThat(plan.lower(g)).isEqualTo(2);
            assertThat(plan.upper(g)).isEqualTo(3);
        }
        return plan;
    }

    private static final int[] START = {0, 0, 0, 1, 1, 1, 2, 2, 0, 1, 2};

    @Test
    void swapsAndMovesKeepTogetherApartAndNonIsolationRules() {
        RepairMembers members = new RepairMembers(plan(), START);
        assertThat(members.swapKeepsRules(3, 1, 5, 1)).isTrue(); // S3 and S5: both in group 1, nothing changes
        assertThat(members.swapKeepsRules(0, 0, 3, 1)).as("S0 would join S4").isFalse();
        assertThat(members.swapKeepsRules(1, 0, 3, 1)).as("S1 would leave S2").isFalse();
        assertThat(members.swapKeepsRules(6, 2, 3, 1)).as("S6 and S7 would each be the only woman").isFalse();
        assertThat(members.swapKeepsRules(8, 0, 9, 1)).as("two mentors change groups").isTrue();
        assertThat(members.keepsRules(new int[] {6, 7}, new int[] {1, 1})).as("both women move together").isTrue();
        assertThat(members.keepsRules(new int[] {1, 2}, new int[] {1, 1})).as("the together pair moves whole")
                .isTrue();
    }

    @Test
    void relocationsRespectTheGroupSizes() {
        RepairMembers members = new RepairMembers(plan(), START);
        // Group 2 has 2 mentees (the least); groups 0 and 1 have 3 (the most).
        assertThat(members.relocationKeepsRules(3, 1, 0)).as("group 0 is full").isFalse();
        assertThat(members.relocationKeepsRules(5, 1, 2)).as("3 to 2 and 2 to 3 mentees").isTrue();
        members.move(5, 1, 2);
        assertThat(members.relocationKeepsRules(3, 1, 2)).as("group 1 would keep 1 mentee, group 2 hold 4")
                .isFalse();
        members.move(5, 2, 1);
        members.move(6, 2, 1);
        members.move(7, 2, 1);
        assertThat(members.items(1)).containsExactlyInAnyOrder(3, 4, 5, 9, 6, 7);
        assertThat(members.groupOf(6)).isEqualTo(1);
        members.restore(START);
        assertThat(members.assignment()).containsExactly(START);
        assertThat(members.items(2)).containsExactlyInAnyOrder(6, 7, 10);
    }
}
