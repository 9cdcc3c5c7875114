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
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

/**
 * The availability phase when re-forming, where only late joiners move and every group keeps its saved slot: a joiner
 * who cannot make their group's slot reaches the one group whose slot they can make, even when that group is full and
 * room must first be made by another joiner moving on to a third group (a swap of the two is barred by an apart rule,
 * so no single move or swap, and no random swap, gets there).
 */
class SlotRepairTests {

    private static WeeklyWindow w(DayOfWeek day) {
        return new WeeklyWindow(day, LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    @Test
    void aJoinerReachesTheOnlyGroupWhoseSlotFitsThroughAChainOfTwoMoves() {
        DayOfWeek[] days = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY};
        List<Participant> people = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            people.add(InternalCohorts.person("T" + g, Role.MENTOR, "UTC", List.of(w(days[0]), w(days[1]), w(days[2])),
                    "M"));
            for (int k = 0; k < 3; k++) {
                people.add(InternalCohorts.person("S" + g + k, Role.MENTEE, "UTC", List.of(w(days[g])), "M"));
            }
        }
        people.add(InternalCohorts.person("J1", Role.MENTEE, "UTC", List.of(w(DayOfWeek.TUESDAY)), "M"));
        people.add(InternalCohorts.person("J2", Role.MENTEE, "Europe/London",
                List.of(w(DayOfWeek.TUESDAY), w(DayOfWeek.WEDNESDAY)), "M"));
        Program program = InternalCohorts.program(new GroupPolicy(3, 4, 1), List.of());
        Cohort cohort = new Cohort(program, people, List.of(), new MatchingConstraints(Map.of(), List.of(),
                List.of(List.of("J2", "S00"))));
        List<Problem> problems = new ArrayList<>();
        FormationPlan plan = FormationPlan.of(cohort, List.of(), problems).orElseThrow();
        assertThat(problems).isEmpty();
        assertThat(plan.groups()).isEqualTo(3);
        // Each previous member in their group; J1 in group 0 (Monday: cannot make it), J2 in the full group 1.
        int[] assignment = new int[plan.items()];
        boolean[] movable = new boolean[plan.items()];
        int[] seatsUsed = new int[3];
        for (int i = 0; i < plan.items(); i++) {
            String id = plan.people().get(plan.person(i)).id();
            if (plan.isSeat(i)) {
                assignment[i] = Integer.parseInt(id.substring(1));
                seatsUsed[assignment[i]]++;
            } else if (id.startsWith("S")) {
                assignment[i] = id.charAt(1) - '0';
            } else {
                assignment[i] = id.equals("J1") ? 0 : 1;
                movable[i] = true;
            }
        }
        assertThat(seatsUsed).containsExactly(1, 1, 1);
        MeetingSlot[] saved = new MeetingSlot[3];
        for (int g = 0; g < 3; g++) {
            saved[g] = new MeetingSlot(days[g], LocalTime.of(10, 0), "UTC", 60);
        }
        AvailabilityProfiles profiles = new AvailabilityProfiles(plan.people(), program);
        Availability availability = new Availability(profiles, program.startDate(),
                program.startDate().plusMonths(program.lengthMonths()));
        SlotChoice choice = new SlotChoice(new SessionGrid(profiles, program), plan.people(), program);
        Criteria criteria = new Criteria(plan.people(), availability, program.matching().weights(), plan.rules());
        SessionPlan[] sessions = new SessionPlan[3];
        java.util.Arrays.fill(sessions, choice.plan(null));
        FormationClock clock = new FormationClock(false);
        SlotRepair repair = new SlotRepair(plan, criteria, choice, assignment, saved, movable, sessions, clock,
                PlanInstance.of(plan, criteria, false));
        assertThat(repair.outside()).as("the premise: J1 misses every Monday session").isPositive();

        int[] after = repair.run(clock.now() + 20_000_000_000L, 1);

        assertThat(repair.outside()).isZero();
        for (int i = 0; i < plan.items(); i++) {
            String id = plan.people().get(plan.person(i)).id();
            if (id.equals("J1")) {
                assertThat(after[i]).as("J1").isEqualTo(1);
            } else if (id.equals("J2")) {
                assertThat(after[i]).as("J2").isEqualTo(2);
            } else {
                assertThat(after[i]).as(id).isEqualTo(assignment[i]);
            }
        }
    }
}
