package org.mentorkit.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

/**
 * A member is free for a session exactly when every minute of it lies inside their windows, as {@code schedule}
 * checks it: the grid's 15-minute steps are where sessions may start, not how finely availability is read.
 */
class SessionGridTests {

    private static final Program PROGRAM = InternalCohorts.program(new GroupPolicy(1, 3, 1), List.of());
    private static final String BERLIN = "Europe/Berlin";

    private static WeeklyWindow window(DayOfWeek day, int fromHour, int fromMinute, int toHour, int toMinute) {
        return new WeeklyWindow(day, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
    }

    /** Whether a session of {@code minutes} starting at {@code time} on the program's first {@code day} is free. */
    private static boolean free(List<WeeklyWindow> windows, int minutes, DayOfWeek day, LocalTime time) {
        Participant member = InternalCohorts.person("a", Role.MENTEE, BERLIN, windows, "F");
        SessionGrid grid = new SessionGrid(new AvailabilityProfiles(List.of(member), PROGRAM), PROGRAM, 0, minutes);
        LocalDate date = PROGRAM.startDate().plusWeeks(1).with(TemporalAdjusters.nextOrSame(day));
        Instant start = date.atTime(time).atZone(ZoneId.of(BERLIN)).toInstant();
        assertThat(grid.step(start)).as("the start is on the grid").isNotNegative();
        return grid.free(0, grid.step(start));
    }

    @Test
    void aFiftyMinuteSessionFitsAWindowEndingAtTenToTen() {
        List<WeeklyWindow> until0950 = List.of(window(DayOfWeek.TUESDAY, 9, 0, 9, 50));
        assertThat(free(until0950, 50, DayOfWeek.TUESDAY, LocalTime.of(9, 0))).isTrue();
        assertThat(free(until0950, 51, DayOfWeek.TUESDAY, LocalTime.of(9, 0))).isFalse();
        assertThat(free(until0950, 60, DayOfWeek.TUESDAY, LocalTime.of(9, 0))).isFalse();
    }

    @Test
    void windowEdgesOffTheQuarterHourCountToTheMinute() {
        List<WeeklyWindow> from0910 = List.of(window(DayOfWeek.TUESDAY, 9, 10, 10, 40));
        assertThat(free(from0910, 30, DayOfWeek.TUESDAY, LocalTime.of(9, 0))).as("starts before the window").isFalse();
        assertThat(free(from0910, 30, DayOfWeek.TUESDAY, LocalTime.of(9, 15))).isTrue();
        assertThat(free(from0910, 30, DayOfWeek.TUESDAY, LocalTime.of(10, 0))).as("ends at 10:30").isTrue();
        assertThat(free(from0910, 45, DayOfWeek.TUESDAY, LocalTime.of(10, 0))).as("ends at 10:45").isFalse();
    }

    @Test
    void windowsThatTouchCountTogetherAlsoAcrossMidnight() {
        List<WeeklyWindow> touching = List.of(window(DayOfWeek.TUESDAY, 12, 0, 12, 50),
                window(DayOfWeek.TUESDAY, 12, 50, 14, 0));
        assertThat(free(touching, 60, DayOfWeek.TUESDAY, LocalTime.of(12, 30))).isTrue();
        List<WeeklyWindow> gap = List.of(window(DayOfWeek.TUESDAY, 12, 0, 12, 50),
                window(DayOfWeek.TUESDAY, 12, 55, 14, 0));
        assertThat(free(gap, 60, DayOfWeek.TUESDAY, LocalTime.of(12, 30))).isFalse();
        List<WeeklyWindow> overMidnight = List.of(new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(23, 0),
                LocalTime.MIDNIGHT), window(DayOfWeek.TUESDAY, 0, 0, 0, 20));
        assertThat(free(overMidnight, 50, DayOfWeek.MONDAY, LocalTime.of(23, 30))).isTrue();
        assertThat(free(overMidnight, 60, DayOfWeek.MONDAY, LocalTime.of(23, 30))).isFalse();
    }
}
