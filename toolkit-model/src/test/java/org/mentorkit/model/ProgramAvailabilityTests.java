package org.mentorkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgramAvailabilityTests {

    private static Participant withWindows(List<WeeklyWindow> windows) {
        return new Participant("p1", "P", "", Role.MENTEE, "Europe/London", windows, List.of(), "", "", "", "", Map.of(),
                0, "", Map.of());
    }

    @Test
    void aParticipantsOwnWindowsWin() {
        List<WeeklyWindow> own = List.of(new WeeklyWindow(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(11, 0)));
        assertThat(DefaultProgram.pilot().availabilityOf(withWindows(own))).isEqualTo(own);
    }

    @Test
    void withoutOwnWindowsTheProgramDefaultApplies() {
        Program pilot = DefaultProgram.pilot();
        assertThat(pilot.availabilityOf(withWindows(List.of()))).isEqualTo(pilot.matching().availabilityOrWorkingWeek())
                .hasSize(5);
    }
}
