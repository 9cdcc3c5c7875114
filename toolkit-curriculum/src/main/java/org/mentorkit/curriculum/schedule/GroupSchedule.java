package org.mentorkit.curriculum.schedule;

import java.util.List;
import org.mentorkit.model.MeetingSlot;

/**
 * Every session of one group.
 *
 * @param groupId     the group's id
 * @param groupName   the group's name
 * @param slot         the meeting slot in force: the group's saved one, or the one proposed for it
 * @param slotProposed whether the slot is a proposal (the group had none saved); {@code schedule --save} records it
 * @param sessions    the sessions in curriculum order
 */
public record GroupSchedule(String groupId, String groupName, MeetingSlot slot, boolean slotProposed, List<ScheduledSession> sessions) {

    /**
     * The group's schedule as given, its list copied.
     *
     * @param groupId      the group's id
     * @param groupName    the group's name
     * @param slot         the meeting slot in force
     * @param slotProposed whether the slot is a proposal (the group had none saved)
     * @param sessions     the sessions in curriculum order
     */
    public GroupSchedule {
        sessions = List.copyOf(sessions);
    }
}
