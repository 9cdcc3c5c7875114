package org.mentorkit.curriculum.internal;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.mentorkit.model.WeeklyWindow;

/** Whether a session lies inside a member's weekly windows, in the member's own local time. */
public final class Availability {

    private Availability() {
    }

    /**
     * True when every minute of [start, end), seen in the member's zone, is inside a window of its day (windows that
     * touch or overlap count together). A
     * session crossing local midnight needs a window ending at 00:00 and one starting at 00:00 the next day. Callers
     * pass {@code Program.availabilityOf(member)}, which is never empty (own windows, else the program's default, else
     * the working week); an empty list covers nothing.
     */
    public static boolean covers(List<WeeklyWindow> windows, ZonedDateTime startInZone, ZonedDateTime endInZone) {
        LocalDateTime from = startInZone.toLocalDateTime();
        LocalDateTime to = endInZone.toLocalDateTime();
        while (from.isBefore(to)) {
            LocalDateTime midnight = from.toLocalDate().plusDays(1).atStartOfDay();
            LocalDateTime partEnd = to.isBefore(midnight) ? to : midnight;
            if (!coversPart(windows, from, partEnd)) {
                return false;
            }
            from = partEnd;
        }
        return true;
    }

    private static boolean coversPart(List<WeeklyWindow> windows, LocalDateTime from, LocalDateTime to) {
        int startMinute = minuteOfDay(from.toLocalTime());
        int endMinute = to.toLocalTime().equals(LocalTime.MIDNIGHT) && to.isAfter(from) && !to.toLocalDate().equals(from.toLocalDate())
                ? 24 * 60 : minuteOfDay(to.toLocalTime());
        // Covered by the union of the day's windows, as group formation counts it: "12:00-13:00; 13:00-14:00"
        // covers a session from 12:30 to 13:30. Each pass extends the covered stretch by a window that starts inside it.
        int covered = startMinute;
        boolean extended = true;
        while (covered < endMinute && extended) {
            extended = false;
            for (WeeklyWindow window : windows) {
                if (window.day() != from.getDayOfWeek()) {
                    continue;
                }
                int windowStart = minuteOfDay(window.start());
                int windowEnd = window.end().equals(LocalTime.MIDNIGHT) ? 24 * 60 : minuteOfDay(window.end());
                if (windowStart <= covered && covered < windowEnd) {
                    covered = windowEnd;
                    extended = true;
                }
            }
        }
        return covered >= endMinute;
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
