package org.mentorkit.model;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How big a group is: the pilot used about four mentees and one mentor per group. That {@code minMentees} is not
 * above {@code maxMentees} is checked with the program ({@link ValidProgram}), where it is reported at
 * {@code groupPolicy.maxMentees}.
 *
 * <p>The upper limits are far above any peer-mentoring group; they exist so that a typing slip (an extra zero) is
 * reported rather than turned into one group of a whole cohort.
 *
 * @param minMentees      the fewest mentees a group may have (1 to 50)
 * @param maxMentees      the most mentees a group may have (at least {@code minMentees}, at most 50)
 * @param mentorsPerGroup how many mentors each group has (1 to 10)
 * @param sizes           how formation sizes groups within min..max; absent (null) means {@link GroupSizes#EVEN},
 *                        see {@link #sizesRule()}
 */
public record GroupPolicy(@Min(1) @Max(50) int minMentees, @Min(1) @Max(50) int maxMentees,
                          @Min(1) @Max(10) int mentorsPerGroup, GroupSizes sizes) {

    /**
     * The policy as given (a program file that leaves {@code sizes} out keeps it null, and writing it back leaves it
     * out again).
     *
     * @param minMentees      the fewest mentees a group may have (1 to 50)
     * @param maxMentees      the most mentees a group may have (at least {@code minMentees}, at most 50)
     * @param mentorsPerGroup how many mentors each group has (1 to 10)
     * @param sizes           how formation sizes groups within min..max; null means {@link GroupSizes#EVEN}
     */
    @JsonbCreator // the canonical constructor, for reading files (there is a shorter one for code)
    public GroupPolicy {
    }

    /**
     * A policy with even sizes ({@link GroupSizes#EVEN}, the default).
     *
     * @param minMentees      the fewest mentees a group may have (1 to 50)
     * @param maxMentees      the most mentees a group may have (at least {@code minMentees}, at most 50)
     * @param mentorsPerGroup how many mentors each group has (1 to 10)
     */
    public GroupPolicy(int minMentees, int maxMentees, int mentorsPerGroup) {
        this(minMentees, maxMentees, mentorsPerGroup, null);
    }

    /**
     * How formation sizes the groups: the program's setting, or {@link GroupSizes#EVEN} when it sets none.
     *
     * @return even sizes, or any size within the policy
     */
    public GroupSizes sizesRule() {
        return sizes == null ? GroupSizes.EVEN : sizes;
    }

    /**
     * The pilot's policy: 3 to 5 mentees, aiming at 4, with one mentor.
     *
     * @return the policy of the built-in program
     */
    public static GroupPolicy pilot() {
        return new GroupPolicy(3, 5, 1);
    }
}
