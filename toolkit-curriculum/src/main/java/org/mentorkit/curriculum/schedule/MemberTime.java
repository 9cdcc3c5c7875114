package org.mentorkit.curriculum.schedule;

import java.time.ZonedDateTime;
import org.mentorkit.model.Role;

/**
 * When one session is, for one member, in their own time zone.
 *
 * @param participantId      the member's participant id
 * @param role               mentor or mentee
 * @param start              the start in the member's zone (date and wall-clock time as the member sees them)
 * @param end                the end in the member's zone
 * @param withinAvailability whether the whole session falls inside the member's weekly availability (their own,
 *                           or the program's default when they gave none)
 */
public record MemberTime(String participantId, Role role, ZonedDateTime start, ZonedDateTime end, boolean withinAvailability) {
}
