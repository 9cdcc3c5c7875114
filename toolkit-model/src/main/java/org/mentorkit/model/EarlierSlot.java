package org.mentorkit.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A meeting slot a group used before it changed: sessions dated before {@code until} (in the slot's own zone) were
 * held, and stay, at this slot; sessions from {@code until} on use the group's next slot. Kept so that re-forming a
 * cohort or re-running the scheduler never moves a session that has already been announced or held.
 *
 * @param until the first date on which this slot no longer applied (the effective date of the change), exclusive
 * @param slot  the slot in force before {@code until}
 */
@JsonbPropertyOrder({"until", "slot"})
public record EarlierSlot(@NotNull LocalDate until, @NotNull @Valid MeetingSlot slot) {
}
