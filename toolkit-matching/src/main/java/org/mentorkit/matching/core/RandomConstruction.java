package org.mentorkit.matching.core;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;

/**
 * Random starting assignments that keep what the search never breaks: class bounds, fixed and forbidden assignments.
 * Every lower bound is met first, then the remaining items go to random groups with room.
 */
final class RandomConstruction {

    private final GroupingInstance in;
    private final SplittableRandom rnd;
    private final int[] free;

    RandomConstruction(GroupingInstance in, SplittableRandom rnd) {
        this.in = in;
        this.rnd = rnd;
        free = in.freeItems();
    }

    /**
     * A new random assignment.
     *
     * @throws IllegalArgumentException when no assignment keeps the class bounds
     */
    int[] next() {
        return next(null);
    }

    /**
     * A new assignment that keeps each free item in its group of {@code partial} where the bounds allow (-1: none),
     * and places the others at random as {@link #next()} does.
     *
     * @param partial per item a group index or -1; null for a wholly random start
     * @throws IllegalArgumentException when no assignment keeps the class bounds with these items kept
     */
    int[] next(int[] partial) {
        int n = in.n;
        int m = in.m;
        int[] a = new int[n];
        Arrays.fill(a, -1);
        int[][] cnt = new int[m][in.classes];
        for (int i = 0; i < n; i++) {
            if (in.fixed[i] >= 0) {
                a[i] = in.fixed[i];
                cnt[a[i]][in.itemClass[i]]++;
            }
        }
        int[] order = free.clone();
        Shuffle.shuffle(order, rnd);
        if (partial != null) {
            for (int i : order) {
                int g = i < partial.length ? partial[i] : -1;
                if (g >= 0 && g < m && in.allowed(i, g) && cnt[g][in.itemClass[i]] < in.upper[g][in.itemClass[i]]) {
                    a[i] = g;
                    cnt[g][in.itemClass[i]]++;
                }
            }
        }
        if (in.forbidden != null) {
            // The most restricted items first, so that they still find a group with room.
            int[] allowedCount = new int[n];
            for (int i : order) {
                for (int g = 0; g < m; g++) {
                    allowedCount[i] += in.allowed(i, g) ? 1 : 0;
                }
            }
            order = Arrays.stream(order).boxed().sorted(Comparator.comparingInt(i -> allowedCount[i]))
                    .mapToInt(Integer::intValue).toArray();
        }
        for (int g = 0; g < m; g++) {
            for (int c = 0; c < in.classes; c++) {
                for (int k = 0; k < order.length && cnt[g][c] < in.lower[g][c]; k++) {
                    int i = order[k];
                    if (a[i] < 0 && in.itemClass[i] == c && in.allowed(i, g)) {
                        a[i] = g;
                        cnt[g][c]++;
                    }
                }
            }
        }
        int[] groups = new int[m];
        for (int g = 0; g < m; g++) {
            groups[g] = g;
        }
        for (int i : order) {
            if (a[i] >= 0) {
                continue;
            }
            Shuffle.shuffle(groups, rnd);
            int c = in.itemClass[i];
            for (int g : groups) {
                if (cnt[g][c] < in.upper[g][c] && in.allowed(i, g)) {
                    a[i] = g;
                    cnt[g][c]++;
                    break;
                }
            }
            if (a[i] < 0) {
                throw new IllegalArgumentException("no assignment keeps the group bounds: item " + i
                        + " has no group with room");
            }
        }
        for (int g = 0; g < m; g++) {
            for (int c = 0; c < in.classes; c++) {
                if (cnt[g][c] < in.lower[g][c]) {
                    throw new IllegalArgumentException("no assignment keeps the group bounds: group " + g
                            + " gets " + cnt[g][c] + " items of class " + c + ", needs " + in.lower[g][c]);
                }
            }
        }
        return a;
    }
}
