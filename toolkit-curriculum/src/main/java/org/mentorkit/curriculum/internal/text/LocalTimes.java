package org.mentorkit.curriculum.internal.text;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.mentorkit.curriculum.internal.Labels;
import org.mentorkit.curriculum.schedule.GroupSchedule;
import org.mentorkit.curriculum.schedule.MemberTime;
import org.mentorkit.curriculum.schedule.ScheduledSession;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.LocalFormats;
import org.mentorkit.model.i18n.Texts;

/**
 * A member's local time for every session of their group, as runs of sessions at the same local weekday and time,
 * each with the real shift from the run before: a clock change in one of the two zones moves a member by one hour,
 * or by two when the member's zone and the slot's zone change in opposite directions (New Zealand and Los Angeles),
 * and by 30 minutes where a zone changes by that (Lord Howe Island). The texts for reports are here too: in a given
 * language ({@code schedule.labels}), or in the compact English of the methods without a language ("Wed 10:00"), which
 * the packet's English documents use.
 */
public final class LocalTimes {

    private static final int WEEK_MINUTES = 7 * 24 * 60;

    private LocalTimes() {
    }

    /**
     * Sessions a member attends at one local weekday and time.
     *
     * @param sessions     the session numbers, in order
     * @param day          the local weekday
     * @param start        the local start time
     * @param shiftMinutes the move from the run before, in minutes (positive: later); 0 for the first run
     * @param clockChange  whether the move came from a clock change (the group's slot stayed the same) rather than a
     *                     change of the group's slot
     */
    public record Run(List<Integer> sessions, DayOfWeek day, LocalTime start, int shiftMinutes, boolean clockChange) {

        public Run {
            sessions = List.copyOf(sessions);
        }
    }

    /** The runs of {@code participantId}'s local times over the sessions of {@code group} they attend. */
    public static List<Run> runs(GroupSchedule group, String participantId) {
        List<Run> runs = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        ZonedDateTime runStart = null;
        ZonedDateTime previous = null;
        ScheduledSession previousSession = null;
        int shift = 0;
        boolean clock = false;
        for (ScheduledSession session : group.sessions()) {
            MemberTime time = session.members().stream().filter(m -> m.participantId().equals(participantId))
                    .findFirst().orElse(null);
            if (time == null) {
                continue;
            }
            if (runStart != null && !sameWeekTime(runStart, time.start())) {
                runs.add(new Run(numbers, runStart.getDayOfWeek(), runStart.toLocalTime(), shift, clock));
                numbers = new ArrayList<>();
                shift = minutesBetween(previous, time.start());
                clock = Objects.equals(previousSession.slot(), session.slot());
                runStart = time.start();
            } else if (runStart == null) {
                runStart = time.start();
            }
            numbers.add(session.number());
            previous = time.start();
            previousSession = session;
        }
        if (runStart != null) {
            runs.add(new Run(numbers, runStart.getDayOfWeek(), runStart.toLocalTime(), shift, clock));
        }
        return runs;
    }

    /**
     * The runs in one line: "Tue 18:00, every session" or "Tue 18:00 for sessions 1-3; Tue 20:00 for sessions 4-6
     * (2 hours later: a clock change)".
     */
    public static String describe(List<Run> runs) {
        if (runs.isEmpty()) {
            return "no session";
        }
        if (runs.size() == 1) {
            return weekTime(runs.get(0)) + " for every session";
        }
        List<String> parts = new ArrayList<>();
        for (Run run : runs) {
            String part = weekTime(run) + " for " + sessions(run.sessions());
            if (run.shiftMinutes() != 0) {
                part += " (" + shift(run.shiftMinutes()) + ": " + (run.clockChange() ? "a clock change" : "the group's "
                        + "slot changed") + ")";
            }
            parts.add(part);
        }
        return String.join("; ", parts);
    }

    /** "2 hours later", "1 hour 30 minutes earlier", "2 days later". */
    public static String shift(int minutes) {
        int size = Math.abs(minutes);
        List<String> parts = new ArrayList<>();
        unit(parts, size / (24 * 60), "day");
        unit(parts, size / 60 % 24, "hour");
        unit(parts, size % 60, "minute");
        return String.join(" ", parts) + (minutes > 0 ? " later" : " earlier");
    }

