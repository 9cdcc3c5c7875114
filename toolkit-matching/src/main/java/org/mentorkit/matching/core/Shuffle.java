package org.mentorkit.matching.core;

import java.util.SplittableRandom;

/** Fisher-Yates shuffles driven by the search's one random source (so that a seed fixes every choice). */
final class Shuffle {

    private Shuffle() {
    }

    /** Shuffles {@code a} in place. */
    static void shuffle(int[] a, SplittableRandom rnd) {
        for (int k = a.length - 1; k > 0; k--) {
            int r = rnd.nextInt(k + 1);
            int t = a[k];
            a[k] = a[r];
            a[r] = t;
        }
    }
}
