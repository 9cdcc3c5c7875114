package org.mentorkit.model;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The program's rules and weights for group formation.
 *
 * @param weights             how much each soft criterion counts
 * @param nonIsolation        explicit non-isolation rules; when empty, one rule per vocabulary that marks values as
 *                            under-represented, over the union of those values, mentors counted
 * @param defaultAvailability the weekly windows (local time) assumed for a participant who gave none; empty (a
 *                            program file that leaves it out) means the working week, see
 *                            {@link #availabilityOrWorkingWeek()}
 * @param commonSlot          whether a common meeting slot for every group is required or preferred; absent (null)
 *                            means {@link CommonSlotRule#PREFERRED}, see {@link #commonSlotRule()}
 */
public record MatchingSettings(
        @NotNull @Valid CriterionWeights weights,
        List<@NotNull @Valid NonIsolationRule> nonIsolation,
        List<@NotNull @Valid WeeklyWindow> defaultAvailability,
        CommonSlotRule commonSlot) {

    /**
     * The settings as given; absent weights are {@link CriterionWeights#defaults()}, absent lists empty.
     *
     * @param weights             how much each soft criterion counts
     * @param nonIsolation        explicit non-isolation rules; when empty, one rule per vocabulary that marks values
     *                            as under-represented, over the union of those values, mentors counted
     * @param defaultAvailability the weekly windows (local time) assumed for a participant who gave none; empty (a
     *                            program file that leaves it out) means the working week, see {@link
     *                            #availabilityOrWorkingWeek()}
     * @param commonSlot          whether a common meeting slot for every group is required or preferred; absent (null)
     *                            means {@link CommonSlotRule#PREFERRED}, see {@link #commonSlotRule()}
     */
    @JsonbCreator // the canonical constructor, for reading files (there is a shorter one for code)
    public MatchingSettings {
        weights = weights == null ? CriterionWeights.defaults() : weights;
        nonIsolation = Lists.copy(nonIsolation);
        defaultAvailability = Lists.copy(defaultAvailability);
    }

    /**
     * Settings with the default common-slot rule ({@link CommonSlotRule#PREFERRED}).
     *
     * @param weights             how much each soft criterion counts
     * @param nonIsolation        explicit non-isolation rules; empty means those the vocabularies imply
     * @param defaultAvailability windows assumed for a participant who gave none; empty means the working week
     */
    public MatchingSettings(CriterionWeights weights, List<NonIsolationRule> nonIsolation,
            List<WeeklyWindow> defaultAvailability) {
        this(weights, nonIsolation, defaultAvailability, null);
    }

    /**
     * The common-slot rule in force: the program's, or {@link CommonSlotRule#PREFERRED} when it sets none.
     *
     * @return whether a common meeting slot is preferred or required
     */
    public CommonSlotRule commonSlotRule() {
        return commonSlot == null ? CommonSlotRule.PREFERRED : commonSlot;
    }

    /**
     * Default weights, rules derived from the vocabularies, working days 08:00 to 18:00 local time.
     *
     * @return the settings of a program that sets none
     */
    public static MatchingSettings defaults() {
        return new MatchingSettings(CriterionWeights.defaults(), List.of(), WorkingWeek.windows());
    }

    /**
     * The weekly windows (local time) to assume for a participant who gave no availability: the program's
     * {@code defaultAvailability}, or, when that is empty, the working week ({@link WorkingWeek#windows()}, Monday to
     * Friday 08:00 to 18:00), which is what an empty list means. Every module that needs the fallback uses this, so
     * that matching and scheduling never disagree about it.
     *
     * @return the windows, in local time, of a participant without availability
     */
    public List<WeeklyWindow> availabilityOrWorkingWeek() {
        return defaultAvailability.isEmpty() ? WorkingWeek.windows() : defaultAvailability;
    }
}
