package org.mentorkit.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

class AvailabilityProfilesTests {

    private static final List<WeeklyWindow> TUESDAY = List.of(
            new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(14, 0)));

    @Test
    void participantsWithTheSameZoneAndWindowsShareOneProfileAndOthersDoNot() {
        Program program = InternalCohorts.program(new GroupPolicy(1, 3, 1), List.of());
        List<Participant> people = List.of(
                InternalCohorts.person("a", Role.MENTOR, "Europe/Berlin", TUESDAY, "F"),
                InternalCohorts.person("b", Role.MENTEE, "Europe/Berlin", List.copyOf(TUESDAY), "M"),
                InternalCohorts.person("c", Role.MENTEE, "Europe/Paris", TUESDAY, "M"),
                InternalCohorts.person("d", Role.MENTEE, "Europe/Berlin", List.of(
                        new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(14, 15))), "M"));
        AvailabilityProfiles profiles = new AvailabilityProfiles(people, program);
        assertThat(profiles.people()).isEqualTo(4);
        assertThat(profiles.count()).isEqualTo(3);
        assertThat(profiles.of(0)).isEqualTo(profiles.of(1));
        assertThat(profiles.of(2)).isNotEqualTo(profiles.of(0));
        assertThat(profiles.of(3)).isNotIn(profiles.of(0), profiles.of(2));
        assertThat(profiles.zone(profiles.of(2))).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(profiles.windows(profiles.of(3)).get(0).end()).isEqualTo(LocalTime.of(14, 15));
    }

    @Test
    void participantsWithoutWindowsGetTheProgramsDefaultAsTheirProfile() {
        Program program = InternalCohorts.program(new GroupPolicy(1, 3, 1), List.of());
        List<Participant> people = List.of(
                InternalCohorts.person("a", Role.MENTOR, "UTC", List.of(), "F"),
                InternalCohorts.person("b", Role.MENTEE, "UTC", program.availabilityOf(
                        InternalCohorts.person("x", Role.MENTEE, "UTC", List.of(), "F")), "M"));
        AvailabilityProfiles profiles = new AvailabilityProfiles(people, program);
        // Nobody stated windows for "a": the program's default applies, which is exactly what "b" stated.
        assertThat(profiles.windows(profiles.of(0))).isNotEmpty();
        assertThat(profiles.of(0)).isEqualTo(profiles.of(1));
    }
}
