package org.mentorkit.model;

/**
 * How group formation sizes the groups within the policy's {@code minMentees..maxMentees} (program setting
 * {@code groupPolicy.sizes}).
 */
public enum GroupSizes {
    /**
     * The default: sizes as even as possible (floor(n/g) to ceil(n/g) mentees for n mentees in g groups), so that 120
     * mentees in 30 groups under a 3-5 policy gives exactly 4 each. Other sizes within the policy are used only when
     * no grouping with even sizes keeps every hard rule, and when re-forming.
     */
    EVEN,
    /**
     * Any size within {@code minMentees..maxMentees}, chosen by the search together with the members: a group of 3
     * next to one of 5 where that lets groups share more time zones, interests and meeting times.
     */
    WITHIN_POLICY
}
