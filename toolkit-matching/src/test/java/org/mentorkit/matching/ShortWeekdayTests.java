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
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.SessionDates;
import org.mentorkit.model.WeeklyWindow;

/**
 * A slot must be on a weekday with a cadence date for every session the group holds, or schedule cannot place them.
 * The program runs from Monday 11 January 2027 for six months, on the second week of each month: Sundays have only
 * five such dates (14 Feb, 14 Mar, 11 Apr, 9 May, 13 Jun; 10 Jan is before the start), every other weekday six.
 */
class ShortWeekdayTests {

    @Test
    void aWeekdayWithTooFewDatesIsNotChosenEvenWhenEveryoneIsFreeOnlyThen() {
        Program program = SlotFormationTests.program(3, 3);
        assertThat(SessionDates.all(program, DayOfWeek.SUNDAY)).hasSize(5);
        assertThat(SessionDates.all(program, DayOfWeek.MONDAY)).hasSize(6);
        List<WeeklyWindow> sundays = List.of(new WeeklyWindow(DayOfWeek.SUNDAY, LocalTime.of(10, 0),
                LocalTime.of(12, 0)));
        List<Participant> people = new ArrayList<>();
        people.add(SlotFormationTests.person("T", Role.MENTOR, "Europe/London", sundays, "x"));
        for (int k = 0; k < 3; k++) {
            people.add(SlotFormationTests.person("S" + k, Role.MENTEE, "Europe/London", sundays, "x"));
        }
        Cohort cohort = new Cohort(program, people, List.of(), MatchingConstraints.none());

        FormationResult six = GroupFormation.form(cohort, FormationSettings.builder().seed(1)
                .timeLimit(Duration.ofSeconds(10)).randomBaselineDraws(1).sessions(6, 60).build());
        GroupSlot slot = six.explanations().get(0).slot();
        assertThat(slot.slot().day()).isNotEqualTo(DayOfWeek.SUNDAY);
        assertThat(SessionDates.all(program, slot.slot().day())).hasSizeGreaterThanOrEqualTo(6);
        assertThat(slot.sessions()).hasSize(6);
        assertThat(six.groupsWithoutCommonSlot()).hasSize(1);

        // Five sessions fit on Sundays: then the Sunday window is the common slot.
        FormationResult five = GroupFormation.form(cohort, FormationSettings.builder().seed(1)
                .timeLimit(Duration.ofSeconds(10)).randomBaselineDraws(1).sessions(5, 60).build());
        assertThat(five.explanations().get(0).slot().slot().day()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(five.groupsWithoutCommonSlot()).isEmpty();
    }
}
