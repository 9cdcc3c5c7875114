package org.mentorkit.matching.core;

/** One way of scanning the relocations and swaps of the current assignment for the best admissible move. */
interface NeighbourhoodScan {

    /** Offers the moves this scan looks at to {@code choice} (which was reset before). */
    void scan(MoveChoice choice, int iteration);

    /**
     * The scan that suits an instance: bounded swaps for plain instances (no rules, preferences, spread or saturation
     * term, size-neutral scoring or size preference, fixed or forbidden items, one class, every group scored), a sampled candidate list
     * above {@code sampleAbove} free items, else the full scan.
     */
    static NeighbourhoodScan forInstance(GroupingInstance in, SearchState st, TabuList tabu,
            java.util.SplittableRandom rnd, int sampleAbove) {
        int[] free = in.freeItems();
        boolean allScored = true;
        for (boolean s : in.scored) {
            allScored &= s;
        }
        boolean plain = !st.hasRules && in.preferences == null && in.spreadPosition == null && in.saturation == null
                && in.neutral == null && in.sizePull == null && allScored && in.classes == 1 && in.forbidden == null && free.length == in.n;
        if (plain) {
            return new BoundedSwapScan(in, st, tabu);
        }
        return free.length > sampleAbove ? new SampledScan(in, st, free, rnd) : new FullScan(in, st, free);
    }
}
