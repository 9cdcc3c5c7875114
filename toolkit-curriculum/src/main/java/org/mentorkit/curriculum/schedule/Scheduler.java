package org.mentorkit.curriculum.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;
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
import org.mentorkit.curriculum.internal.text.LocalTimes;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;
import org.mentorkit.model.io.ModelValidation;

/**
 * Places every session of a curriculum for every group of a cohort, and converts each to every member's time zone.
 *
 * <p>A group's saved slot is a decision: it is used as it is and never changed. Dates follow the program's cadence
 * in the slot's zone: the n-th weekday of each month ({@code weekOfMonth} 1 to 4, or -1 for the last), or every n
 * weeks, from the program's start date to its end ({@code startDate} plus {@code lengthMonths}, exclusive), on the
 * slot's weekday. Sessions falling on a blackout date move by the program's rule. Where the group's slot changed
 * ({@code earlierSlots}), sessions dated before the change keep the earlier slot (see {@link SessionPlacement}), and
 * each session's SEQUENCE counts the recorded changes that moved it. Members who joined late ({@code joinDates}) are
 * in the sessions from their join date on; former members ({@code leaveDates}, with their records in the cohort's
 * {@code formerParticipants} if they withdrew) are in the sessions before their leave date, so those stay unchanged;
 * both dates are compared with the session's date in the slot's zone, like the effective date. A group without a
 * saved slot gets a proposed one ({@link SlotProposals}), said so in the notes; {@code schedule --save} records it.
 */
public final class Scheduler {

    private Scheduler() {
    }

