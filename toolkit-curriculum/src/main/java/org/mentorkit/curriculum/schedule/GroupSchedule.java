package org.mentorkit.curriculum.schedule;

import java.util.List;
import org.mentorkit.model.MeetingSlot;

/**
 * Every session of one group.
 *
 * @param groupId     the group's id
 * @param groupName   the group's name
 * @param slot        the meeting slot used (the group's own, or the derived one)
 * @param slotDerived whether the slot was derived from members' availability because the group had none
 * @param sessions    the sessions in curriculum order
 */
public record GroupSchedule(String groupId, String groupName, MeetingSlot slot, boolean slotDerived, List<ScheduledSession> sessions) {

    public GroupSchedule {
        sessions = List.copyOf(sessions);
    }
}
