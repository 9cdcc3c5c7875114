package org.mentorkit.model;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A mentor (or mentors) and their mentees, with when they meet.
 *
 * <p>The slot is a decision that is kept: {@code slot} is the one in force now, {@code earlierSlots} the ones it
 * replaced (oldest first, each with the date it stopped applying), so that sessions before a change keep their time.
 * Members who joined after the program started have a join date; their calendars start at their first session on or
 * after it. Members who left after the program started (withdrew, or moved to another group) are no longer in
 * {@code mentorIds} or {@code menteeIds} but keep a leave date here, so that the sessions they attended before it
 * keep them as attendees. The cross-record rules (dates inside the program, ids of members or former members of this
 * group, changes in date order) are checked with the cohort ({@code @ValidCohort}).
 *
 * @param id           unique within the cohort
 * @param name         the name shown to members (e.g. "Group 3")
 * @param mentorIds    participant ids of the group's mentors
 * @param menteeIds    participant ids of the group's mentees
 * @param slot         the regular meeting slot in force, once one is chosen
 * @param earlierSlots slots used before {@code slot}, oldest first, each with the date from which it no longer applied
 * @param joinDates    for members who joined after the program started: participant id to the date they joined
 * @param leaveDates   for former members who left after the program started: participant id to the date they left
 *                     (their first day out of the group)
 */