    /**
     * Schedules the curriculum for every group.
     *
     * @param cohort     the cohort with its groups (formed, or written by hand); a group's saved slot is kept
     * @param curriculum the curriculum whose sessions are placed, in its order
     * @param source     names the cohort file in problem locations (e.g. {@code groups.json})
     * @return every group's sessions in its reference zone and every member's, with notes for the coordinator
     * @throws InvalidInputException with every problem found: impossible cadence, unknown time zones, unknown members,
     *                               a cohort without groups, more sessions than fit in the program, and whatever the
     *                               command line refuses in a cohort file
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
        // Former members are attendees of the sessions before they left, shown in their own zone: their records too.
        Map<String, Participant> everyone = everyoneById(cohort);
        for (int i = 0; i < cohort.formerParticipants().size(); i++) {
            checkZone(cohort.formerParticipants().get(i).timeZone(), source + ": formerParticipants[" + i + "].timeZone",
                    problems);
        }
        if (cohort.groups().isEmpty()) {
            problems.add(new Problem(source + ": groups", "the cohort has no groups yet; form groups first (mentorkit match)"));
        }
        Map<String, Integer> byUidPart = new java.util.HashMap<>();
        for (int i = 0; i < cohort.groups().size(); i++) {
            Group group = cohort.groups().get(i);
            String at = source + ": groups[" + i + "]";
            // Two ids that differ only in characters a UID cannot hold ('A 1', 'A_1') would give both groups the same
            // event UIDs, and mail clients would merge their sessions.
            Integer clash = byUidPart.putIfAbsent(CalendarFiles.safe(group.id()), i);
            if (clash != null) {
                problems.add(new Problem(at + ".id", "group '" + group.id() + "' and group '"
                        + cohort.groups().get(clash).id() + "' (groups[" + clash + "]) would get the same calendar"
                        + " event ids (UIDs), so calendars would merge their sessions; rename one, using letters,"
                        + " digits, '.', '_' and '-' only"));
            }
            if (group.memberIds().isEmpty()) {
                problems.add(new Problem(at, "group '" + group.id() + "' has no members"));
            }
            checkMembers(group.mentorIds(), byId, at + ".mentorIds", problems);
            checkMembers(group.menteeIds(), byId, at + ".menteeIds", problems);
            group.meetingSlot().ifPresent(slot -> checkZone(slot.timeZone(), at + ".slot.timeZone", problems));
            for (int j = 0; j < group.earlierSlots().size(); j++) {
                checkZone(group.earlierSlots().get(j).slot().timeZone(), at + ".earlierSlots[" + j + "].slot.timeZone",
                        problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // Whatever else the command line refuses when it reads a cohort file (a participant's windows, vocabulary
        // values, duplicate ids...), an application that built the cohort in code is refused too, with the same
        // problems; the checks above come first because they say what scheduling needs in its own words.
        ModelValidation.requireValid(cohort, source);
        // Groups with a saved slot first, whatever their place in the file: their times are decided, so every
        // proposal avoids the sessions its members hold there (a mentor of a hand-made group and of a matched group
        // listed after it is not proposed the matched group's time). Then each hand-made group in file order, avoiding
        // the proposals made before it. Notes and problems are kept per group and given in file order.
        int groupCount = cohort.groups().size();
        GroupSchedule[] scheduled = new GroupSchedule[groupCount];
        List<List<String>> groupNotes = new ArrayList<>();
        List<List<Problem>> groupProblems = new ArrayList<>();
        for (int i = 0; i < groupCount; i++) {
            groupNotes.add(new ArrayList<>());
            groupProblems.add(new ArrayList<>());
        }
        Map<String, List<SlotProposals.Held>> busy = new java.util.HashMap<>();
        for (boolean savedPass : new boolean[] {true, false}) {
            for (int i = 0; i < groupCount; i++) {
                Group group = cohort.groups().get(i);
                if (group.meetingSlot().isPresent() == savedPass) {
                    scheduled[i] = scheduleGroup(cohort, curriculum, group, everyone, busy, source, groupNotes.get(i),
                            groupProblems.get(i));
                    SlotProposals.hold(scheduled[i], busy);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        groupNotes.forEach(notes::addAll);
        groupProblems.forEach(problems::addAll);
        List<GroupSchedule> groups = List.of(scheduled);
        if (!problems.isEmpty()) {
            // A program-wide problem (a cadence too short for the curriculum) is found once per group: say it once.
            throw new InvalidInputException(problems.stream().distinct().toList());
        }
        notes.addAll(Clashes.notes(groups));
        inNoGroupNote(cohort).ifPresent(notes::add);
        return new ProgramSchedule(program.id(), program.name(), curriculum.id(), groups, notes);
    }

    private static GroupSchedule scheduleGroup(Cohort cohort, Curriculum curriculum, Group group, Map<String, Participant> byId,
            Map<String, List<SlotProposals.Held>> busy, String source, List<String> notes, List<Problem> problems) {
        Program program = cohort.program();
        List<Participant> members = group.memberIds().stream().map(byId::get).toList();
        List<Participant> attendees = java.util.stream.Stream.concat(members.stream(),
                group.formerMemberIds().stream().map(byId::get)).toList();
        int longest = curriculum.sessions().stream().mapToInt(Session::durationMinutes).max().orElse(60);
        boolean proposed = group.meetingSlot().isEmpty();
        Group decided = group;
        if (proposed) {
            Optional<SlotProposals.Proposal> found = SlotProposals.propose(program, curriculum.sessions(), members, longest,
                    busy);
            if (found.isEmpty()) {
                problems.add(impossible(program, curriculum, group, source));
                return new GroupSchedule(group.id(), group.name(), null, true, List.of());
            }
            decided = group.withSlot(found.get().slot());
            notes.add("group " + group.id() + " has no saved meeting slot: proposed " + describe(found.get().slot())
                    + " (in the zone of its first mentor), inside members' availability for " + found.get().fits() + " of "
                    + found.get().total() + " member-sessions; saving it in the groups file keeps it for later runs"
                    + (found.get().clashes() == 0 ? "" : "; "
                            + found.get().clashes() + " of its member-sessions overlap a session the member holds in another"
                            + " group (named below), since every slot free of that lets fewer members attend"));
        }
        int count = curriculum.sessions().size();
        Optional<List<SessionPlacement.Dated>> placed = SessionPlacement.place(count, program, decided.earlierSlots(),
                decided.slot());
        if (placed.isEmpty()) {
            problems.add(impossible(program, curriculum, group, source));
            return new GroupSchedule(group.id(), group.name(), decided.slot(), proposed, List.of());
        }
        SessionSequences.History history = SessionSequences.of(count, program, decided, placed.get());
        List<ScheduledSession> sessions = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Session session = curriculum.sessions().get(n);
            SessionPlacement.Dated dated = placed.get().get(n);
            MeetingSlot slot = dated.slot();
            ZonedDateTime start = SessionSequences.start(dated);
            String adjustment = dated.placed().adjustment();
            List<Adjustment> adjustments = new ArrayList<>();
            CadenceDates.Placed placedDate = dated.placed();
            if (!placedDate.date().equals(placedDate.cadenceDate())) {
                adjustments.add(placedDate.slotChange() != null
                        ? new Adjustment.HeldAfterSlotChange(placedDate.cadenceDate(), placedDate.slotChange(), placedDate.date())
                        : new Adjustment.BlackoutMove(placedDate.cadenceDate(), placedDate.date()));
            }
            if (!start.toLocalTime().equals(slot.time())) {
                adjustments.add(new Adjustment.ClockGap(slot.time(), placedDate.date(), slot.timeZone(), start.toLocalTime()));
                adjustment = join(adjustment, slot.time() + " does not exist on " + dated.placed().date() + " in "
                        + slot.timeZone() + " (clocks go forward); starts at " + start.toLocalTime());
            }
            ZonedDateTime end = start.plusMinutes(session.durationMinutes());
            // A blackout date changes the group's rhythm: say which session moved, for which date, and the gaps it
            // leaves (a NEXT_WEEK move in a fortnightly program puts two sessions a week apart).
            boolean blackoutMove = adjustments.stream().anyMatch(a -> a instanceof Adjustment.BlackoutMove);
            if (!adjustment.isEmpty()) {
                notes.add("group " + group.id() + ", session " + (n + 1) + " (" + session.id() + "): " + adjustment
                        + (blackoutMove ? BlackoutGaps.around(placed.get(), n, program.cadence()) : ""));
            }
            int number = n;
            BlackoutGaps.skippedBefore(placed.get(), n, program).ifPresent(skipped -> notes.add("group " + group.id()
                    + ", session " + (number + 1) + " (" + session.id() + "): held on " + placedDate.date() + ", the next"
                    + " cadence date, because " + String.join(", ", skipped.stream().map(LocalDate::toString).toList())
                    + (skipped.size() == 1 ? " is a blackout date" : " are blackout dates") + " (SKIP rule)"
                    + BlackoutGaps.around(placed.get(), number, program.cadence())));
            if (!proposed && slot.durationMinutes() != session.durationMinutes()) {
                notes.add("group " + group.id() + ", session " + (n + 1) + " (" + session.id() + "): the slot is "
                        + slot.durationMinutes() + " minutes but the session guide is timed for " + session.durationMinutes()
                        + "; calendars use " + session.durationMinutes());
            }
            // Peer-only sessions are the mentees' own: the mentor is neither invited nor checked for availability.
            // A late joiner is in the sessions from their join date on, a former member in those before their leave
            // date, so that the sessions they attended keep them. Both are judged on the session's placed date in the
            // slot's zone, as the effective date and slot changes are: in a member's own zone a session before the
            // effective date can fall on it (Tuesday 17:00 New York is Wednesday morning in Sydney), and a past event
            // would change.
            List<MemberTime> times = attendees.stream()
                    .filter(p -> session.format() != SessionFormat.PEER_ONLY || !p.isMentor())
                    .filter(p -> group.inGroupOn(p.id(), placedDate.date()))
                    .map(p -> memberTime(p, program, start, end)).toList();
            sessions.add(new ScheduledSession(n + 1, session.id(), session.title(), session.format(),
                    dated.placed().cadenceDate(), start, end, adjustment, slot, history.sequences()[n], times, adjustments));
        }
        notes.addAll(history.notes());
        lateJoinerNotes(group, sessions, notes);
        leaverNotes(group, sessions, notes);
        return new GroupSchedule(group.id(), group.name(), decided.slot(), proposed, sessions);
    }

    /**
     * Names every participant the groups leave out (hand-made groups that forgot someone, mentors left over): nothing
     * reaches them, and the coordinator should not learn that from a member who got no calendar.
     */
    private static Optional<String> inNoGroupNote(Cohort cohort) {
        java.util.Set<String> grouped = new java.util.HashSet<>();
        cohort.groups().forEach(g -> grouped.addAll(g.memberIds()));
        List<String> left = cohort.participants().stream().map(Participant::id).filter(id -> !grouped.contains(id))
                .toList();
        if (left.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", left) + (left.size() == 1 ? " is" : " are")
                + " in no group: they get no calendar");
    }

