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
 * after it. The cross-record rules (dates inside the program, ids of members of this group, changes in date order)
 * are checked with the cohort ({@code @ValidCohort}).
 *
 * @param id           unique within the cohort
 * @param name         the name shown to members (e.g. "Group 3")
 * @param mentorIds    participant ids of the group's mentors
 * @param menteeIds    participant ids of the group's mentees
 * @param slot         the regular meeting slot in force, once one is chosen
 * @param earlierSlots slots used before {@code slot}, oldest first, each with the date from which it no longer applied
 * @param joinDates    for members who joined after the program started: participant id to the date they joined
 */
@JsonbPropertyOrder({"id", "name", "mentorIds", "menteeIds", "slot", "earlierSlots", "joinDates"})
public record Group(
        @NotBlank String id,
        @NotBlank String name,
        List<@NotBlank String> mentorIds,
        List<@NotBlank String> menteeIds,
        @Valid MeetingSlot slot,
        List<@NotNull @Valid EarlierSlot> earlierSlots,
        Map<String, @NotNull LocalDate> joinDates) {

    /**
     * The group as given, its lists and join dates copied; absent ones are empty.
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
    @JsonbCreator // the canonical constructor, for JSON-B (there is a shorter one too)
    public Group {
        mentorIds = Lists.copy(mentorIds);
        menteeIds = Lists.copy(menteeIds);
        earlierSlots = Lists.copy(earlierSlots);
        joinDates = joinDates == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(joinDates));
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
        this(id, name, mentorIds, menteeIds, slot, List.of(), Map.of());
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
     * Every member's id, mentors first, then mentees.
     *
     * @return the members in roster order
     */
    public List<String> memberIds() {
        return Stream.concat(mentorIds.stream(), menteeIds.stream()).toList();
    }

    /**
     * A copy with {@code newSlot} in force and the same history (for a group that had no slot yet).
     *
     * @param newSlot the slot the group meets in
     * @return the group with that slot
     */
    public Group withSlot(MeetingSlot newSlot) {
        return new Group(id, name, mentorIds, menteeIds, newSlot, earlierSlots, joinDates);
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
        return new Group(id, name, mentorIds, menteeIds, newSlot, history, joinDates);
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
        return new Group(id, name, mentorIds, menteeIds, slot, earlierSlots, dates);
    }
}
