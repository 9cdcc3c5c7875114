package org.mentorkit.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.WeeklyWindow;

/**
 * An independent checker for meeting slots, written apart from the engine's scorer: session dates from a plain
 * month-by-month loop (the n-th weekday of each month, no blackout dates), times from {@link ZonedDateTime}, and
 * availability checked minute by minute in each member's own zone against their windows.
 */
final class SlotChecker {

    private SlotChecker() {
    }

    /** The n-th {@code day} of each month from {@code start} (inclusive) for {@code months} months (exclusive end). */
    static List<LocalDate> monthlyDates(LocalDate start, int months, int weekOfMonth, DayOfWeek day) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate end = start.plusMonths(months);
        for (LocalDate month = start.withDayOfMonth(1); month.isBefore(end); month = month.plusMonths(1)) {
            LocalDate d = month.with(TemporalAdjusters.firstInMonth(day)).plusWeeks(weekOfMonth - 1L);
            if (!d.isBefore(start) && d.isBefore(end)) {
                out.add(d);
            }
        }
        return out;
    }

    /** Whether every minute of the session lies in one of the member's windows of that local day. */
    static boolean inside(List<WeeklyWindow> windows, String zone, ZonedDateTime start, int minutes) {
        return inside(windows, zone, start, minutes, 1);
    }

    /** As {@link #inside(List, String, ZonedDateTime, int)}, checking every {@code step} minutes (exact when windows
     * and sessions lie on that grid). */
    static boolean inside(List<WeeklyWindow> windows, String zone, ZonedDateTime start, int minutes, int step) {
        for (int m = 0; m < minutes; m += step) {
            LocalDateTime local = start.plusMinutes(m).withZoneSameInstant(ZoneId.of(zone)).toLocalDateTime();
            boolean covered = false;
            for (WeeklyWindow w : windows) {
                int from = w.start().toSecondOfDay() / 60;
                int to = w.end().equals(LocalTime.MIDNIGHT) ? 24 * 60 : w.end().toSecondOfDay() / 60;
                int minute = local.toLocalTime().toSecondOfDay() / 60;
                if (w.day() == local.getDayOfWeek() && from <= minute && minute < to) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    /** Member-sessions outside availability for a slot, over the given dates of the slot's weekday. */
    static int outside(List<Participant> members, MeetingSlot slot, LocalDate start, int months, int weekOfMonth,
            LocalDate from) {
        int out = 0;
        for (LocalDate date : monthlyDates(start, months, weekOfMonth, slot.day())) {
            if (from != null && date.isBefore(from)) {
                continue;
            }
            ZonedDateTime s = ZonedDateTime.of(date, slot.time(), ZoneId.of(slot.timeZone()));
            for (Participant p : members) {
                if (!inside(p.availability(), p.timeZone(), s, slot.durationMinutes())) {
                    out++;
                }
            }
        }
        return out;
    }
}
