package org.mentorkit.matching.core;

import java.util.SplittableRandom;

/**
 * A kick out of a local optimum: random swaps of free items of the same class between different groups, keeping
 * forbidden assignments (class bounds hold because a swap changes no count).
 */
final class Perturbation {

    private static final int ATTEMPTS = 20;

    private final GroupingInstance in;
    private final SearchState st;
    private final SplittableRandom rnd;
    private final int[] free;

    Perturbation(GroupingInstance in, SearchState st, SplittableRandom rnd) {
        this.in = in;
        this.st = st;
        this.rnd = rnd;
        free = in.freeItems();
    }

    /** Applies up to {@code swaps} random swaps (a swap is skipped when 20 draws find no allowed pair). */
    void apply(int swaps) {
        if (free.length < 2) {
            return;
        }
        for (int k = 0; k < swaps; k++) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                int i = free[rnd.nextInt(free.length)];
                int j = free[rnd.nextInt(free.length)];
                int a = st.group[i];
                int b = st.group[j];
                if (a != b && in.itemClass[i] == in.itemClass[j] && in.allowed(i, b) && in.allowed(j, a)) {
                    st.swap(i, j);
                    break;
                }
            }
        }
    }
}
