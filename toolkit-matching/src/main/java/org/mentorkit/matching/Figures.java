package org.mentorkit.matching;

/**
 * Overall figures of a grouping, means over groups.
 *
 * @param weeklyCommonHours      weekly hours every member shares
 * @param largestTimeDifference  largest time difference inside a group, hours
 * @param sameInterestPairShare  share of member pairs with an interest in common
 * @param mentorFit              mentee-mentor fit, 0 to 1
 * @param scores                 the criterion scores
 * @param objective              the weighted pair terms summed over groups: the pairwise part of what the search
 *                               maximises (its group spread term and the interests' saturation are left out)
 */
public record Figures(double weeklyCommonHours, double largestTimeDifference, double sameInterestPairShare,
        double mentorFit, CriterionScores scores, double objective) {
}
