package org.mentorkit.curriculum.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorkit.curriculum.Session;
import org.mentorkit.curriculum.SessionFormat;
import org.mentorkit.curriculum.internal.CadenceDates;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;

/**
 * A meeting slot proposed for a group that has none saved (a hand-made group): the weekday and start time, every
 * half hour in the first mentor's zone, that gives the most member-sessions a member can attend over the whole
 * program: inside their availability and overlapping no session they already hold in another group. Among those, the
 * slot with the fewest such clashes wins (a clash is certain, a stated window only what suits the member), then the
 * program's cadence weekday, then the time nearest midday in that zone. So a slot that puts someone in two sessions
 * at once is proposed only when every other slot loses more sessions to availability; the schedule's notes then name
 * the clash. A mentor counts only for the sessions a mentor is invited to. The proposal is only a proposal:
 * {@code schedule --save} records it.
 */
final class SlotProposals {

    private static final int STEP_MINUTES = 30;

    private SlotProposals() {
    }

    /**
     * The proposed slot and how many member-sessions fall inside members' availability with it.
     *
     * @param slot    the proposed slot
     * @param fits    member-sessions inside the member's availability and clashing with none they already hold
     * @param clashes member-sessions overlapping a session the member already holds in another group
     * @param total   member-sessions in all
     */
    record Proposal(MeetingSlot slot, int fits, int clashes, int total) {
    }

    /**
     * A session one member already holds: in which group, which session, and when (in the member's zone).
     *
     * @param groupId the group the session belongs to
     * @param session the session's 1-based number
     * @param start   its start
     * @param end     its end
     */
    record Held(String groupId, int session, ZonedDateTime start, ZonedDateTime end) {

        boolean overlaps(ZonedDateTime otherStart, ZonedDateTime otherEnd) {
            return start.isBefore(otherEnd) && otherStart.isBefore(end);
        }
    }

    /**
     * Proposes a slot for these members.
     *
     * @param busy per participant id, the sessions [start, end) they attend in groups already scheduled (every group
     *             with a saved slot, and the groups proposed before): a member-session overlapping one of them is a
     *             clash: not attendable, and among slots as good the one with the fewest clashes wins
     */
    static Optional<Proposal> propose(Program program, List<Session> sessions, List<Participant> members, int minutes,
            Map<String, List<Held>> busy) {
        int sessionCount = sessions.size();
        Participant reference = members.stream().filter(Participant::isMentor).findFirst().orElse(members.get(0));
        ZoneId zone = ZoneId.of(reference.timeZone());
        Proposal best = null;
        int bestTieBreak = Integer.MAX_VALUE;
        for (DayOfWeek day : DayOfWeek.values()) {
            Optional<List<CadenceDates.Placed>> dates = CadenceDates.place(sessionCount, program.cadence(), day,
                    program.startDate(), SessionPlacement.end(program));
            if (dates.isEmpty()) {
                continue;
            }
            for (int minute = 0; minute < 24 * 60; minute += STEP_MINUTES) {
                LocalTime time = LocalTime.of(minute / 60, minute % 60);
                int fits = 0;
                int clashes = 0;
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
                        if (overlaps(busy.getOrDefault(p.id(), List.of()), start, end)) {
                            clashes++;
                        } else if (Scheduler.memberTime(p, program, start, end).withinAvailability()) {
                            fits++;
                        }
                    }
                }
                int tieBreak = (day == program.cadence().dayOfWeek() ? 0 : 10_000) + Math.abs(minute - 12 * 60);
                if (best == null || fits > best.fits() || (fits == best.fits() && (clashes < best.clashes()
                        || (clashes == best.clashes() && tieBreak < bestTieBreak)))) {
                    best = new Proposal(new MeetingSlot(day, time, zone.getId(), minutes), fits, clashes, total);
                    bestTieBreak = tieBreak;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean overlaps(List<Held> held, ZonedDateTime start, ZonedDateTime end) {
        for (Held h : held) {
            if (h.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the sessions each member of {@code scheduled} attends to {@code busy}. */
    static void hold(GroupSchedule scheduled, Map<String, List<Held>> busy) {
        for (ScheduledSession session : scheduled.sessions()) {
            for (MemberTime m : session.members()) {
                busy.computeIfAbsent(m.participantId(), id -> new java.util.ArrayList<>())
                        .add(new Held(scheduled.groupId(), session.number(), m.start(), m.end()));
            }
        }
    }
}
