package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

/**
 * A saved slot's weekday must hold every session. The program runs 11 January to 11 July 2027, monthly on the 2nd
 * weekday of the month: the 2nd Sunday gives only five dates in that span (10 January is before the start, 11 July is the
 * end), every other weekday six. A group free only on Sunday evenings used to get a Sunday slot, which looked perfect
 * (five sessions, none outside) and which {@code schedule} then refused because the sixth session does not fit.
 */
class SlotWeekdayTests {

    @Test
    void aWeekdayWithTooFewSessionDatesIsNotChosen() {
        List<Participant> people = new ArrayList<>();
        List<WeeklyWindow> sundayEvening = List.of(new WeeklyWindow(DayOfWeek.SUNDAY, LocalTime.of(18, 0), LocalTime.of(19, 0)));
        people.add(SlotFormationTests.person("T", Role.MENTOR, "America/Los_Angeles", sundayEvening, "x"));
        for (int k = 0; k < 3; k++) {
            people.add(SlotFormationTests.person("S" + k, Role.MENTEE, "America/Los_Angeles", sundayEvening, "x"));
        }
        Cohort cohort = new Cohort(SlotFormationTests.program(3, 3), people, List.of(), MatchingConstraints.none());
        assertThat(SlotChecker.monthlyDates(SlotFormationTests.START, SlotFormationTests.MONTHS, SlotFormationTests.WEEK,
                DayOfWeek.SUNDAY)).as("the premise: Sundays hold five sessions").hasSize(5);

        FormationResult result = GroupFormation.form(cohort, FormationSettings.builder().seed(1)
                .timeLimit(Duration.ofSeconds(10)).randomBaselineDraws(1).sessions(6, 60).build());

        GroupSlot slot = result.explanations().get(0).slot();
        assertThat(slot.slot().day()).isNotEqualTo(DayOfWeek.SUNDAY);
        assertThat(SlotChecker.monthlyDates(SlotFormationTests.START, SlotFormationTests.MONTHS, SlotFormationTests.WEEK,
                slot.slot().day())).as("the slot's weekday holds all six sessions").hasSize(6);
        assertThat(slot.sessions()).hasSize(6);
        assertThat(slot.memberSessions()).isEqualTo(24);
        assertThat(slot.outside()).as("no weekday that holds six sessions has a common hour in every week").isPositive();
        assertThat(result.groupsWithoutCommonSlot()).hasSize(1);
    }
}
