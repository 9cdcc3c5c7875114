package org.mentorkit.model;

import jakarta.validation.constraints.PositiveOrZero;

/**
 * How much each soft criterion of group formation counts. Zero switches a criterion off.
 *
 * @param timeZone  shared weekly meeting hours inside every member's availability
 * @param interests shared interests among group members
 * @param mentorFit how well the mentor fits the mentees (specialty, interests, stated preferences)
 * @param diversity balance of under-represented members across groups
 */
public record CriterionWeights(
        @PositiveOrZero double timeZone,
        @PositiveOrZero double interests,
        @PositiveOrZero double mentorFit,
        @PositiveOrZero double diversity) {

    /**
     * Time zones and interests first, as the pilot did, with some weight on mentor fit.
     *
     * @return time zone 1.0, interests 1.0, mentor fit 0.5, diversity 0.25
     */
    public static CriterionWeights defaults() {
        return new CriterionWeights(1.0, 1.0, 0.5, 0.25);
    }
}
