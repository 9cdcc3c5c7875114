package org.mentorkit.matching;

import java.time.LocalDate;
import java.util.List;
import org.mentorkit.model.MeetingSlot;

/**
 * A saved slot that re-forming had to change: the group's new members could not make it, and another slot suits more
 * of them. Sessions before {@code effective} keep the old slot.
 *
 * @param groupId   the group
 * @param before    the saved slot
 * @param after     the slot from {@code effective} on
 * @param effective the first date the new slot applies
 * @param reason    why, in words (who could not make the saved slot)
 * @param moved     the group's sessions that move, whoever attends them (peer-only ones too): each old session date
 *                  (reference zone) and its new date; each member's own list (a mentor's mentor-led sessions, a late
 *                  joiner's from joining) is in the formation report
 */
public record SlotChange(String groupId, MeetingSlot before, MeetingSlot after, LocalDate effective, String reason,
        List<String> moved) {

    /**
     * The change as given, its list copied.
     *
     * @param groupId   the group
     * @param before    the saved slot
     * @param after     the slot from {@code effective} on
     * @param effective the first date the new slot applies
     * @param reason    why, in words (who could not make the saved slot)
     * @param moved     the group's sessions that move, whoever attends them: each old session date (reference zone)
     *                  and its new date
     */
    public SlotChange {
        moved = List.copyOf(moved);
    }
}