    private static void unit(List<String> parts, int amount, String unit) {
        if (amount > 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }

    private static String weekTime(Run run) {
        return run.day().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + run.start();
    }

    /** "session 4", "sessions 5 and 6", "sessions 1-3", "sessions 1, 3 and 6". */
    public static String sessions(List<Integer> numbers) {
        if (numbers.size() == 1) {
            return "session " + numbers.get(0);
        }
        if (isRange(numbers)) {
            return "sessions " + numbers.get(0) + "-" + numbers.get(numbers.size() - 1);
        }
        StringBuilder text = new StringBuilder("sessions ");
        for (int i = 0; i < numbers.size(); i++) {
            text.append(i == 0 ? "" : i == numbers.size() - 1 ? " and " : ", ").append(numbers.get(i));
        }
        return text.toString();
    }

    /**
     * The runs in one line in {@code language}, with its weekday names and clock: "martes 18:00 en todas las sesiones",
     * "Wednesday 10:00 AM for sessions 1-3; Wednesday 8:00 AM for sessions 4-6 (2 hours earlier: a clock change)".
     */
    public static String describe(List<Run> runs, Language language) {
        Texts l = Labels.of(Labels.SCHEDULE, language);
        LocalFormats formats = LocalFormats.of(language);
        if (runs.isEmpty()) {
            return l.get("runs.none");
        }
        if (runs.size() == 1) {
            Run run = runs.get(0);
            return l.format("runs.every", "weekday", formats.weekday(run.day()), "time", formats.time(run.start()));
        }
        List<String> parts = new ArrayList<>();
        for (Run run : runs) {
            String part = l.format("runs.part", "weekday", formats.weekday(run.day()), "time", formats.time(run.start()),
                    "sessions", sessions(run.sessions(), l, RUN_SESSIONS));
            if (run.shiftMinutes() != 0) {
                part = l.format("runs.shift", "part", part, "shift", shift(run.shiftMinutes(), language),
                        "reason", l.get(run.clockChange() ? "reason.clock" : "reason.slot"));
            }
            parts.add(part);
        }
        return String.join("; ", parts);
    }

    /** A shift in {@code language}: "2 horas antes", "1 Stunde 30 Minuten später", "2時間早く". */
    public static String shift(int minutes, Language language) {
        Texts l = Labels.of(Labels.SCHEDULE, language);
        int size = Math.abs(minutes);
        String amount = null;
        int[] amounts = {size / (24 * 60), size / 60 % 24, size % 60};
        String[] units = {"unit.days", "unit.hours", "unit.minutes"};
        for (int i = 0; i < units.length; i++) {
            if (amounts[i] > 0) {
                String part = l.format(units[i], "count", amounts[i]);
                amount = amount == null ? part : l.format("unit.join", "first", amount, "next", part);
            }
        }
        return l.format(minutes > 0 ? "shift.later" : "shift.earlier", "amount", amount == null ? "" : amount);
    }

    /**
     * Session numbers in {@code language}: "la sesión 4", "Sitzungen 5 und 6", "Sitzungen 1-3", "les séances 1, 3 et
     * 6".
     */
    public static String sessions(List<Integer> numbers, Language language) {
        return sessions(numbers, Labels.of(Labels.SCHEDULE, language), SESSIONS);
    }

    /**
     * The texts of one session, a range and a list. Those of a run ({@code runs.sessions.*}) carry the run's
     * preposition, which Portuguese contracts with the article ("na sessão 6", "nas sessões 1 e 2"), so it cannot
     * stand in {@code runs.part} on its own.
     */
    private record SessionKeys(String one, String range, String list) {
    }

    private static final SessionKeys SESSIONS = new SessionKeys("sessions.one", "sessions.range", "sessions.list");
    private static final SessionKeys RUN_SESSIONS = new SessionKeys("runs.sessions.one", "runs.sessions.range",
            "runs.sessions.list");

    private static String sessions(List<Integer> numbers, Texts l, SessionKeys keys) {
        if (numbers.size() == 1) {
            return l.format(keys.one(), "number", numbers.get(0));
        }
        if (isRange(numbers)) {
            return l.format(keys.range(), "first", numbers.get(0), "last", numbers.get(numbers.size() - 1));
        }
        String list = String.valueOf(numbers.get(0));
        for (int i = 1; i < numbers.size(); i++) {
            list = l.format(i == numbers.size() - 1 ? "list.last" : "list.next", "first", list,
                    i == numbers.size() - 1 ? "last" : "next", String.valueOf(numbers.get(i)));
        }
        return l.format(keys.list(), "list", list);
    }

    /** Three or more consecutive numbers read as a range ("1-3"); two read as a pair ("5 and 6"). */
    private static boolean isRange(List<Integer> numbers) {
        return numbers.size() >= 3 && numbers.get(numbers.size() - 1) - numbers.get(0) == numbers.size() - 1;
    }

    private static boolean sameWeekTime(ZonedDateTime a, ZonedDateTime b) {
        return a.getDayOfWeek() == b.getDayOfWeek() && a.toLocalTime().equals(b.toLocalTime());
    }

    /** The move of the local weekday-and-time from {@code a} to {@code b}, in (-half a week, half a week]. */
    private static int minutesBetween(ZonedDateTime a, ZonedDateTime b) {
        int difference = Math.floorMod(weekMinute(b) - weekMinute(a), WEEK_MINUTES);
        return difference > WEEK_MINUTES / 2 ? difference - WEEK_MINUTES : difference;
    }

    private static int weekMinute(ZonedDateTime time) {
        return (time.getDayOfWeek().getValue() - 1) * 24 * 60 + time.getHour() * 60 + time.getMinute();
    }
}
