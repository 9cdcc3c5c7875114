package org.mentorkit.curriculum.schedule;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.mentorkit.curriculum.SessionFormat;
import org.mentorkit.model.MeetingSlot;

/**
 * One session of one group, placed in time.
 *
 * @param number      1-based position in the curriculum
 * @param sessionId   the curriculum session's id
 * @param title       the session's title
 * @param format      mentor-led or peer-only
 * @param cadenceDate the date the cadence gave before any blackout rule moved it (reference zone)
 * @param start       the start in the group's reference zone
 * @param end         the end in the group's reference zone
 * @param adjustment  what moved the session, e.g. "moved from 2027-02-09 (blackout date) to 2027-02-16"; "" if nothing
 * @param slot        the meeting slot the session is held at (an earlier slot for sessions before a slot change)
 * @param sequence    the calendar SEQUENCE: how many recorded slot changes moved this session (0 if none)
 * @param members     every member invited, with their local date and time, mentors first (a late joiner from the
 *                    session on or after their join date)
 * @param adjustments what moved the session, as data, for documents in other languages ({@link Adjustment#describe})
 */
public record ScheduledSession(
        int number,
        String sessionId,
        String title,
        SessionFormat format,
        LocalDate cadenceDate,
        ZonedDateTime start,
        ZonedDateTime end,
        String adjustment,
        MeetingSlot slot,
        int sequence,
        List<MemberTime> members,
        List<Adjustment> adjustments) {

    /**
     * The session as given, its lists copied.
     *
     * @param number      1-based position in the curriculum
     * @param sessionId   the curriculum session's id
     * @param title       the session's title
     * @param format      mentor-led or peer-only
     * @param cadenceDate the date the cadence gave before any blackout rule moved it (reference zone)
     * @param start       the start in the group's reference zone
     * @param end         the end in the group's reference zone
     * @param adjustment  what moved the session, in English; "" if nothing
     * @param slot        the meeting slot the session is held at
     * @param sequence    the calendar SEQUENCE
     * @param members     every member invited, with their local date and time, mentors first
     * @param adjustments what moved the session, as data
     */
    public ScheduledSession {
        members = List.copyOf(members);
        adjustments = List.copyOf(adjustments);
    }
}
