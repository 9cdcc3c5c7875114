package org.mentorkit.curriculum.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorkit.curriculum.internal.CadenceDates;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.EarlierSlot;
import org.mentorkit.model.Group;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Program;

/**
 * The dates of a group's sessions over its slot history. Each slot applies for a period: the first from the
 * program's start, each later one from the date the one before it stopped applying ({@code until}). Within a period,
 * sessions take that slot's cadence dates (blackout rule applied) in order; a session is never placed on or before
 * the previous session's date, and with a monthly cadence never in a month that already has one; a monthly date that
 * the change date has already passed is held on the new weekday later that month (so no month loses its session).
 * So the sessions dated before a change are exactly those the earlier slot gave, and a change moves only later
 * sessions.
 */
final class SessionPlacement {

    private SessionPlacement() {
    }

    /** One session's date and the slot it is held at. */
    record Dated(CadenceDates.Placed placed, MeetingSlot slot) {
    }

    /** One slot and the dates it applies to: from {@code from} (inclusive) to {@code until} (exclusive). */
    private record Period(MeetingSlot slot, LocalDate from, LocalDate until) {
    }

    /**
     * The dates of {@code sessions} sessions for a group whose slots are {@code earlier} then {@code current}, or
     * empty when fewer fit before the program's end.
     */
    static Optional<List<Dated>> place(int sessions, Program program, List<EarlierSlot> earlier, MeetingSlot current) {
        List<Dated> placed = new ArrayList<>();
        Dated last = null;
        for (Period period : periods(program, earlier, current)) {
            for (CadenceDates.Placed cadenceDate : everyDate(program, period.slot())) {
                CadenceDates.Placed date = cadenceDate;
                if (placed.size() == sessions || !date.date().isBefore(period.until())) {
                    break;
                }
                if (date.date().isBefore(period.from())) {
                    Optional<CadenceDates.Placed> late = heldAfterChange(program, period, date);
                    if (late.isEmpty() || last != null && !follows(program, last.placed(), late.get())) {
                        continue;
                    }
                    date = late.get();
                } else if (last != null && !follows(program, last.placed(), date)) {
                    continue;
                }
                last = new Dated(date, period.slot());
                placed.add(last);
            }
        }
        return placed.size() == sessions ? Optional.of(placed) : Optional.empty();
    }

    /** The dates as they were before any change after the first {@code changes} ones: for SEQUENCE numbers. */
    static Optional<List<Dated>> placeWithFirstChanges(int sessions, Program program, Group group, int changes) {
        List<EarlierSlot> earlier = group.earlierSlots();
        MeetingSlot current = changes < earlier.size() ? earlier.get(changes).slot() : group.slot();
        return place(sessions, program, earlier.subList(0, changes), current);
    }

    /**
     * A monthly session whose cadence date in the month of a change falls before the change: held on the slot's
     * weekday on or after the change instead, if that is still in the same month and not a blackout date, so the month
     * keeps its session. Empty otherwise (and always for an every-n-weeks cadence, whose dates simply continue).
     */
    private static Optional<CadenceDates.Placed> heldAfterChange(Program program, Period period, CadenceDates.Placed date) {
        if (program.cadence().kind() != CadenceKind.MONTHLY_BY_WEEKDAY || period.from().equals(program.startDate())
                || !YearMonth.from(date.cadenceDate()).equals(YearMonth.from(period.from()))) {
            return Optional.empty();
        }
        LocalDate held = period.from().with(TemporalAdjusters.nextOrSame(period.slot().day()));
        if (!YearMonth.from(held).equals(YearMonth.from(date.cadenceDate())) || !held.isBefore(period.until())
                || program.cadence().blackoutDates().contains(held)) {
            return Optional.empty();
        }
        return Optional.of(new CadenceDates.Placed(date.cadenceDate(), held, "the cadence date " + date.cadenceDate()
                + " was before the slot change on " + period.from() + "; held on " + held, period.from()));
    }

    private static boolean follows(Program program, CadenceDates.Placed previous, CadenceDates.Placed next) {
        if (!next.date().isAfter(previous.date())) {
            return false;
        }
        return program.cadence().kind() != CadenceKind.MONTHLY_BY_WEEKDAY
                || YearMonth.from(next.cadenceDate()).isAfter(YearMonth.from(previous.cadenceDate()));
    }

    private static List<Period> periods(Program program, List<EarlierSlot> earlier, MeetingSlot current) {
        List<Period> periods = new ArrayList<>();
        LocalDate from = program.startDate();
        for (EarlierSlot slot : earlier) {
            periods.add(new Period(slot.slot(), from, slot.until()));
            from = slot.until();
        }
        periods.add(new Period(current, from, end(program)));
        return periods;
    }

    /** Every session date the cadence gives on the slot's weekday over the whole program, blackout rule applied. */
    private static List<CadenceDates.Placed> everyDate(Program program, MeetingSlot slot) {
        LocalDate start = program.startDate();
        LocalDate end = end(program);
        // The longest placement that fits: CadenceDates places a given number of sessions or none.
        for (int n = CadenceDates.candidates(program.cadence(), slot.day(), start, end).size(); n > 0; n--) {
            Optional<List<CadenceDates.Placed>> placed = CadenceDates.place(n, program.cadence(), slot.day(), start, end);
            if (placed.isPresent()) {
                return placed.get();
            }
        }
        return List.of();
    }

    static LocalDate end(Program program) {
        return program.startDate().plusMonths(program.lengthMonths());
    }
}
