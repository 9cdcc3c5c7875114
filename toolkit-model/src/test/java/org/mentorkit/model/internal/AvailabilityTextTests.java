package org.mentorkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.WeeklyWindow;

class AvailabilityTextTests {

    @Test
    void readsDaysAbbreviatedOrFullRangesAndEnDashes() {
        assertThat(AvailabilityText.parse("Tue 12:00-14:00")).hasValueSatisfying(w -> assertThat(w).containsExactly(
                new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.NOON, LocalTime.of(14, 0))));
        assertThat(AvailabilityText.parse("thursday 9:30 – 10:00")).hasValueSatisfying(w -> assertThat(w).containsExactly(
                new WeeklyWindow(DayOfWeek.THURSDAY, LocalTime.of(9, 30), LocalTime.of(10, 0))));
        assertThat(AvailabilityText.parse("Fri-Mon 20:00-24:00")).hasValueSatisfying(w -> assertThat(w)
                .extracting(WeeklyWindow::day)
                .containsExactly(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY));
    }

    @Test
    void rejectsWhatItCannotReadWithoutGuessing() {
        assertThat(AvailabilityText.parse("Tue 12-14")).isEmpty();
        assertThat(AvailabilityText.parse("T 12:00-14:00")).isEmpty();
        assertThat(AvailabilityText.parse("Tue 25:00-26:00")).isEmpty();
        assertThat(AvailabilityText.parse("weekday evenings")).isEmpty();
    }

    @Test
    void formatsWhatItReads() {
        WeeklyWindow window = new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(9, 15));
        assertThat(AvailabilityText.format(window)).isEqualTo("Wed 08:00-09:15");
        assertThat(AvailabilityText.parse(AvailabilityText.format(window))).hasValueSatisfying(w -> assertThat(w).containsExactly(window));
    }
}
