package org.mentorkit.matching.core;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Big instances: a random sample of 64 free items, each tried against the few groups it is most drawn to (a candidate
 * list), plus a random group while the assignment breaks rules, so that moves needed only by the rules stay reachable.
 */
final class SampledScan implements NeighbourhoodScan {

    static final int SAMPLE = 64;
    static final int CANDIDATES = 4;

    private final GroupingInstance in;
    private final SearchState st;
    private final int[] free;
    private final SplittableRandom rnd;
    private final int samples;
    private final GroupBuckets buckets;
    private final int[] candidates = new int[CANDIDATES];
    private final double[] candidateGain = new double[CANDIDATES];

    SampledScan(GroupingInstance in, SearchState st, int[] free, SplittableRandom rnd) {
        this.in = in;
        this.st = st;
        this.free = free.clone();
        this.rnd = rnd;
        samples = Math.min(free.length, SAMPLE);
        buckets = new GroupBuckets(in.n, in.m);
    }

    @Override
    public void scan(MoveChoice choice, int iteration) {
        buckets.fill(st.group);
        boolean repairing = st.hasRules && st.violations > 0;
        for (int k = 0; k < samples; k++) {
            int i = free[rnd.nextInt(free.length)];
            int a = st.group[i];
            int c = in.itemClass[i];
            int found = nearestGroups(i, a);
            if (repairing) {
                candidates[CANDIDATES - 1] = rnd.nextInt(in.m);
            }
            for (int x = 0; x < CANDIDATES && x < Math.max(found, CANDIDATES); x++) {
                int b = candidates[x];
                if (b < 0 || b == a) {
                    continue;
                }
                if (st.count[a][c] > in.lower[a][c]) {
                    choice.considerMove(i, a, b, c, iteration);
                }
                for (int y = buckets.start(b); y < buckets.end(b); y++) {
                    choice.considerSwap(i, buckets.item(y), iteration);
                }
            }
        }
    }

    /** Fills {@code candidates} with the groups item {@code i} would gain most by joining; returns how many. */
    private int nearestGroups(int i, int a) {
        int found = 0;
        Arrays.fill(candidates, -1);
        Arrays.fill(candidateGain, Double.NEGATIVE_INFINITY);
        for (int b = 0; b < in.m; b++) {
            if (b == a) {
                continue;
            }
            double gain = st.moveGain(i, b) + rnd.nextDouble() * 1e-12;
            if (gain > candidateGain[CANDIDATES - 1]) {
                int pos = CANDIDATES - 1;
                while (pos > 0 && candidateGain[pos - 1] < gain) {
                    candidateGain[pos] = candidateGain[pos - 1];
                    candidates[pos] = candidates[pos - 1];
                    pos--;
                }
                candidateGain[pos] = gain;
                candidates[pos] = b;
                found++;
            }
        }
        return found;
    }
}
