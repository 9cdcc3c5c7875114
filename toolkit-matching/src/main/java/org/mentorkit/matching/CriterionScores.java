package org.mentorkit.matching;

/**
 * The soft criteria of a group (or the mean over groups), each the mean of its pairwise term over the group's pairs:
 * time zone from -1 (no shared availability) to 0 (all shared), interests 0 to 1, mentor fit 0 to 1 (mentee-mentor
 * pairs only), diversity from -1 to 0 (0 when no two members hold the same under-represented value).
 */
public record CriterionScores(double timeZone, double interests, double mentorFit, double diversity) {
}