    private static void lateJoinerNotes(Group group, List<ScheduledSession> sessions, List<String> notes) {
        group.joinDates().keySet().stream().sorted().forEach(id -> {
            Optional<ScheduledSession> first = sessions.stream()
                    .filter(s -> s.members().stream().anyMatch(m -> m.participantId().equals(id))).findFirst();
            LocalDate joined = group.joinDates().get(id);
            notes.add("group " + group.id() + ": " + id + " joined on " + joined + first
                    .map(s -> "; their calendar starts at session " + s.number() + " (" + s.start().toLocalDate() + ")")
                    .orElse(" and has no session left in the program"));
        });
    }

    /**
     * Says which sessions a former member stays in and that nothing later reaches them: they are no longer a
     * participant, so they get no calendar of their own, and the group's later events do not list them.
     */
    private static void leaverNotes(Group group, List<ScheduledSession> sessions, List<String> notes) {
        group.formerMemberIds().stream().sorted().forEach(id -> {
            List<Integer> attended = sessions.stream()
                    .filter(s -> s.members().stream().anyMatch(m -> m.participantId().equals(id)))
                    .map(ScheduledSession::number).toList();
            LocalDate left = group.leaveDates().get(id);
            notes.add("group " + group.id() + ": " + id + " left on " + left + (attended.isEmpty()
                    ? " and is an attendee of none of its sessions"
                    : "; they stay an attendee of " + LocalTimes.sessions(attended) + " (before that date), and the group's later"
                            + " sessions, calendars and invitations leave them out"));
        });
    }

