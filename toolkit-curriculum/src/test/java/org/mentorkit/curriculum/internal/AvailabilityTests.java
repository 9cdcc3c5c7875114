package org.mentorkit.curriculum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.WeeklyWindow;

class AvailabilityTests {

    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    private static ZonedDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2027, 1, day, hour, minute).atZone(SYDNEY);
    }

    @Test
    void aSessionInsideOneWindowIsCoveredAndOneOverlappingItsEndIsNot() {
        List<WeeklyWindow> windows = List.of(new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(10, 0)));
        assertThat(Availability.covers(windows, at(13, 9, 0), at(13, 10, 0))).isTrue();
        assertThat(Availability.covers(windows, at(13, 9, 30), at(13, 10, 30))).isFalse();
        assertThat(Availability.covers(windows, at(14, 9, 0), at(14, 10, 0))).as("Thursday").isFalse();
    }

    @Test
    void aSessionCrossingMidnightNeedsWindowsOnBothDays() {
        WeeklyWindow lateTuesday = new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT);
        WeeklyWindow earlyWednesday = new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.MIDNIGHT, LocalTime.of(2, 0));
        assertThat(Availability.covers(List.of(lateTuesday, earlyWednesday), at(12, 23, 30), at(13, 0, 30))).isTrue();
        assertThat(Availability.covers(List.of(lateTuesday), at(12, 23, 30), at(13, 0, 30))).isFalse();
        assertThat(Availability.covers(List.of(lateTuesday), at(12, 23, 0), at(13, 0, 0))).as("ends exactly at midnight").isTrue();
    }

    @Test
    void touchingOrOverlappingWindowsCoverTogetherAsGroupFormationCountsThem() {
        // "Wed 12:00-13:00; Wed 13:00-14:00" is one stretch of availability; so are overlapping windows.
        List<WeeklyWindow> touching = List.of(new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(13, 0), LocalTime.of(14, 0)),
                new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(12, 0), LocalTime.of(13, 0)));
        assertThat(Availability.covers(touching, at(13, 12, 30), at(13, 13, 30))).isTrue();
        List<WeeklyWindow> overlapping = List.of(new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)),
                new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(12, 0), LocalTime.of(15, 0)));
        assertThat(Availability.covers(overlapping, at(13, 11, 45), at(13, 13, 15))).isTrue();
        List<WeeklyWindow> gap = List.of(new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(12, 0), LocalTime.of(13, 0)),
                new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(13, 15), LocalTime.of(14, 0)));
        assertThat(Availability.covers(gap, at(13, 12, 30), at(13, 13, 30))).as("a quarter-hour gap").isFalse();
    }

    @Test
    void noWindowsCoverNothing() {
        // Program.availabilityOf never gives an empty list; an empty one is not a licence to meet at any hour.
        assertThat(Availability.covers(List.of(), at(13, 3, 0), at(13, 4, 0))).isFalse();
    }
}
