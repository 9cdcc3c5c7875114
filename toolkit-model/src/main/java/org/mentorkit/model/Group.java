package org.mentorkit.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;

/**
 * A mentor (or mentors) and their mentees.
 *
 * @param id        unique within the cohort
 * @param name      the name shown to members (e.g. "Group 3")
 * @param mentorIds participant ids of the group's mentors
 * @param menteeIds participant ids of the group's mentees
 * @param slot      the regular meeting slot, once one is chosen
 */
@JsonbPropertyOrder({"id", "name", "mentorIds", "menteeIds", "slot"})
public record Group(
        @NotBlank String id,
        @NotBlank String name,
        List<@NotBlank String> mentorIds,
        List<@NotBlank String> menteeIds,
        @Valid MeetingSlot slot) {

    public Group {
        mentorIds = Lists.copy(mentorIds);
        menteeIds = Lists.copy(menteeIds);
    }

    /** The meeting slot, if one has been chosen. */
    public Optional<MeetingSlot> meetingSlot() {
        return Optional.ofNullable(slot);
    }

    /** Mentors first, then mentees. */
    public List<String> memberIds() {
        return java.util.stream.Stream.concat(mentorIds.stream(), menteeIds.stream()).toList();
    }
}