    /**
     * Everyone a session may list, by id: the participants, then the former participants (the records of members who
     * withdrew, for the sessions before they left). A participant wins over a former record with the same id.
     */
    static Map<String, Participant> everyoneById(Cohort cohort) {
        return java.util.stream.Stream.concat(cohort.participants().stream(), cohort.formerParticipants().stream())
                .collect(Collectors.toMap(Participant::id, Function.identity(), (a, b) -> a));
    }

    static String describe(MeetingSlot slot) {
        return slot.day() + " " + slot.time() + " " + slot.timeZone();
    }

    static MemberTime memberTime(Participant p, Program program, ZonedDateTime start, ZonedDateTime end) {
        ZoneId zone = ZoneId.of(p.timeZone());
        ZonedDateTime localStart = start.withZoneSameInstant(zone);
        ZonedDateTime localEnd = end.withZoneSameInstant(zone);
        return new MemberTime(p.id(), p.role(), localStart, localEnd,
                Availability.covers(program.availabilityOf(p), localStart, localEnd));
    }

    private static Problem impossible(Program program, Curriculum curriculum, Group group, String source) {
        Cadence c = program.cadence();
        String rule = c.kind() == CadenceKind.MONTHLY_BY_WEEKDAY
                ? "monthly on week " + c.weekOfMonth() + " of the month"
                : "every " + c.interval() + " week(s)";
        return new Problem(source + ": program.cadence", "the " + curriculum.sessions().size() + " sessions of curriculum '"
                + curriculum.id() + "' do not fit between startDate " + program.startDate() + " and the program's end "
                + SessionPlacement.end(program) + " (lengthMonths " + program.lengthMonths() + ") with the cadence " + rule
                + " and blackout rule " + c.onBlackout()
                + (group.earlierSlots().isEmpty() ? "" : " for group '" + group.id() + "' with its slot changes")
                + "; lengthen the program, meet more often or remove sessions");
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

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }
}
