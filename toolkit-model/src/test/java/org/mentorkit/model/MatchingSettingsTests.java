package org.mentorkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingSettingsTests {

    @Test
    void emptyDefaultAvailabilityMeansMondayToFridayEightToSix() {
        MatchingSettings settings = new MatchingSettings(null, null, null);

        assertThat(settings.defaultAvailability()).isEmpty();
        assertThat(settings.availabilityOrWorkingWeek())
                .hasSize(5)
                .allSatisfy(w -> {
                    assertThat(w.start()).isEqualTo(LocalTime.of(8, 0));
                    assertThat(w.end()).isEqualTo(LocalTime.of(18, 0));
                })
                .extracting(WeeklyWindow::day)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY);
    }

    @Test
    void programsOwnDefaultAvailabilityIsKeptAsGiven() {
        List<WeeklyWindow> evenings = List.of(new WeeklyWindow(DayOfWeek.SATURDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)));
        MatchingSettings settings = new MatchingSettings(CriterionWeights.defaults(), List.of(), evenings);

        assertThat(settings.availabilityOrWorkingWeek()).isEqualTo(evenings);
    }
}
