package org.mentorkit.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

class PairSlotsTests {

    private static final Program PROGRAM = InternalCohorts.program(new GroupPolicy(1, 3, 1), List.of());

    private static PairSlots of(List<Participant> people) {
        SlotChoice choice = new SlotChoice(new SessionGrid(new AvailabilityProfiles(people, PROGRAM), PROGRAM), people,
                PROGRAM);
        return new PairSlots(choice, people);
    }

    private static List<WeeklyWindow> tuesday(int from, int to) {
        return List.of(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(from, 0), LocalTime.of(to, 0)));
    }

    @Test
    void peopleWhoseWindowsNeverMeetAreIncompatibleAndTheCohortSaysSo() {
        List<Participant> people = List.of(
                InternalCohorts.person("a", Role.MENTOR, "Europe/Berlin", tuesday(9, 12), "F"),
                InternalCohorts.person("b", Role.MENTEE, "Europe/Berlin", tuesday(10, 13), "M"),
                InternalCohorts.person("c", Role.MENTEE, "Europe/Berlin", tuesday(15, 17), "M"));
        PairSlots slots = of(people);
        assertThat(slots.compatible(0, 1)).isTrue();
        assertThat(slots.compatible(0, 2)).isFalse();
        assertThat(slots.compatible(1, 2)).isFalse();
        assertThat(slots.anyIncompatible()).isTrue();
    }

    @Test
    void aCohortWhoseWindowsAllMeetHasNoIncompatiblePair() {
        // Berlin 10:00-13:00 and London 09:00-12:00 are the same hours all year (both change clocks on the same day).
        List<Participant> people = List.of(
                InternalCohorts.person("a", Role.MENTOR, "Europe/Berlin", tuesday(10, 13), "F"),
                InternalCohorts.person("b", Role.MENTEE, "Europe/London", tuesday(9, 12), "M"),
                InternalCohorts.person("c", Role.MENTEE, "Europe/Berlin", tuesday(10, 13), "M"));
        assertThat(of(people).anyIncompatible()).isFalse();
    }
}
