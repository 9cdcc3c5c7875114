package org.mentorkit.matching;

import java.util.List;

/**
 * Why a group is what it is: its members, when they can all meet, what they share, which rules were checked.
 *
 * @param groupId                the group's id
 * @param name                   its name
 * @param mentorIds              its mentors
 * @param menteeIds              its mentees
 * @param commonWindows          the weekly windows everyone shares, with each member's local times (first week)
 * @param weeklyCommonHours      weekly hours everyone shares, averaged over the program's weeks on real dates
 * @param fewestWeeklyHours      the fewest common hours of any week of the program (daylight-saving changes show here)
 * @param largestTimeDifference  the largest time difference between two members, in hours, at the program's start
 * @param sharedInterests        interests held by at least two members
 * @param sameInterestPairShare  the share of member pairs with an interest in common
 * @param rules                  the hard rules checked on this group
 * @param scores                 the score per criterion
 * @param slot                   the group's meeting slot on every session date; null only when formation failed
 */
public record GroupExplanation(
        String groupId,
        String name,
        List<String> mentorIds,
        List<String> menteeIds,
        List<CommonWindow> commonWindows,
        double weeklyCommonHours,
        double fewestWeeklyHours,
        double largestTimeDifference,
        List<String> sharedInterests,
        double sameInterestPairShare,
        List<RuleCheck> rules,
        CriterionScores scores,
        GroupSlot slot) {

    /**
     * The explanation as given, its lists copied.
     *
     * @param groupId                the group's id
     * @param name                   its name
     * @param mentorIds              its mentors
     * @param menteeIds              its mentees
     * @param commonWindows          the weekly windows everyone shares, with each member's local times (first week)
     * @param weeklyCommonHours      weekly hours everyone shares, averaged over the program's weeks on real dates
     * @param fewestWeeklyHours      the fewest common hours of any week of the program
     * @param largestTimeDifference  the largest time difference between two members, in hours, at the program's start
     * @param sharedInterests        interests held by at least two members
     * @param sameInterestPairShare  the share of member pairs with an interest in common
     * @param rules                  the hard rules checked on this group
     * @param scores                 the score per criterion
     * @param slot                   the group's meeting slot on every session date; null only when formation failed
     */
    public GroupExplanation {
        mentorIds = List.copyOf(mentorIds);
        menteeIds = List.copyOf(menteeIds);
        commonWindows = List.copyOf(commonWindows);
        sharedInterests = List.copyOf(sharedInterests);
        rules = List.copyOf(rules);
    }
}
