package org.mentorkit.curriculum.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.Session;
import org.mentorkit.curriculum.SessionFormat;
import org.mentorkit.curriculum.internal.Availability;
import org.mentorkit.curriculum.internal.CadenceDates;
import org.mentorkit.curriculum.internal.Suggestions;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;

/**
 * Places every session of a curriculum for every group of a cohort, and converts each to every member's time zone.
 *
 * <p>Dates follow the program's cadence in the group's reference zone (the zone of its meeting slot): the n-th
 * weekday of each month ({@code weekOfMonth} 1 to 4, or -1 for the last), or every n weeks, from the program's start
 * date to its end ({@code startDate} plus {@code lengthMonths}, exclusive). The slot's weekday replaces the cadence's
 * {@code dayOfWeek}. Sessions falling on a blackout date move by the program's rule (see {@link CadenceDates}). Each
 * session lasts its curriculum duration. A group without a slot gets one derived from its members' availability.
 */
public final class Scheduler {

    private static final int STEP_MINUTES = 30;

    private Scheduler() {
    }

    /**
     * Schedules the curriculum for every group.
     *
     * @param source names the cohort file in problem locations (e.g. {@code groups.json})
     * @throws InvalidInputException with every problem found: impossible cadence, unknown time zones, unknown members,
     *                               more sessions than fit in the program
     */
    public static ProgramSchedule schedule(Cohort cohort, Curriculum curriculum, String source) {
        List<Problem> problems = new ArrayList<>();
        Program program = cohort.program();
        checkCadence(program.cadence(), source, problems);
        Map<String, Participant> byId = cohort.participants().stream()
                .collect(Collectors.toMap(Participant::id, Function.identity(), (a, b) -> a));
        for (int i = 0; i < cohort.participants().size(); i++) {
            checkZone(cohort.participants().get(i).timeZone(), source + ": participants[" + i + "].timeZone", problems);
        }
        if (cohort.groups().isEmpty()) {
            problems.add(new Problem(source + ": groups", "the cohort has no groups yet; form groups first (mentorkit match)"));
        }
        for (int i = 0; i < cohort.groups().size(); i++) {
            Group group = cohort.groups().get(i);
            if (group.memberIds().isEmpty()) {
                problems.add(new Problem(source + ": groups[" + i + "]", "group '" + group.id() + "' has no members"));
            }
            checkMembers(group.mentorIds(), byId, source + ": groups[" + i + "].mentorIds", problems);
            checkMembers(group.menteeIds(), byId, source + ": groups[" + i + "].menteeIds", problems);
            group.meetingSlot().ifPresent(slot -> checkZone(slot.timeZone(),
                    "%s: groups[%d].slot.timeZone".formatted(source, cohort.groups().indexOf(group)), problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> notes = new ArrayList<>();
        List<GroupSchedule> groups = new ArrayList<>();
        for (int i = 0; i < cohort.groups().size(); i++) {
            groups.add(scheduleGroup(cohort, curriculum, cohort.groups().get(i), byId, source, notes, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ProgramSchedule(program.id(), program.name(), curriculum.id(), groups, notes);
    }

    private static GroupSchedule scheduleGroup(Cohort cohort, Curriculum curriculum, Group group, Map<String, Participant> byId,
            String source, List<String> notes, List<Problem> problems) {
        Program program = cohort.program();
        List<Participant> members = group.memberIds().stream().map(byId::get).toList();
        int longest = curriculum.sessions().stream().mapToInt(Session::durationMinutes).max().orElse(60);
        MeetingSlot slot;
        boolean derived = group.meetingSlot().isEmpty();
        if (derived) {
            Optional<Derivation> found = deriveSlot(program, curriculum.sessions(), members, longest);
            if (found.isEmpty()) {
                problems.add(impossible(program, curriculum, source));
                return new GroupSchedule(group.id(), group.name(), null, true, List.of());
            }
            slot = found.get().slot();
            notes.add("group " + group.id() + " had no meeting slot: derived " + slot.day() + " " + slot.time() + " "
                    + slot.timeZone() + " (the reference zone of its first mentor), inside members' availability for "
                    + found.get().fits() + " of " + found.get().total() + " member-sessions");
        } else {
            slot = group.slot();
        }
        ZoneId zone = ZoneId.of(slot.timeZone());
        Optional<List<CadenceDates.Placed>> placed = CadenceDates.place(curriculum.sessions().size(), program.cadence(),
                slot.day(), program.startDate(), end(program));
        if (placed.isEmpty()) {
            problems.add(impossible(program, curriculum, source));
            return new GroupSchedule(group.id(), group.name(), slot, derived, List.of());
        }
        List<ScheduledSession> sessions = new ArrayList<>();
        for (int n = 0; n < curriculum.sessions().size(); n++) {
            Session session = curriculum.sessions().get(n);
            CadenceDates.Placed date = placed.get().get(n);
            ZonedDateTime start = ZonedDateTime.of(date.date(), slot.time(), zone);
            String adjustment = date.adjustment();
            if (!start.toLocalTime().equals(slot.time())) {
                adjustment = join(adjustment, slot.time() + " does not exist on " + date.date() + " in " + zone
                        + " (clocks go forward); starts at " + start.toLocalTime());
            }
            ZonedDateTime end = start.plusMinutes(session.durationMinutes());
            if (!adjustment.isEmpty()) {
                notes.add("group " + group.id() + ", session " + (n + 1) + " (" + session.id() + "): " + adjustment);
            }
            if (!derived && slot.durationMinutes() != session.durationMinutes()) {
                notes.add("group " + group.id() + ", session " + (n + 1) + " (" + session.id() + "): the slot is "
                        + slot.durationMinutes() + " minutes but the session guide is timed for " + session.durationMinutes()
                        + "; calendars use " + session.durationMinutes());
            }
            // Peer-only sessions are the mentees' own: the mentor is neither invited nor checked for availability.
            List<MemberTime> times = members.stream()
                    .filter(p -> session.format() != SessionFormat.PEER_ONLY || !p.isMentor())
                    .map(p -> memberTime(p, program, start, end)).toList();
            sessions.add(new ScheduledSession(n + 1, session.id(), session.title(), session.format(), date.cadenceDate(),
                    start, end, adjustment, times));
        }
        return new GroupSchedule(group.id(), group.name(), slot, derived, sessions);
    }

    private static MemberTime memberTime(Participant p, Program program, ZonedDateTime start, ZonedDateTime end) {
        ZoneId zone = ZoneId.of(p.timeZone());
        ZonedDateTime localStart = start.withZoneSameInstant(zone);
        ZonedDateTime localEnd = end.withZoneSameInstant(zone);
        return new MemberTime(p.id(), p.role(), localStart, localEnd,
                Availability.covers(program.availabilityOf(p), localStart, localEnd));
    }

    private record Derivation(MeetingSlot slot, int fits, int total) {
    }

    /**
     * The weekday and start time (every half hour, in the first mentor's zone) whose sessions fall inside the most
     * member availabilities over the whole program; ties go to the program's cadence weekday, then to the time
     * nearest midday in the reference zone.
     */
    /** The slot most members can attend; a mentor counts only for the sessions a mentor is invited to. */
    private static Optional<Derivation> deriveSlot(Program program, List<Session> sessions, List<Participant> members, int minutes) {
        int sessionCount = sessions.size();
        Participant reference = members.stream().filter(Participant::isMentor).findFirst().orElse(members.get(0));
        ZoneId zone = ZoneId.of(reference.timeZone());
        Derivation best = null;
        int bestTieBreak = Integer.MAX_VALUE;
        for (DayOfWeek day : DayOfWeek.values()) {
            Optional<List<CadenceDates.Placed>> dates = CadenceDates.place(sessionCount, program.cadence(), day,
                    program.startDate(), end(program));
            if (dates.isEmpty()) {
                continue;
            }
            for (int minute = 0; minute < 24 * 60; minute += STEP_MINUTES) {
                LocalTime time = LocalTime.of(minute / 60, minute % 60);
                int fits = 0;
                int total = 0;
                for (int n = 0; n < dates.get().size(); n++) {
                    ZonedDateTime start = ZonedDateTime.of(dates.get().get(n).date(), time, zone);
                    ZonedDateTime end = start.plusMinutes(minutes);
                    boolean mentorsInvited = sessions.get(n).format() != SessionFormat.PEER_ONLY;
                    for (Participant p : members) {
                        if (p.isMentor() && !mentorsInvited) {
                            continue;
                        }
                        total++;
                        if (memberTime(p, program, start, end).withinAvailability()) {
                            fits++;
                        }
                    }
                }
                int tieBreak = (day == program.cadence().dayOfWeek() ? 0 : 10_000) + Math.abs(minute - 12 * 60);
                if (best == null || fits > best.fits() || (fits == best.fits() && tieBreak < bestTieBreak)) {
                    best = new Derivation(new MeetingSlot(day, time, zone.getId(), minutes), fits, total);
                    bestTieBreak = tieBreak;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Problem impossible(Program program, Curriculum curriculum, String source) {
        Cadence c = program.cadence();
        String rule = c.kind() == CadenceKind.MONTHLY_BY_WEEKDAY
                ? "monthly on week " + c.weekOfMonth() + " of the month"
                : "every " + c.interval() + " week(s)";
        return new Problem(source + ": program.cadence", "the " + curriculum.sessions().size() + " sessions of curriculum '"
                + curriculum.id() + "' do not fit between startDate " + program.startDate() + " and the program's end "
                + end(program) + " (lengthMonths " + program.lengthMonths() + ") with the cadence " + rule
                + " and blackout rule " + c.onBlackout() + "; lengthen the program, meet more often or remove sessions");
    }

    private static void checkCadence(Cadence cadence, String source, List<Problem> problems) {
        if (cadence.kind() == CadenceKind.MONTHLY_BY_WEEKDAY) {
            int week = cadence.weekOfMonth();
            if (week == 0 || week < -1 || week > 4) {
                problems.add(new Problem(source + ": program.cadence.weekOfMonth", "must be 1, 2, 3 or 4, or -1 for the last "
                        + "such weekday of the month, found " + week + (week == 5
                        ? "; a 5th weekday does not occur in every month, use -1 for the last one" : "")));
            }
        } else if (cadence.interval() < 1 || cadence.interval() > 12) {
            problems.add(new Problem(source + ": program.cadence.interval",
                    "must be 1 to 12 weeks between sessions, found " + cadence.interval()));
        }
    }

    private static void checkZone(String zone, String location, List<Problem> problems) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException e) {
            problems.add(new Problem(location, "'" + zone + "' is not an IANA time-zone id such as America/New_York"
                    + Suggestions.hint(String.valueOf(zone), ZoneId.getAvailableZoneIds())));
        }
    }

    private static void checkMembers(List<String> ids, Map<String, Participant> byId, String location, List<Problem> problems) {
        for (int j = 0; j < ids.size(); j++) {
            if (!byId.containsKey(ids.get(j))) {
                problems.add(new Problem(location + "[" + j + "]", "no participant with id '" + ids.get(j) + "'"
                        + Suggestions.hint(ids.get(j), byId.keySet())));
            }
        }
    }

    private static LocalDate end(Program program) {
        return program.startDate().plusMonths(program.lengthMonths());
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }
}
