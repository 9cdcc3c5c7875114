package org.mentorkit.matching.core;

/**
 * How far a search has come.
 *
 * @param fractionDone     elapsed time as a share of the time limit, 0 to 1
 * @param bestObjective    the best objective found so far among assignments that keep every rule (NaN if none yet)
 * @param feasibleFound    whether an assignment keeping every rule was found
 * @param iterations       search iterations so far
 */
public record SearchProgress(double fractionDone, double bestObjective, boolean feasibleFound, long iterations) {
}
