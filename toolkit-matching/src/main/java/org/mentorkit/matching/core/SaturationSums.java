package org.mentorkit.matching.core;

/**
 * The search's incremental view of a {@link SaturationTerm}: {@code sums[i][g]} is the total saturation value from
 * item {@code i} to the members of group {@code g} (as {@link SearchState#sums} is for the pair weights), with the
 * total over the pairs inside scored groups and their number, so that a move's or a swap's change of the term is
 * exact in O(1) and applying one costs O(n).
 */
final class SaturationSums {

    private final SaturationTerm term;
    private final boolean[] scored;
    private final int n;
    private final double[][] sums;
    private double total; // saturation value of the pairs inside scored groups
    private double pairs; // the number of those pairs

    SaturationSums(SaturationTerm term, boolean[] scored, int n) {
        this.term = term;
        this.scored = scored;
        this.n = n;
        sums = new double[n][scored.length];
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
    }
}
