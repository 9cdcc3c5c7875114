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
 * half hour in the first mentor's zone, whose sessions fall inside the most member availabilities over the whole
 * program; ties go to the program's cadence weekday, then to the time nearest midday in that zone. A mentor counts
 * only for the sessions a mentor is invited to. The proposal is only a proposal: {@code schedule --save} records it.
 */
final class SlotProposals {

    private static final int STEP_MINUTES = 30;

    private SlotProposals() {
    }

    /**
     * The proposed slot and how many member-sessions fall inside members' availability with it.
     *
     * @param slot  the proposed slot
     * @param fits  member-sessions inside the member's availability
     * @param total member-sessions in all
     */
    record Proposal(MeetingSlot slot, int fits, int total) {
    }

    /**
     * Proposes a slot for these members.
     *
     * @param busy per participant id, the sessions [start, end) they attend in groups already scheduled: a
     *             member-session overlapping one of them does not count as inside availability (one person cannot be in
     *             two sessions at once)
     */
    static Optional<Proposal> propose(Program program, List<Session> sessions, List<Participant> members, int minutes,
            Map<String, List<ZonedDateTime[]>> busy) {
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
                        if (Scheduler.memberTime(p, program, start, end).withinAvailability()
                                && !overlaps(busy.getOrDefault(p.id(), List.of()), start, end)) {
                            fits++;
                        }
                    }
                }
                int tieBreak = (day == program.cadence().dayOfWeek() ? 0 : 10_000) + Math.abs(minute - 12 * 60);
                if (best == null || fits > best.fits() || (fits == best.fits() && tieBreak < bestTieBreak)) {
                    best = new Proposal(new MeetingSlot(day, time, zone.getId(), minutes), fits, total);
                    bestTieBreak = tieBreak;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean overlaps(List<ZonedDateTime[]> held, ZonedDateTime start, ZonedDateTime end) {
        for (ZonedDateTime[] h : held) {
            if (h[0].isBefore(end) && start.isBefore(h[1])) {
                return true;
            }
        }
        return false;
    }

    /** Adds the sessions each member of {@code scheduled} attends to {@code busy}. */
    static void hold(GroupSchedule scheduled, Map<String, List<ZonedDateTime[]>> busy) {
        for (ScheduledSession session : scheduled.sessions()) {
            for (MemberTime m : session.members()) {
                busy.computeIfAbsent(m.participantId(), id -> new java.util.ArrayList<>())
                        .add(new ZonedDateTime[] {m.start(), m.end()});
            }
        }
    }
}