@JsonbPropertyOrder({"id", "name", "mentorIds", "menteeIds", "slot", "earlierSlots", "joinDates", "leaveDates"})
public record Group(
        @NotBlank String id,
        @NotBlank String name,
        List<@NotBlank String> mentorIds,
        List<@NotBlank String> menteeIds,
        @Valid MeetingSlot slot,
        List<@NotNull @Valid EarlierSlot> earlierSlots,
        Map<String, @NotNull LocalDate> joinDates,
        Map<String, @NotNull LocalDate> leaveDates) {

    /**
     * The group as given, its lists and dates copied; absent ones are empty.
     *
     * @param id           unique within the cohort
     * @param name         the name shown to members (e.g. "Group 3")
     * @param mentorIds    participant ids of the group's mentors
     * @param menteeIds    participant ids of the group's mentees
     * @param slot         the regular meeting slot in force, once one is chosen
     * @param earlierSlots slots used before {@code slot}, oldest first, each with the date from which it no longer
     *                     applied
     * @param joinDates    for members who joined after the program started: participant id to the date they joined
     * @param leaveDates   for former members who left after the program started: participant id to the date they
     *                     left
     */
    @JsonbCreator // the canonical constructor, for JSON-B (there are shorter ones too)
    public Group {
        mentorIds = Lists.copy(mentorIds);
        menteeIds = Lists.copy(menteeIds);
        earlierSlots = Lists.copy(earlierSlots);
        joinDates = joinDates == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(joinDates));
        leaveDates = leaveDates == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(leaveDates));
    }

    /**
     * A group with its slot history and join dates and no former members.
     *
     * @param id           unique within the cohort
     * @param name         the name shown to members (e.g. "Group 3")
     * @param mentorIds    participant ids of the group's mentors
     * @param menteeIds    participant ids of the group's mentees
     * @param slot         the regular meeting slot in force, once one is chosen
     * @param earlierSlots slots used before {@code slot}, oldest first, each with the date from which it no longer
     *                     applied
     * @param joinDates    for members who joined after the program started: participant id to the date they joined
     */
    public Group(String id, String name, List<String> mentorIds, List<String> menteeIds, MeetingSlot slot,
            List<EarlierSlot> earlierSlots, Map<String, LocalDate> joinDates) {
        this(id, name, mentorIds, menteeIds, slot, earlierSlots, joinDates, Map.of());
    }

    /**
     * A group with no slot history and no late joiners.
     *
     * @param id        a short stable identifier, unique in the cohort
     * @param name      the name members see
     * @param mentorIds the mentors' participant ids
     * @param menteeIds the mentees' participant ids
     * @param slot      the weekly meeting slot, or {@code null} while none is chosen
     */
    public Group(String id, String name, List<String> mentorIds, List<String> menteeIds, MeetingSlot slot) {
        this(id, name, mentorIds, menteeIds, slot, List.of(), Map.of(), Map.of());
    }

    /**
     * The meeting slot in force, if one has been chosen.
     *
     * @return the current slot; empty before scheduling proposes one
     */
    public Optional<MeetingSlot> meetingSlot() {
        return Optional.ofNullable(slot);
    }

    /**
     * The slot that applies to a session dated {@code date} (in the slot's zone): the first earlier slot whose
     * {@code until} is after the date, else the current slot (empty if the group has none).
     *
     * @param date a session date in the slot's zone
     * @return the slot sessions of that date are held in
     */
    public Optional<MeetingSlot> slotOn(LocalDate date) {
        for (EarlierSlot earlier : earlierSlots) {
            if (earlier != null && earlier.until() != null && date.isBefore(earlier.until())) {
                return Optional.ofNullable(earlier.slot());
            }
        }
        return meetingSlot();
    }

    /**
     * The date the member joined, if they joined after the program started.
     *
     * @param participantId a member of this group
     * @return the join date; empty for a member who was there from the start
     */
    public Optional<LocalDate> joinDate(String participantId) {
        return Optional.ofNullable(joinDates.get(participantId));
    }

    /**
     * The date a former member left, if they left this group after the program started.
     *
     * @param participantId a former member of this group
     * @return the leave date (their first day out of the group); empty for anyone else
     */
    public Optional<LocalDate> leaveDate(String participantId) {
        return Optional.ofNullable(leaveDates.get(participantId));
    }

    /**
     * Whether the group's session on {@code date} counts {@code participantId} as a member: on or after their join
     * date, if any, and before their leave date, if any.
     *
     * @param participantId a member or former member of this group
     * @param date          the session's date in its slot's reference zone (the zone the effective date and slot
     *                      changes are judged in), not in the member's zone
     * @return true when they were in the group on that date
     */
    public boolean inGroupOn(String participantId, LocalDate date) {
        LocalDate joined = joinDates.get(participantId);
        LocalDate left = leaveDates.get(participantId);
        return (joined == null || !date.isBefore(joined)) && (left == null || date.isBefore(left));
    }

    /**
     * Every member's id, mentors first, then mentees.
     *
     * @return the members in roster order
     */
    public List<String> memberIds() {
        return Stream.concat(mentorIds.stream(), menteeIds.stream()).toList();
    }

    /**
     * The ids of former members: those with a leave date, who are no longer listed as members.
     *
     * @return the former members, in the order their leave dates are listed
     */
    public List<String> formerMemberIds() {
        return leaveDates.keySet().stream().filter(id -> !mentorIds.contains(id) && !menteeIds.contains(id)).toList();
    }

    /**
     * A copy with {@code newSlot} in force and the same history (for a group that had no slot yet).
     *
     * @param newSlot the slot the group meets in
     * @return the group with that slot
     */
    public Group withSlot(MeetingSlot newSlot) {
        return new Group(id, name, mentorIds, menteeIds, newSlot, earlierSlots, joinDates, leaveDates);
    }

    /**
     * A copy whose slot changes to {@code newSlot} for sessions from {@code effective} on; the current slot (if any)
     * becomes the last earlier slot, applying before {@code effective}.
     *
     * @param newSlot   the slot from {@code effective} on
     * @param effective the first date the new slot applies to
     * @return the group with the change recorded, so that past sessions keep their times
     */
    public Group withSlotChange(MeetingSlot newSlot, LocalDate effective) {
        List<EarlierSlot> history = new ArrayList<>(earlierSlots);
        if (slot != null) {
            history.add(new EarlierSlot(effective, slot));
        }
        return new Group(id, name, mentorIds, menteeIds, newSlot, history, joinDates, leaveDates);
    }

    /**
     * A copy in which {@code participantId} (who must be listed as a member) joined on {@code date}.
     *
     * @param participantId the late joiner
     * @param date          their first day in the group; their calendar starts at the first session from then
     * @return the group with the join date recorded
     */
    public Group withJoinDate(String participantId, LocalDate date) {
        Map<String, LocalDate> dates = new LinkedHashMap<>(joinDates);
        dates.put(participantId, date);
        return new Group(id, name, mentorIds, menteeIds, slot, earlierSlots, dates, leaveDates);
    }

    /**
     * A copy in which {@code participantId}, no longer listed as a member, left the group on {@code date}: the
     * group's sessions before that date keep them as an attendee.
     *
     * @param participantId the former member (a participant or former participant of the cohort)
     * @param date          their first day out of the group
     * @return the group with the leave date recorded
     */
    public Group withLeaveDate(String participantId, LocalDate date) {
        Map<String, LocalDate> dates = new LinkedHashMap<>(leaveDates);
        dates.put(participantId, date);
        return new Group(id, name, mentorIds, menteeIds, slot, earlierSlots, joinDates, dates);
    }
}
