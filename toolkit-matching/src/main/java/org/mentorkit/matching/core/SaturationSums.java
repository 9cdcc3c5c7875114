package org.mentorkit.matching.core;

/**
 * The search's incremental view of a {@link SaturationTerm}: {@code sums[i][g]} is the total saturation value from
 * item {@code i} to the members of group {@code g} (as {@link SearchState#sums} is for the pair weights), with the
 * total over the pairs inside scored groups and their number, so that a move's or a swap's change of the term is
 * exact in O(1) and applying one costs O(n). With {@link SizeNeutral size-neutral} scoring each scored group's total
 * is kept too, and the term sees the groups' totals and pair counts scaled by their sizes' factors.
 */
final class SaturationSums {

    private final SaturationTerm term;
    private final boolean[] scored;
    private final int n;
    private final double[][] sums;
    private double total; // saturation value of the pairs inside scored groups
    private double pairs; // the number of those pairs
    private final SizeNeutral neutral; // null: plain totals
    private final double[] groupTotal; // with size-neutral scoring: each group's own total, unscaled

    SaturationSums(SaturationTerm term, boolean[] scored, int n, SizeNeutral neutral) {
        this.term = term;
        this.scored = scored;
        this.n = n;
        this.neutral = neutral;
        sums = new double[n][scored.length];
        groupTotal = new double[scored.length];
    }

    /** Recomputes everything for an assignment whose group sizes are {@code size}. */
    void load(int[] group, int[] size) {
        total = 0;
        for (int i = 0; i < n; i++) {
            double[] row = term.values[i];
            double[] si = sums[i];
            java.util.Arrays.fill(si, 0);
            for (int j = 0; j < n; j++) {
                si[group[j]] += row[j];
            }
            if (scored[group[i]]) {
                total += si[group[i]] / 2; // each pair is seen from both ends
            }
        }
        pairs = 0;
        for (int g = 0; g < size.length; g++) {
            pairs += scored[g] ? SaturationTerm.pairs(size[g]) : 0;
        }
        if (neutral != null) {
            java.util.Arrays.fill(groupTotal, 0);
            for (int i = 0; i < n; i++) {
                groupTotal[group[i]] += sums[i][group[i]] / 2;
            }
            rescale(size, -1, -1);
        }
    }

    /**
     * The scaled total and pair count from the groups' own totals, in O(groups) (no drift over a long search), with
     * one item moved from group {@code a} to {@code b} since {@code size} was counted (-1, -1: none).
     */
    private void rescale(int[] size, int a, int b) {
        total = 0;
        pairs = 0;
        for (int g = 0; g < size.length; g++) {
            int k = size[g] - (g == a ? 1 : 0) + (g == b ? 1 : 0);
            if (scored[g]) {
                total += neutral.scale(k) * groupTotal[g];
                pairs += neutral.pairs(k);
            }
        }
    }

    /** The term's change when item {@code i} moves from group {@code a} to {@code b} (sizes before the move). */
    double moveGain(int i, int a, int b, int[] size) {
        return gain(a, -sums[i][a], -1, b, sums[i][b], 1, size);
    }

    /** The term's change when items {@code i} (in {@code a}) and {@code j} (in {@code b}) swap groups. */
    double swapGain(int i, int j, int a, int b, int[] size) {
        // Each group loses one item and gains the other; the pair i-j is inside neither group, before and after.
        double vij = term.values[i][j];
        return gain(a, sums[j][a] - vij - sums[i][a], 0, b, sums[i][b] - vij - sums[j][b], 0, size);
    }

    private double gain(int a, double changeA, int growA, int b, double changeB, int growB, int[] size) {
        double t = total;
        double p = pairs;
        if (neutral != null) {
            if (scored[a]) {
                t += neutral.scale(size[a] + growA) * (groupTotal[a] + changeA) - neutral.scale(size[a]) * groupTotal[a];
                p += neutral.pairs(size[a] + growA) - neutral.pairs(size[a]);
            }
            if (scored[b]) {
                t += neutral.scale(size[b] + growB) * (groupTotal[b] + changeB) - neutral.scale(size[b]) * groupTotal[b];
                p += neutral.pairs(size[b] + growB) - neutral.pairs(size[b]);
            }
            return term.value(t, p) - term.value(total, pairs);
        }
        if (scored[a]) {
            t += changeA;
            p += SaturationTerm.pairs(size[a] + growA) - SaturationTerm.pairs(size[a]);
        }
        if (scored[b]) {
            t += changeB;
            p += SaturationTerm.pairs(size[b] + growB) - SaturationTerm.pairs(size[b]);
        }
        return term.value(t, p) - term.value(total, pairs);
    }

    /** Applies item {@code i}'s move from group {@code a} to {@code b} (sizes before the move). */
    void shift(int i, int a, int b, int[] size) {
        groupTotal[a] -= sums[i][a];
        groupTotal[b] += sums[i][b];
        if (scored[a]) {
            total -= sums[i][a];
            pairs -= size[a] - 1;
        }
        if (scored[b]) {
            total += sums[i][b];
            pairs += size[b];
        }
        double[] row = term.values[i];
        for (int k = 0; k < n; k++) {
            double[] sk = sums[k];
            double x = row[k];
            sk[a] -= x;
            sk[b] += x;
        }
        if (neutral != null) {
            rescale(size, a, b);
        }
    }
}
