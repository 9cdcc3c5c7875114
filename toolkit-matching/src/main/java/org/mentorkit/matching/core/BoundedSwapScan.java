package org.mentorkit.matching.core;

import java.util.Arrays;

/**
 * The scan for plain instances (no rules, no preferences, no spread term, one class, every item free and every group
 * scored), exact but fast: every relocation, then swaps group pair by group pair in order of an upper bound on the
 * best swap between the two groups, max_i(delta_i(b)) + max_j(delta_j(a)) - 2 x (smallest weight), so that most pairs
 * are never scanned once a good move is known.
 */
final class BoundedSwapScan implements NeighbourhoodScan {

    private static final double EPS = MoveChoice.EPS;

    private final GroupingInstance in;
    private final SearchState st;
    private final TabuList tabu;
    private final int n;
    private final int m;
    private final double minWeight;
    private final double[][] delta; // [item][group]: gain of moving the item there
    private final double[][] maxDelta; // [from group][to group]
    private final GroupBuckets buckets;
    private final double[] pairBound;
    private final int[] pairIndex;
    private final int[] pairA;
    private final int[] pairB;
    private final int[] count;

    BoundedSwapScan(GroupingInstance in, SearchState st, TabuList tabu) {
        this.in = in;
        this.st = st;
        this.tabu = tabu;
        n = in.n;
        m = in.m;
        double lowest = 0;
        for (double[] row : in.weights) {
            for (double x : row) {
                lowest = Math.min(lowest, x);
            }
        }
        minWeight = lowest;
        delta = new double[n][m];
        maxDelta = new double[m][m];
        buckets = new GroupBuckets(n, m);
        int pairs = m * (m - 1) / 2;
        pairBound = new double[pairs];
        pairIndex = new int[pairs];
        pairA = new int[pairs];
        pairB = new int[pairs];
        count = new int[m];
    }

    @Override
    public void scan(MoveChoice choice, int iteration) {
        double aspire = choice.aspirationGain();
        relocations(choice, iteration, aspire);
        computeDeltas();
        int pairs = sortGroupPairsByBound();
        final double[][] w = in.weights;
        for (int p = 0; p < pairs; p++) {
            int q = pairIndex[p];
            if (pairBound[q] < choice.score() - EPS) {
                break;
            }
            int a = pairA[q];
            int b = pairB[q];
            double maxBA = maxDelta[b][a];
            for (int x = buckets.start(a); x < buckets.end(a); x++) {
                int i = buckets.item(x);
                double dib = delta[i][b];
                if (dib + maxBA - 2 * minWeight < choice.score() - EPS) {
                    continue;
                }
                double[] wi = w[i];
                boolean tabuI = tabu.row(i)[b] > iteration;
                for (int y = buckets.start(b); y < buckets.end(b); y++) {
                    int j = buckets.item(y);
                    double gain = dib + delta[j][a] - 2 * wi[j];
                    if (gain < choice.score() - EPS) {
                        continue;
                    }
                    if ((tabuI || tabu.row(j)[a] > iteration) && gain <= aspire) {
                        continue;
                    }
                    if (i < j) {
                        choice.offer(gain, i, j, true);
                    } else {
                        choice.offer(gain, j, i, true);
                    }
                }
            }
        }
    }

    private void relocations(MoveChoice choice, int iteration, double aspire) {
        boolean anyMove = false;
        for (int h = 0; h < m; h++) {
            count[h] = st.count[h][0];
            anyMove |= in.lower[h][0] != in.upper[h][0];
        }
        if (!anyMove) {
            return;
        }
        final int[] g = st.group;
        final double[][] s = st.sums;
        for (int i = 0; i < n; i++) {
            int a = g[i];
            if (count[a] <= in.lower[a][0]) {
                continue;
            }
            double[] si = s[i];
            double sia = si[a];
            int[] ti = tabu.row(i);
            for (int b = 0; b < m; b++) {
                if (b == a || count[b] >= in.upper[b][0]) {
                    continue;
                }
                double gain = si[b] - sia;
                if (gain < choice.score() - EPS) {
                    continue;
                }
                if (ti[b] > iteration && gain <= aspire) {
                    continue;
                }
                choice.offer(gain, i, b, false);
            }
        }
    }

    /** delta[i][b] = gain of moving i to b, and maxDelta[a][b] = the largest such gain out of group a. */
    private void computeDeltas() {
        final int[] g = st.group;
        final double[][] s = st.sums;
        buckets.fill(g);
        for (int h = 0; h < m; h++) {
            Arrays.fill(maxDelta[h], Double.NEGATIVE_INFINITY);
        }
        for (int i = 0; i < n; i++) {
            int a = g[i];
            double[] si = s[i];
            double[] di = delta[i];
            double[] ma = maxDelta[a];
            double sia = si[a];
            for (int b = 0; b < m; b++) {
                double d = si[b] - sia;
                di[b] = d;
                if (d > ma[b]) {
                    ma[b] = d;
                }
            }
        }
    }

    /** Orders the group pairs by their bound, best first; returns how many there are. */
    private int sortGroupPairsByBound() {
        int pairs = 0;
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                pairBound[pairs] = maxDelta[a][b] + maxDelta[b][a] - 2 * minWeight;
                pairIndex[pairs] = pairs;
                pairA[pairs] = a;
                pairB[pairs] = b;
                pairs++;
            }
        }
        // Insertion sort of indices: m(m - 1)/2 pairs, few enough.
        for (int x = 1; x < pairs; x++) {
            int q = pairIndex[x];
            double v = pairBound[q];
            int y = x - 1;
            while (y >= 0 && pairBound[pairIndex[y]] < v) {
                pairIndex[y + 1] = pairIndex[y];
                y--;
            }
            pairIndex[y + 1] = q;
        }
        return pairs;
    }
}
