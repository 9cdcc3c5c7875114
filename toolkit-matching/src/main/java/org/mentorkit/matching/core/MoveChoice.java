package org.mentorkit.matching.core;

import java.util.SplittableRandom;

/**
 * The best admissible move found by one scan of the neighbourhood: a relocation of one item or a swap of two, scored
 * by objective gain minus the penalty of rules it breaks, ties broken uniformly at random. A move that is tabu is
 * admissible only when it gives a new best assignment keeping every rule (aspiration).
 */
final class MoveChoice {

    static final double EPS = 1e-9;

    private final GroupingInstance in;
    private final SearchState st;
    private final TabuList tabu;
    private final PenaltyWeight penalty;
    private final Incumbent incumbent;
    private final SplittableRandom rnd;

    private int first;
    private int second;
    private boolean swap;
    private double score;
    private int ties;

    MoveChoice(GroupingInstance in, SearchState st, TabuList tabu, PenaltyWeight penalty, Incumbent incumbent,
            SplittableRandom rnd) {
        this.in = in;
        this.st = st;
        this.tabu = tabu;
        this.penalty = penalty;
        this.incumbent = incumbent;
        this.rnd = rnd;
        reset();
    }

    /** Forgets the previous scan's choice. */
    void reset() {
        score = Double.NEGATIVE_INFINITY;
        ties = 0;
        first = -1;
    }

    /** Whether any admissible move was offered since {@link #reset()}. */
    boolean found() {
        return first >= 0;
    }

    /** The best score so far (minus infinity before any move): scans skip what cannot beat it. */
    double score() {
        return score;
    }

    /** The moved item, or the first of the two swapped items. */
    int first() {
        return first;
    }

    /** The target group of a relocation, or the second item of a swap. */
    int second() {
        return second;
    }

    /** Whether the choice is a swap. */
    boolean isSwap() {
        return swap;
    }

    /** How much the objective must grow for a move to give a new best assignment (for aspiration). */
    double aspirationGain() {
        return incumbent.bar() - st.objective;
    }

    /** Offers an admissible move with its score; keeps it if it is the best so far (ties: at random). */
    void offer(double moveScore, int i, int j, boolean isSwap) {
        if (moveScore > score + EPS) {
            score = moveScore;
            ties = 1;
        } else if (moveScore >= score - EPS) {
            ties++;
            if (rnd.nextInt(ties) != 0) {
                return;
            }
        } else {
            return;
        }
        first = i;
        second = j;
        swap = isSwap;
    }

    /** Offers relocating item {@code i} (class {@code c}) from group {@code a} to {@code b}, if the bounds allow. */
    void considerMove(int i, int a, int b, int c, int iteration) {
        if (b == a || st.count[b][c] >= in.upper[b][c] || !in.allowed(i, b)) {
            return;
        }
        double gain = st.moveBaseGain(i, b);
        double relief = st.moveRelief(i);
        if (cannotBeBest(gain + relief)) {
            return;
        }
        int dv = st.hasRules ? st.moveViolationDelta(i, b) : 0;
        if (st.hasSpread()) {
            // Exact pruning: skip the spread computation when even removing all spread could not make it the best.
            if (gain + relief - penalty.value() * dv < score - EPS) {
                return;
            }
            gain = st.moveGain(i, b);
        }
        double moveScore = gain - penalty.value() * dv;
        if (moveScore < score - EPS) {
            return;
        }
        if (tabu.isTabu(i, b, iteration) && !aspires(gain, dv)) {
            return;
        }
        offer(moveScore, i, b, false);
    }

    /** Offers swapping items {@code i} and {@code j}, if they are in different groups and may swap. */
    void considerSwap(int i, int j, int iteration) {
        int a = st.group[i];
        int b = st.group[j];
        if (b == a || in.itemClass[j] != in.itemClass[i] || in.fixed[j] >= 0 || !in.allowed(i, b)
                || !in.allowed(j, a)) {
            return;
        }
        double gain = st.swapBaseGain(i, j);
        double relief = st.swapRelief(i, j);
        if (cannotBeBest(gain + relief)) {
            return;
        }
        int dv = st.hasRules ? st.swapViolationDelta(i, j) : 0;
        if (st.hasSpread()) {
            if (gain + relief - penalty.value() * dv < score - EPS) {
                return;
            }
            gain = st.swapGain(i, j);
        }
        double moveScore = gain - penalty.value() * dv;
        if (moveScore < score - EPS) {
            return;
        }
        if ((tabu.isTabu(i, b, iteration) || tabu.isTabu(j, a, iteration)) && !aspires(gain, dv)) {
            return;
        }
        offer(moveScore, i, j, true);
    }

    /**
     * Exact pruning before the rule count and the spread: a move can at best repair every broken rule (its count of
     * broken rules falls by at most {@code st.violations}), and its spread gain is at most {@code relief} (what the
     * groups gain by losing the moved items), so when even that leaves it below the best score so far it can never
     * be offered, and skipping it changes neither the choice nor the random tie-breaks. Counting the rules a swap
     * breaks was a third of a step on the 120/30 cohorts.
     */
    private boolean cannotBeBest(double gainWithRelief) {
        double bound = gainWithRelief + (st.hasRules ? penalty.value() * st.violations : 0);
        return bound < score - EPS;
    }

    private boolean aspires(double gain, int dv) {
        return st.violations + dv == 0 && st.objective + gain > incumbent.bar();
    }
}
