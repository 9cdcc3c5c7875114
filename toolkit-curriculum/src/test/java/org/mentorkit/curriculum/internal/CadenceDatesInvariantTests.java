package org.mentorkit.curriculum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;

/**
 * Invariants of placed session dates over many random cadences, start dates and blackout dates. A seeded plain JUnit
 * loop (reproducible: the failing case's values are in the assertion description).
 */
class CadenceDatesInvariantTests {

    @Test
    void placedDatesAreOnTheWeekdayInsideTheProgramClearOfBlackoutsAndStrictlyIncreasing() {
        Random random = new Random(20261127L);
        int placedCases = 0;
        for (int run = 0; run < 3000; run++) {
            boolean monthly = random.nextBoolean();
            int week = new int[] {-1, 1, 2, 3, 4}[random.nextInt(5)];
            int interval = 1 + random.nextInt(6);
            DayOfWeek day = DayOfWeek.of(1 + random.nextInt(7));
            LocalDate start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3650));
            int months = 1 + random.nextInt(12);
            int sessions = 1 + random.nextInt(8);
            boolean skip = random.nextBoolean();
            LocalDate end = start.plusMonths(months);
            List<LocalDate> blackouts = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                blackouts.add(start.plusDays(random.nextInt(months * 30)));
            }
            Cadence cadence = new Cadence(monthly ? CadenceKind.MONTHLY_BY_WEEKDAY : CadenceKind.EVERY_N_WEEKS, interval, week,
                    day, 60, blackouts, skip ? BlackoutRule.SKIP : BlackoutRule.NEXT_WEEK);
            String what = "case " + run + ": " + cadence + " start " + start + " months " + months + " sessions " + sessions;
            Optional<List<CadenceDates.Placed>> placed = CadenceDates.place(sessions, cadence, day, start, end);
            List<LocalDate> candidates = CadenceDates.candidates(cadence, day, start, end);
            assertThat(candidates).as(what).allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(day));
            if (placed.isEmpty()) {
                long clear = candidates.stream().filter(d -> !blackouts.contains(d)).count();
                if (skip) {
                    assertThat(clear).as(what).isLessThan(sessions);
                }
                continue;
            }
            placedCases++;
            LocalDate previous = null;
            assertThat(placed.get()).as(what).hasSize(sessions);
            for (CadenceDates.Placed p : placed.get()) {
                assertThat(p.date().getDayOfWeek()).as(what).isEqualTo(day);
                assertThat(p.date()).as(what).isAfterOrEqualTo(start).isBefore(end);
                assertThat(blackouts).as(what).doesNotContain(p.date());
                assertThat(candidates).as(what).contains(p.cadenceDate());
                assertThat(p.adjustment().isEmpty()).as(what).isEqualTo(p.date().equals(p.cadenceDate()));
                if (skip) {
                    assertThat(p.date()).as(what).isEqualTo(p.cadenceDate());
                }
                if (previous != null) {
                    assertThat(p.date()).as(what).isAfter(previous);
                }
                previous = p.date();
            }
        }
        assertThat(placedCases).as("the random cases must exercise placement, not only failures").isGreaterThan(1000);
    }
}
