package org.mentorkit.model;

import jakarta.validation.constraints.Min;

/**
 * How big a group is: the pilot used about four mentees and one mentor per group. That {@code minMentees} is not
 * above {@code maxMentees} is checked with the program ({@link ValidProgram}), where it is reported at
 * {@code groupPolicy.maxMentees}.
 *
 * @param minMentees      the fewest mentees a group may have (at least 1)
 * @param maxMentees      the most mentees a group may have (at least {@code minMentees})
 * @param mentorsPerGroup how many mentors each group has (at least 1)
 */
public record GroupPolicy(@Min(1) int minMentees, @Min(1) int maxMentees, @Min(1) int mentorsPerGroup) {

    /** The pilot's policy: 3 to 5 mentees, aiming at 4, with one mentor. */
    public static GroupPolicy pilot() {
        return new GroupPolicy(3, 5, 1);
    }
}
