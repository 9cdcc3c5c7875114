package org.mentorkit.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dates on which a group meets, from the program's cadence: the candidate dates between the program's start and
 * end, then one date per session with the blackout rule applied. Dates are local dates in the group's reference zone
 * (the zone of its meeting slot). Group formation (which chooses each group's slot) and scheduling (which places the
 * curriculum's sessions) both use this class, so they always agree on the dates.
 */
public final class SessionDates {

    private SessionDates() {
    }

    /**
     * One placed date.
     *
     * @param cadenceDate the date the cadence gives
     * @param date        the date used (later than {@code cadenceDate} when a blackout date moved it)
     * @param adjustment  why the two differ; "" when they do not
     */
    public record Placed(LocalDate cadenceDate, LocalDate date, String adjustment) {
    }

    /**
     * The program's last day plus one: {@code startDate} plus {@code lengthMonths}.
     *
     * @param program the program
     * @return the first day after the program, the exclusive end of its session dates
     */
    public static LocalDate end(Program program) {
        return program.startDate().plusMonths(program.lengthMonths());
    }

    /**
     * Every date the cadence gives on {@code day} from {@code start} (inclusive) to {@code end} (exclusive).
     *
     * @param cadence the program's cadence (its rule; blackout dates are not applied here)
     * @param day     the weekday the group meets on
     * @param start   the first possible date
     * @param end     the first date after the range
     * @return the dates in order, before any blackout rule moves them
     */
    public static List<LocalDate> candidates(Cadence cadence, DayOfWeek day, LocalDate start, LocalDate end) {
        List<LocalDate> dates = new ArrayList<>();
        if (cadence.kind() == CadenceKind.MONTHLY_BY_WEEKDAY) {
            for (YearMonth month = YearMonth.from(start); !month.atDay(1).isAfter(end); month = month.plusMonths(1)) {
                LocalDate date = cadence.weekOfMonth() == -1
                        ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(day))
                        : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(cadence.weekOfMonth(), day));
                if (!date.isBefore(start) && date.isBefore(end)) {
                    dates.add(date);
                }
            }
        } else {
            for (LocalDate date = start.with(TemporalAdjusters.nextOrSame(day)); date.isBefore(end);
                    date = date.plusWeeks(cadence.interval())) {
                dates.add(date);
            }
        }
        return dates;
    }

    /**
     * One date per session, in order, or empty when fewer fit before {@code end}. NEXT_WEEK moves a session falling on
     * a blackout date by 7 days until it is clear; later sessions then take the next cadence dates after it. SKIP
     * drops that cadence date and holds the session on the next one.
     *
     * @param sessions how many sessions to place
     * @param cadence  the program's cadence, blackout dates and rule included
     * @param day      the weekday the group meets on
     * @param start    the first possible date
     * @param end      the first date after the program
     * @return the placed dates, or empty when they do not all fit
     */
    public static Optional<List<Placed>> place(int sessions, Cadence cadence, DayOfWeek day, LocalDate start,
            LocalDate end) {
        List<Placed> placed = placeUpTo(sessions, cadence, day, start, end);
        return placed.size() == sessions ? Optional.of(placed) : Optional.empty();
    }

    /**
     * Every session date the program's cadence gives on {@code day} over the whole program, blackout rule applied:
     * the dates group formation checks a slot against. A curriculum with fewer sessions uses the first of them.
     *
     * @param program the program whose cadence, start and length apply
     * @param day     the weekday the group meets on
     * @return every placed date, in order
     */
    public static List<Placed> all(Program program, DayOfWeek day) {
        return placeUpTo(Integer.MAX_VALUE, program.cadence(), day, program.startDate(), end(program));
    }

    private static List<Placed> placeUpTo(int sessions, Cadence cadence, DayOfWeek day, LocalDate start,
            LocalDate end) {
        Set<LocalDate> blackout = Set.copyOf(cadence.blackoutDates());
        List<Placed> placed = new ArrayList<>();
        LocalDate previous = null;
        for (LocalDate candidate : candidates(cadence, day, start, end)) {
            if (placed.size() == sessions) {
                break;
            }
            if (previous != null && !candidate.isAfter(previous)) {
                continue; // an earlier session was moved onto or past this cadence date
            }
            if (!blackout.contains(candidate)) {
                placed.add(new Placed(candidate, candidate, ""));
                previous = candidate;
                continue;
            }
            if (cadence.onBlackout() == BlackoutRule.SKIP) {
                continue;
            }
            LocalDate moved = candidate.plusWeeks(1);
            while (blackout.contains(moved)) {
                moved = moved.plusWeeks(1);
            }
            if (!moved.isBefore(end)) {
                break;
            }
            placed.add(new Placed(candidate, moved, "moved from " + candidate + " (blackout date) to " + moved
                    + " by the NEXT_WEEK rule"));
            previous = moved;
        }
        return placed;
    }
}
