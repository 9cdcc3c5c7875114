package org.mentorkit.matching.core;

import java.util.SplittableRandom;

/** Random instances for the search parts' tests, and a plain check of what the search must never break. */
final class Instances {

    private Instances() {
    }

    /**
     * A random instance with two classes (class 1: items 0..m-1, one per group), size bounds around n/m, some fixed
     * and forbidden assignments: feasible by construction (the fixed items respect the bounds).
     */
    static GroupingInstance constrained(long seed, int n, int m) {
        SplittableRandom r = new SplittableRandom(seed);
        GroupingInstance.Builder b = GroupingInstance.builder(n, m, 2);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                b.weight(i, j, r.nextInt(-5, 20));
            }
        }
        int ordinary = n - m;
        for (int g = 0; g < m; g++) {
            b.classBounds(g, 0, ordinary / m - 1, ordinary / m + 1);
            b.classBounds(g, 1, 1, 1);
        }
        for (int g = 0; g < m; g++) {
            b.itemClass(g, 1);
        }
        b.fix(0, 0);
        b.fix(m, 1 % m);
        for (int k = 0; k < 3; k++) {
            int i = m + 1 + r.nextInt(n - m - 1);
            b.forbid(i, r.nextInt(m));
        }
        return b.build();
    }

    /** A plain instance (one class, no rules): sizes n/m - 1 .. n/m + 1. */
    static GroupingInstance plain(long seed, int n, int m) {
        SplittableRandom r = new SplittableRandom(seed);
        GroupingInstance.Builder b = GroupingInstance.builder(n, m);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                b.weight(i, j, Math.round(r.nextDouble(-20, 100)) / 4.0);
            }
        }
        for (int g = 0; g < m; g++) {
            b.sizeBounds(g, n / m - 1, n / m + 1);
        }
        return b.build();
    }

    /** Class bounds, fixed and forbidden assignments, checked from scratch (empty when all hold). */
    static java.util.List<String> brokenStructure(GroupingInstance in, int[] a) {
        return in.violations(a).stream().filter(v -> v.contains("class") || v.contains("must be in group")
                || v.contains("may not be") || v.contains("no group")).toList();
    }
}
