package org.mentorkit.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dates of a group's sessions over its slot history: the one placement rule that scheduling uses to place the
 * sessions and group formation uses to judge a slot (a kept one, or a new one from a change date), so the two always
 * agree on the dates.
 *
 * <p>Each slot applies for a period: the first from the program's start, each later one from the date the one before
 * it stopped applying ({@link EarlierSlot#until()}). Within a period, sessions take that slot's cadence dates
 * ({@link SessionDates#all}, blackout rule applied) in order; a session is never placed on or before the previous
 * session's date, and with a monthly cadence never in a month that already has one; a monthly date that the change
 * date has already passed is held on the new weekday later that month (so no month loses its session). So the
 * sessions dated before a change are exactly those the earlier slot gave, and a change moves only later sessions.
 * Dates are local dates in each slot's own zone.
 */
public final class SlotPeriods {

    private SlotPeriods() {
    }

    /**
     * One session's date and the slot it is held at.
     *
     * @param placed     the cadence date, the date used and why they differ
     * @param heldAfter  the date of the slot change that held this monthly session later in its month (its cadence
     *                   date was already past), or null when no change moved it
     * @param slot       the slot the session is held at
     * @param periodFrom the first date of that slot's period: the program's start, or the change date it applies from
     */
    public record Dated(SessionDates.Placed placed, LocalDate heldAfter, MeetingSlot slot, LocalDate periodFrom) {

        /**
         * The session's date.
         *
         * @return the date used, in the slot's zone
         */
        public LocalDate date() {
            return placed.date();
        }
    }

    /** One slot and the dates it applies to: from {@code from} (inclusive) to {@code until} (exclusive). */
    private record Period(MeetingSlot slot, LocalDate from, LocalDate until) {
    }

    /**
     * The dates of exactly {@code sessions} sessions for a group whose slots were {@code earlier}, then are
     * {@code current}.
     *
     * @param sessions how many sessions the group holds
     * @param program  the program: start, length and cadence with its blackout rule
     * @param earlier  the slots used before {@code current}, oldest first, each with the date it stopped applying
     * @param current  the slot in force after the last of {@code earlier}
     * @return every session's date and slot, or empty when fewer than {@code sessions} fit before the program's end
     */
    public static Optional<List<Dated>> place(int sessions, Program program, List<EarlierSlot> earlier,
            MeetingSlot current) {
        List<Dated> placed = placeUpTo(sessions, program, earlier, current);
        return placed.size() == sessions ? Optional.of(placed) : Optional.empty();
    }

    /**
     * As {@link #place}, but as many sessions as fit, at most {@code sessions}.
     *
     * @param sessions the most sessions to place ({@link Integer#MAX_VALUE} for every date the program gives)
     * @param program  the program: start, length and cadence with its blackout rule
     * @param earlier  the slots used before {@code current}, oldest first, each with the date it stopped applying
     * @param current  the slot in force after the last of {@code earlier}
     * @return the sessions placed, in order
     */
    public static List<Dated> placeUpTo(int sessions, Program program, List<EarlierSlot> earlier,
            MeetingSlot current) {
        List<Dated> placed = new ArrayList<>();
        Dated last = null;
        for (Period period : periods(program, earlier, current)) {
            for (SessionDates.Placed cadenceDate : SessionDates.all(program, period.slot().day())) {
                if (placed.size() == sessions || !cadenceDate.date().isBefore(period.until())) {
                    break;
                }
                Dated next;
                if (cadenceDate.date().isBefore(period.from())) {
                    Optional<SessionDates.Placed> held = heldAfterChange(program, period, cadenceDate);
                    if (held.isEmpty()) {
                        continue;
                    }
                    next = new Dated(held.get(), period.from(), period.slot(), period.from());
                } else {
                    next = new Dated(cadenceDate, null, period.slot(), period.from());
                }
                if (last != null && !follows(program, last.placed(), next.placed())) {
                    continue;
                }
                last = next;
                placed.add(next);
            }
        }
        return placed;
    }

    /**
     * A monthly session whose cadence date in the month of a change falls before the change: held on the slot's
     * weekday on or after the change instead, if that is still in the same month and not a blackout date, so the month
     * keeps its session. Empty otherwise (and always for an every-n-weeks cadence, whose dates simply continue).
     */
    private static Optional<SessionDates.Placed> heldAfterChange(Program program, Period period,
            SessionDates.Placed date) {
        if (program.cadence().kind() != CadenceKind.MONTHLY_BY_WEEKDAY || period.from().equals(program.startDate())
                || !YearMonth.from(date.cadenceDate()).equals(YearMonth.from(period.from()))) {
            return Optional.empty();
        }
        LocalDate held = period.from().with(TemporalAdjusters.nextOrSame(period.slot().day()));
        if (!YearMonth.from(held).equals(YearMonth.from(date.cadenceDate())) || !held.isBefore(period.until())
                || program.cadence().blackoutDates().contains(held)) {
            return Optional.empty();
        }
        return Optional.of(new SessionDates.Placed(date.cadenceDate(), held, "the cadence date " + date.cadenceDate()
                + " was before the slot change on " + period.from() + "; held on " + held));
    }

    private static boolean follows(Program program, SessionDates.Placed previous, SessionDates.Placed next) {
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
        periods.add(new Period(current, from, SessionDates.end(program)));
        return periods;
    }
}
