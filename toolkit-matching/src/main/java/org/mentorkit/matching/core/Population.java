package org.mentorkit.matching.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The memetic search's pool of local optima: distinct assignments, at most {@code capacity}; when full, a newcomer
 * replaces the worst member if it is better (fewer broken rules, then a higher objective).
 */
final class Population {

    private final int capacity;
    private final List<int[]> members = new ArrayList<>();
    private final List<Quality> quality = new ArrayList<>();

    /** How good a member is: broken rules first (fewer is better), then the objective (higher is better). */
    record Quality(int violations, double objective) {

        boolean betterThan(Quality other) {
            return violations < other.violations || violations == other.violations && objective > other.objective;
        }
    }

    Population(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a population holds at least 1 member, got " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * Offers a copy of the state's assignment.
     *
     * @return whether it joined the pool
     */
    boolean offer(SearchState st) {
        int[] x = st.group.clone();
        Quality q = new Quality(st.violations, st.objective);
        for (int[] y : members) {
            if (Arrays.equals(x, y)) {
                return false;
            }
        }
        if (members.size() < capacity) {
            members.add(x);
            quality.add(q);
            return true;
        }
        int worst = 0;
        for (int k = 1; k < members.size(); k++) {
            if (quality.get(worst).betterThan(quality.get(k))) {
                worst = k;
            }
        }
        if (q.betterThan(quality.get(worst))) {
            members.set(worst, x);
            quality.set(worst, q);
            return true;
        }
        return false;
    }

    /** How many members the pool holds. */
    int size() {
        return members.size();
    }

    /** Two distinct members drawn at random (needs at least two). */
    int[][] parents(SplittableRandom rnd) {
        if (members.size() < 2) {
            throw new IllegalStateException("two parents need two members, the pool holds " + members.size());
        }
        int a = rnd.nextInt(members.size());
        int b = rnd.nextInt(members.size() - 1);
        if (b >= a) {
            b++;
        }
        return new int[][] {members.get(a), members.get(b)};
    }
}
