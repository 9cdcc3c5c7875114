package org.mentorkit.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.mentorkit.model.MeetingSlot;

/**
 * A group's regular meeting slot as formation decided it, seen on every session date of the program.
 *
 * @param slot           the slot (weekday, time and reference zone, length)
 * @param kept           whether it is the group's saved slot, kept from the previous groups
 * @param outside        member-sessions outside the member's availability (0: a common slot)
 * @param memberSessions member-sessions counted (members x sessions on or after the date counted from, less the
 *                       mentors' peer-only sessions)
 * @param sessions       every session date counted, with each member's local time
 * @param blockers       for a group without a common slot: the members who make one impossible (without them the others
 *                       would have one); empty when none alone does
 * @param fixes          for a group without a common slot: single moves or swaps (keeping every hard rule) after which
 *                       both groups involved have a common slot
 * @param clashes        member-sessions (of a mentor who leads several groups) that overlap a session of the same
 *                       member in another group: counted in {@code outside}, as the member cannot attend both
 */
public record GroupSlot(MeetingSlot slot, boolean kept, int outside, int memberSessions, List<Session> sessions,
        List<String> blockers, List<Fix> fixes, List<Clash> clashes) {

    /**
     * The slot as given, its lists copied.
     *
     * @param slot           the slot (weekday, time and reference zone, length)
     * @param kept           whether it is the group's saved slot, kept from the previous groups
     * @param outside        member-sessions outside the member's availability (0: a common slot)
     * @param memberSessions member-sessions counted
     * @param sessions       every session date counted, with each member's local time
     * @param blockers       the members who alone make a common slot impossible; empty when none alone does
     * @param fixes          single moves or swaps after which both groups involved have a common slot
     * @param clashes        member-sessions overlapping the same member's session in another group
     */
    public GroupSlot {
        sessions = List.copyOf(sessions);
        blockers = List.copyOf(blockers);
        fixes = List.copyOf(fixes);
        clashes = List.copyOf(clashes);
    }

    /**
     * A slot without clashes between a mentor's groups.
     *
     * @param slot           the slot (weekday, time and reference zone, length)
     * @param kept           whether it is the group's saved slot, kept from the previous groups
     * @param outside        member-sessions outside the member's availability (0: a common slot)
     * @param memberSessions member-sessions counted
     * @param sessions       every session date counted, with each member's local time
     * @param blockers       the members who alone make a common slot impossible; empty when none alone does
     * @param fixes          single moves or swaps after which both groups involved have a common slot
     */
    public GroupSlot(MeetingSlot slot, boolean kept, int outside, int memberSessions, List<Session> sessions,
            List<String> blockers, List<Fix> fixes) {
        this(slot, kept, outside, memberSessions, sessions, blockers, fixes, List.of());
    }

    /**
     * A session of this group that a member (a mentor of several groups) would attend at the same time as a session
     * of another of their groups.
     *
     * @param participantId     the member
     * @param number            the session's number in the program, 1 for the first
     * @param date              its date in the slot's reference zone
     * @param otherGroupId      the other group
     * @param otherNumber       the number of the overlapping session there
     */
    public record Clash(String participantId, int number, LocalDate date, String otherGroupId, int otherNumber) {
    }

    /**
     * Whether this is a common slot.
     *
     * @return true when every member can make every session counted ({@link #outside()} is 0)
     */
    public boolean common() {
        return outside == 0;
    }

    /**
     * A move that would fix a group without a common slot.
     *
     * @param participantId who would move
     * @param toGroupId     to which group
     * @param swapWithId    who would come back in exchange; "" for a plain move
     */
    public record Fix(String participantId, String toGroupId, String swapWithId) {
    }

    /**
     * One session date of the slot.
     *
     * @param number  the session's number in the program, 1 for the first (after re-forming, the sessions listed start
     *                at the first on or after the effective date, so the first listed may be session 4)
     * @param date    the date in the slot's reference zone
     * @param start   the instant it starts
     * @param members each member's local view
     */
    public record Session(int number, LocalDate date, Instant start, List<MemberSession> members) {

        /**
         * The session as given, its list copied.
         *
         * @param number  the session's number in the program, 1 for the first
         * @param date    the date in the slot's reference zone
         * @param start   the instant it starts
         * @param members each member's local view
         */
        public Session {
            members = List.copyOf(members);
        }
    }

    /**
     * One member's view of one session.
     *
     * @param participantId the member
     * @param localStart    the start in the member's zone
     * @param inside        whether the session lies inside the member's availability (true when not invited)
     * @param invited       false for a mentor on a peer-only session, which mentors do not attend
     */
    public record MemberSession(String participantId, ZonedDateTime localStart, boolean inside, boolean invited) {

        /**
         * An invited member's view.
         *
         * @param participantId the member
         * @param localStart    the start in the member's zone
         * @param inside        whether the session lies inside the member's availability
         */
        public MemberSession(String participantId, ZonedDateTime localStart, boolean inside) {
            this(participantId, localStart, inside, true);
        }
    }
}
