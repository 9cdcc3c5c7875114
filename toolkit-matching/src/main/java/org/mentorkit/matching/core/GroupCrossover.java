package org.mentorkit.matching.core;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Recombination of two assignments by group crossover (as in TPSDP, Yang et al., EJOR 2022): the child's groups are
 * filled alternately from the two parents, each time with the parent's group whose still-unplaced items are most
 * tightly connected; leftovers go greedily where they add most, lower bounds first. The child keeps class bounds,
 * fixed and forbidden assignments; the other rules are left to the search that improves it.
 */
final class GroupCrossover {

    private static final double EPS = 1e-9;

    private final GroupingInstance in;
    private final SplittableRandom rnd;

    GroupCrossover(GroupingInstance in, SplittableRandom rnd) {
        this.in = in;
        this.rnd = rnd;
    }

    /** A child of {@code pa} and {@code pb}. */
    int[] child(int[] pa, int[] pb) {
        int n = in.n;
        int m = in.m;
        int[] child = new int[n];
        Arrays.fill(child, -1);
        int[][] cnt = new int[m][in.classes];
        int unplaced = n;
        for (int i = 0; i < n; i++) {
            if (in.fixed[i] >= 0) {
                child[i] = in.fixed[i];
                cnt[child[i]][in.itemClass[i]]++;
                unplaced--;
            }
        }
        boolean[] done = new boolean[m];
        int[] members = new int[n];
        for (int step = 0; step < m; step++) {
            int[] parent = (step & 1) == 0 ? pa : pb;
            int bestGroup = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int g = 0; g < m; g++) {
                if (done[g] || !in.scored[g]) {
                    continue;
                }
                int k = 0;
                for (int i = 0; i < n; i++) {
                    if (parent[i] == g && child[i] < 0) {
                        members[k++] = i;
                    }
                }
                double s = 0;
                for (int x = 0; x < k; x++) {
                    for (int y = x + 1; y < k; y++) {
                        s += in.weights[members[x]][members[y]];
                    }
                }
                double score = k == 0 ? Double.NEGATIVE_INFINITY : s / k + rnd.nextDouble() * EPS;
                if (bestGroup < 0 || score > bestScore) {
                    bestScore = score;
                    bestGroup = g;
                }
            }
            if (bestGroup < 0) {
                break;
            }
            done[bestGroup] = true;
            for (int i = 0; i < n; i++) {
                if (parent[i] == bestGroup && child[i] < 0) {
                    int c = in.itemClass[i];
                    if (cnt[bestGroup][c] < in.upper[bestGroup][c] && in.allowed(i, bestGroup)
                            && roomLeft(child, cnt, c, bestGroup)) {
                        child[i] = bestGroup;
                        cnt[bestGroup][c]++;
                        unplaced--;
                    }
                }
            }
        }
        if (unplaced > 0) {
            fillGreedily(child, cnt);
        }
        return child;
    }

    /** Whether one more class-{@code c} item may go to {@code g} and still leave enough for the other lower bounds. */
    private boolean roomLeft(int[] child, int[][] cnt, int c, int g) {
        int left = 0;
        for (int i = 0; i < in.n; i++) {
            if (child[i] < 0 && in.itemClass[i] == c) {
                left++;
            }
        }
        int deficit = 0;
        for (int h = 0; h < in.m; h++) {
            if (h != g) {
                deficit += Math.max(0, in.lower[h][c] - cnt[h][c]);
            }
        }
        return left - 1 >= deficit;
    }

    private void fillGreedily(int[] child, int[][] cnt) {
        int n = in.n;
        int m = in.m;
        double[][] gain = new double[n][m];
        for (int i = 0; i < n; i++) {
            if (child[i] < 0) {
                for (int j = 0; j < n; j++) {
                    if (child[j] >= 0) {
                        gain[i][child[j]] += in.weights[i][j];
                    }
                }
            }
        }
        int[] order = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (child[i] < 0) {
                order[k++] = i;
            }
        }
        order = Arrays.copyOf(order, k);
        Shuffle.shuffle(order, rnd);
        // Lower bounds first, so that no group is left short.
        for (int pass = 0; pass < 2; pass++) {
            for (int i : order) {
                if (child[i] >= 0) {
                    continue;
                }
                int c = in.itemClass[i];
                int target = -1;
                double best = Double.NEGATIVE_INFINITY;
                for (int g = 0; g < m; g++) {
                    boolean room = pass == 0 ? cnt[g][c] < in.lower[g][c] : cnt[g][c] < in.upper[g][c];
                    double v = gain[i][g] + (in.preferences == null ? 0 : in.preferences[i][g]);
                    if (room && in.allowed(i, g) && v > best) {
                        best = v;
                        target = g;
                    }
                }
                if (target >= 0) {
                    child[i] = target;
                    cnt[target][c]++;
                    for (int j = 0; j < n; j++) {
                        gain[j][target] += in.weights[i][j];
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (child[i] < 0) {
                throw new IllegalStateException("crossover left item " + i + " without a group");
            }
        }
    }
}
