package org.mentorkit.export.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Group;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Program;

/**
 * The dates of a group's sessions from the program's cadence and the group's meeting slot, in the slot's zone. Used
 * for rosters and personal handbooks; members see each date converted to their own zone, date by date, so that a
 * daylight-saving change between sessions is honoured.
 */
public final class SessionDates {

    private SessionDates() {
    }

    /** The dates of {@code count} sessions, on the group's weekday (or the cadence's) from the program start. */
    public static List<LocalDate> dates(Program program, Group group, int count) {
        Cadence cadence = program.cadence();
        DayOfWeek day = group.meetingSlot().map(MeetingSlot::day).orElse(cadence.dayOfWeek());
        List<LocalDate> dates = new ArrayList<>();
        LocalDate start = program.startDate();
        int step = 0;
        while (dates.size() < count && step < count * 4 + 24) {
            LocalDate candidate = nth(cadence, day, start, step++);
            if (cadence.blackoutDates().contains(candidate)) {
                if (cadence.onBlackout() == BlackoutRule.SKIP) {
                    continue;
                }
                while (cadence.blackoutDates().contains(candidate)) {
                    candidate = candidate.plusWeeks(1);
                }
            }
            dates.add(candidate);
        }
        return dates;
    }

    /** The session start times in the slot's zone; empty when the group has no slot yet. */
    public static List<ZonedDateTime> starts(Program program, Group group, int count) {
        if (group.meetingSlot().isEmpty()) {
            return List.of();
        }
        MeetingSlot slot = group.meetingSlot().get();
        LocalTime time = slot.time();
        ZoneId zone = ZoneId.of(slot.timeZone());
        return dates(program, group, count).stream().map(d -> ZonedDateTime.of(d, time, zone)).toList();
    }

    private static LocalDate nth(Cadence cadence, DayOfWeek day, LocalDate start, int step) {
        if (cadence.kind() == CadenceKind.EVERY_N_WEEKS) {
            return start.with(TemporalAdjusters.nextOrSame(day)).plusWeeks((long) step * cadence.interval());
        }
        LocalDate month = start.withDayOfMonth(1).plusMonths(step);
        LocalDate date = cadence.weekOfMonth() < 0
                ? month.with(TemporalAdjusters.lastInMonth(day))
                : month.with(TemporalAdjusters.dayOfWeekInMonth(Math.max(1, cadence.weekOfMonth()), day));
        // A first month whose n-th weekday falls before the start date begins one month later.
        return step == 0 && date.isBefore(start) ? nth(cadence, day, start.withDayOfMonth(1).plusMonths(1), 0) : date;
    }
}
