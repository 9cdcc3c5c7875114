package org.mentorkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionDatesTests {

    private static Program program(Cadence cadence) {
        return new Program("p", "P", "S", "", LocalDate.of(2027, 1, 11), 6, cadence, DeliveryMode.VIRTUAL,
                new GroupPolicy(3, 5, 1), MatchingSettings.defaults(), List.of(), ApplicantColumns.defaults(), "");
    }

    @Test
    void allGivesEveryMonthlyDateOfTheProgramAndPlaceGivesItsPrefix() {
        Program program = program(Cadence.monthlySecondTuesday());
        List<SessionDates.Placed> all = SessionDates.all(program, DayOfWeek.THURSDAY);
        // Second Thursdays from 11 Jan 2027 up to 11 Jul 2027 (exclusive): seven of them, 8 July included.
        assertThat(all).extracting(SessionDates.Placed::date).containsExactly(LocalDate.of(2027, 1, 14),
                LocalDate.of(2027, 2, 11), LocalDate.of(2027, 3, 11), LocalDate.of(2027, 4, 8),
                LocalDate.of(2027, 5, 13), LocalDate.of(2027, 6, 10), LocalDate.of(2027, 7, 8));
        assertThat(SessionDates.place(4, program.cadence(), DayOfWeek.THURSDAY, program.startDate(),
                SessionDates.end(program)).orElseThrow()).isEqualTo(all.subList(0, 4));
        assertThat(SessionDates.place(8, program.cadence(), DayOfWeek.THURSDAY, program.startDate(),
                SessionDates.end(program))).isEmpty();
    }

    @Test
    void blackoutDatesMoveOrSkipAsTheRuleSays() {
        Cadence next = new Cadence(CadenceKind.EVERY_N_WEEKS, 4, 1, DayOfWeek.MONDAY, 60,
                List.of(LocalDate.of(2027, 2, 8)), BlackoutRule.NEXT_WEEK);
        List<SessionDates.Placed> moved = SessionDates.all(program(next), DayOfWeek.MONDAY);
        assertThat(moved.get(1).cadenceDate()).isEqualTo(LocalDate.of(2027, 2, 8));
        assertThat(moved.get(1).date()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(moved.get(1).adjustment()).contains("NEXT_WEEK");
        Cadence skip = new Cadence(CadenceKind.EVERY_N_WEEKS, 4, 1, DayOfWeek.MONDAY, 60,
                List.of(LocalDate.of(2027, 2, 8)), BlackoutRule.SKIP);
        assertThat(SessionDates.all(program(skip), DayOfWeek.MONDAY)).extracting(SessionDates.Placed::date)
                .doesNotContain(LocalDate.of(2027, 2, 8)).contains(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 8));
    }
}
