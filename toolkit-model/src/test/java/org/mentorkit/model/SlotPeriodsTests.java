package org.mentorkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one placement rule over a slot history, against dates counted by hand on a 2027 calendar. */
class SlotPeriodsTests {

    private static Program program(Cadence cadence) {
        return new Program("p", "P", "S", "", LocalDate.of(2027, 1, 11), 6, cadence, DeliveryMode.VIRTUAL,
                new GroupPolicy(3, 5, 1), MatchingSettings.defaults(), List.of(), ApplicantColumns.defaults(), "");
    }

    private static MeetingSlot slot(DayOfWeek day) {
        return new MeetingSlot(day, LocalTime.of(10, 0), "Europe/London", 60);
    }

    @Test
    void aMonthlyDateTheChangeHasPassedIsHeldOnTheNewWeekdayLaterThatMonth() {
        Program program = program(Cadence.monthlySecondTuesday());
        LocalDate change = LocalDate.of(2027, 3, 11); // the second Thursday of March; its Wednesday (10th) is past
        List<SlotPeriods.Dated> placed = SlotPeriods.place(6, program,
                List.of(new EarlierSlot(change, slot(DayOfWeek.THURSDAY))), slot(DayOfWeek.WEDNESDAY)).orElseThrow();
        assertThat(placed).extracting(SlotPeriods.Dated::date).containsExactly(LocalDate.of(2027, 1, 14),
                LocalDate.of(2027, 2, 11), LocalDate.of(2027, 3, 17), LocalDate.of(2027, 4, 14),
                LocalDate.of(2027, 5, 12), LocalDate.of(2027, 6, 9));
        assertThat(placed.get(2).heldAfter()).isEqualTo(change);
        assertThat(placed.get(2).placed().cadenceDate()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(placed.get(3).heldAfter()).isNull();
        assertThat(placed).extracting(SlotPeriods.Dated::periodFrom).containsExactly(program.startDate(),
                program.startDate(), change, change, change, change);
        assertThat(placed.get(1).slot().day()).isEqualTo(DayOfWeek.THURSDAY);
        // A month that already has its session keeps only that one: a change on 10 March from Tuesday (9 March held)
        // to Wednesday gives no second March session.
        List<SlotPeriods.Dated> once = SlotPeriods.placeUpTo(Integer.MAX_VALUE, program,
                List.of(new EarlierSlot(LocalDate.of(2027, 3, 10), slot(DayOfWeek.TUESDAY))), slot(DayOfWeek.WEDNESDAY));
        assertThat(once).extracting(SlotPeriods.Dated::date).filteredOn(d -> d.getMonthValue() == 3)
                .containsExactly(LocalDate.of(2027, 3, 9));
        assertThat(SlotPeriods.place(7, program, List.of(), slot(DayOfWeek.THURSDAY))).isPresent();
        assertThat(SlotPeriods.place(8, program, List.of(), slot(DayOfWeek.THURSDAY))).isEmpty();
    }

    @Test
    void everyTwoWeeksTheNewSlotsDatesFollowTheSessionsTheOldOneKept() {
        Program program = program(new Cadence(CadenceKind.EVERY_N_WEEKS, 2, 1, DayOfWeek.MONDAY, 60, List.of(), null));
        LocalDate change = LocalDate.of(2027, 2, 23);
        List<SlotPeriods.Dated> placed = SlotPeriods.place(6, program,
                List.of(new EarlierSlot(change, slot(DayOfWeek.TUESDAY))), slot(DayOfWeek.MONDAY)).orElseThrow();
        // Tuesdays 12 and 26 January and 9 February before the change (23 February is the change date itself), then
        // the cadence's Mondays from it: 22 February is before it, so 8 and 22 March and 5 April.
        assertThat(placed).extracting(SlotPeriods.Dated::date).containsExactly(LocalDate.of(2027, 1, 12),
                LocalDate.of(2027, 1, 26), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 8),
                LocalDate.of(2027, 3, 22), LocalDate.of(2027, 4, 5));
        assertThat(placed).allMatch(d -> d.heldAfter() == null);
    }
}
