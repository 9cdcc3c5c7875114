package org.mentorkit.curriculum.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;

/**
 * Session dates from a cadence: the candidate dates between the program's start and end, then one date per session
 * with the blackout rule applied. Dates are in the group's reference zone.
 */
public final class CadenceDates {

    private CadenceDates() {
    }

    /** One placed date: the cadence date it came from, the date used, and why they differ ("" if they do not). */
    public record Placed(LocalDate cadenceDate, LocalDate date, String adjustment) {
    }

    /** Every date the cadence gives on {@code day} from {@code start} (inclusive) to {@code end} (exclusive). */
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
     */
    public static Optional<List<Placed>> place(int sessions, Cadence cadence, DayOfWeek day, LocalDate start, LocalDate end) {
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
        return placed.size() == sessions ? Optional.of(placed) : Optional.empty();
    }
}
