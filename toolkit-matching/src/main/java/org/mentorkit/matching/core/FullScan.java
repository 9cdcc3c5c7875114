package org.mentorkit.matching.core;

/** Every relocation and every swap of free items: exact, O(free items^2) per step (small and medium instances). */
final class FullScan implements NeighbourhoodScan {

    private final GroupingInstance in;
    private final SearchState st;
    private final int[] free;

    FullScan(GroupingInstance in, SearchState st, int[] free) {
        this.in = in;
        this.st = st;
        this.free = free.clone();
    }

    @Override
    public void scan(MoveChoice choice, int iteration) {
        for (int i : free) {
            int a = st.group[i];
            int c = in.itemClass[i];
            if (st.count[a][c] <= in.lower[a][c]) {
                continue;
            }
            for (int b = 0; b < in.m; b++) {
                choice.considerMove(i, a, b, c, iteration);
            }
        }
        for (int x = 0; x < free.length; x++) {
            int i = free[x];
            for (int y = x + 1; y < free.length; y++) {
                choice.considerSwap(i, free[y], iteration);
            }
        }
    }
}
