package org.mentorkit.matching.core;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Tabu search over relocations and swaps with incremental sums, driven by a small memetic loop (population, group
 * crossover, tabu improvement, perturbation) in the spirit of TPSDP (Yang et al., EJOR 2022) and iterated maxima
 * search (Lai and Hao, EJOR 2016). Rules other than class bounds and fixed/forbidden assignments are penalties whose
 * weight oscillates: it grows while the current assignment breaks rules and shrinks while it keeps them, so the search
 * crosses infeasible regions but keeps returning to feasible ones.
 */
final class Engine {

    private static final double EPS = 1e-9;
    private static final int SAMPLE_ABOVE = 600;

    final GroupingInstance in;
    final SearchState st;
    private final SplittableRandom rnd;
    private final java.lang.management.ThreadMXBean cpuClock;
    private final long start;
    private final long deadline;
    private final BooleanSupplier cancelled;
    private final ProgressListener listener;
    private final int n;
    private final int m;
    private final boolean simple;
    private final int[] free; // items that are not fixed
    private final int[][] tabu;
    private final int[] sample;
    private static final int CANDIDATES = 4;
    private final int[] candidates = new int[CANDIDATES];
    private final double[] candidateGain = new double[CANDIDATES];
    private final double minWeight;
    private final double[][] delta;
    private final double[][] maxDelta;
    private final int[] bucket;
    private final int[] bucketStart;
    private final int[] bucketFill;
    private final double[] pairBound;
    private final int[] pairIndex;
    private final int[] pairA;
    private final int[] pairB;

    long iter;
    GroupingSolution.StopReason stop;
    private long lastReport;

    int[] bestFeasible;
    double bestFeasibleObjective = Double.NEGATIVE_INFINITY;
    long bestAt;
    private int[] leastBroken;
    private int leastBrokenCount = Integer.MAX_VALUE;
    private double leastBrokenObjective = Double.NEGATIVE_INFINITY;

    private double lambda;
    private final double lambdaMin;
    private final double lambdaMax;

    Engine(GroupingInstance in, SolverOptions options) {
        this.in = in;
        st = new SearchState(in);
        rnd = new SplittableRandom(options.seed());
        cpuClock = options.cpuTime() ? java.lang.management.ManagementFactory.getThreadMXBean() : null;
        start = now();
        deadline = start + options.timeLimit().toNanos();
        cancelled = options.cancelled();
        listener = options.listener();
        n = in.n;
        m = in.m;
        int nf = 0;
        for (int i = 0; i < n; i++) {
            if (in.fixed[i] < 0) {
                nf++;
            }
        }
        free = new int[nf];
        for (int i = 0, k = 0; i < n; i++) {
            if (in.fixed[i] < 0) {
                free[k++] = i;
            }
        }
        boolean allScored = true;
        for (boolean s : in.scored) {
            allScored &= s;
        }
        simple = !st.hasRules && in.preferences == null && in.spreadPosition == null && allScored && in.classes == 1 && in.forbidden == null
                && nf == n;
        tabu = new int[n][m];
        sample = new int[Math.min(nf, 64)];
        double lowest = 0;
        for (double[] row : in.weights) {
            for (double x : row) {
                lowest = Math.min(lowest, x);
            }
        }
        minWeight = lowest;
        delta = simple ? new double[n][m] : null;
        maxDelta = simple ? new double[m][m] : null;
        bucket = new int[n];
        bucketStart = new int[m + 1];
        bucketFill = new int[m];
        int pairCount = simple ? m * (m - 1) / 2 : 0;
        pairBound = new double[pairCount];
        pairIndex = new int[pairCount];
        pairA = new int[pairCount];
        pairB = new int[pairCount];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            double rowMax = 0;
            for (int j = 0; j < n; j++) {
                rowMax = Math.max(rowMax, Math.abs(in.weights[i][j]));
            }
            scale = Math.max(scale, rowMax);
            if (in.preferences != null) {
                for (int g = 0; g < m; g++) {
                    scale = Math.max(scale, Math.abs(in.preferences[i][g]));
                }
            }
        }
        scale = Math.max(scale, 1e-6);
        lambdaMin = scale;
        // A broken rule must outweigh the largest soft gain of one move (about two group-sizes of pair weights), but
        // not by orders of magnitude, or big instances that always break a few rules on the way stop optimising.
        int largestGroup = 0;
        for (int g = 0; g < m; g++) {
            int size = 0;
            for (int c = 0; c < in.classes; c++) {
                size += Math.min(n, in.upper[g][c]);
            }
            largestGroup = Math.max(largestGroup, Math.min(n, size));
        }
        lambdaMax = scale * 4 * (largestGroup + 1);
        lambda = scale * 4;
    }

    // ---------------------------------------------------------------- stopping and reporting

    boolean shouldStop() {
        if (stop != null) {
            return true;
        }
        if (cpuClock != null && (iter & 15) != 0) {
            return false;
        }
        long now = now();
        if (now >= deadline) {
            stop = GroupingSolution.StopReason.TIME_LIMIT;
            return true;
        }
        if ((iter & 31) == 0 && cancelled.getAsBoolean()) {
            stop = GroupingSolution.StopReason.CANCELLED;
            return true;
        }
        if (now - lastReport > 200_000_000L) {
            lastReport = now;
            report();
        }
        return false;
    }

    private long now() {
        return cpuClock != null ? cpuClock.getCurrentThreadCpuTime() : System.nanoTime();
    }

    void report() {
        double fraction = Math.min(1, (now() - start) / (double) (deadline - start));
        listener.onProgress(new SearchProgress(fraction, bestFeasible == null ? Double.NaN : bestFeasibleObjective,
                bestFeasible != null, iter));
    }

    long elapsedNanos() {
        return now() - start;
    }

    /** Records the current state if it is the best so far; returns whether it was. */
    private boolean record() {
        if (st.violations == 0) {
            if (st.objective > bar()) {
                bestFeasibleObjective = st.objective;
                if (bestFeasible == null) {
                    bestFeasible = new int[n];
                }
                System.arraycopy(st.group, 0, bestFeasible, 0, n);
                bestAt = elapsedNanos();
                return true;
            }
            return false;
        }
        if (bestFeasible == null && (st.violations < leastBrokenCount
                || st.violations == leastBrokenCount && st.objective > leastBrokenObjective + EPS)) {
            leastBrokenCount = st.violations;
            leastBrokenObjective = st.objective;
            leastBroken = st.group.clone();
            bestAt = elapsedNanos();
        }
        return false;
    }

    /** The objective a feasible assignment must beat to be a new best. */
    private double bar() {
        return bestFeasible == null ? Double.NEGATIVE_INFINITY
                : bestFeasibleObjective + EPS * (1 + Math.abs(bestFeasibleObjective));
    }

    int[] best() {
        if (bestFeasible == null && leastBroken == null) {
            return randomAssignment(); // stopped before any state was scored (a time limit used up by setup)
        }
        return bestFeasible != null ? bestFeasible.clone() : leastBroken.clone();
    }

    // ---------------------------------------------------------------- construction

    /** A random assignment that keeps class bounds, fixed and forbidden assignments. */
    int[] randomAssignment() {
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
        shuffle(order);
        if (in.forbidden != null) {
            // The most restricted items first, so that they still find a group with room.
            int[] allowedCount = new int[n];
            for (int i : order) {
                for (int g = 0; g < m; g++) {
                    allowedCount[i] += allowed(i, g) ? 1 : 0;
                }
            }
            order = Arrays.stream(order).boxed().sorted(java.util.Comparator.comparingInt(i -> allowedCount[i]))
                    .mapToInt(Integer::intValue).toArray();
        }
        // First meet every lower bound, then place the rest where there is room.
        for (int g = 0; g < m; g++) {
            for (int c = 0; c < in.classes; c++) {
                for (int k = 0; k < order.length && cnt[g][c] < in.lower[g][c]; k++) {
                    int i = order[k];
                    if (a[i] < 0 && in.itemClass[i] == c && allowed(i, g)) {
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
            shuffle(groups);
            int c = in.itemClass[i];
            for (int g : groups) {
                if (cnt[g][c] < in.upper[g][c] && allowed(i, g)) {
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

    private boolean allowed(int i, int g) {
        return in.forbidden == null || !in.forbidden[i][g];
    }

    private void shuffle(int[] a) {
        for (int k = a.length - 1; k > 0; k--) {
            int r = rnd.nextInt(k + 1);
            int t = a[k];
            a[k] = a[r];
            a[r] = t;
        }
    }

    /**
     * Group crossover: the child's groups are filled alternately from the parents, each time with the parent's group
     * whose still-unplaced items are most tightly connected; leftovers go greedily where they add most.
     */
    int[] crossover(int[] pa, int[] pb) {
        int[] child = new int[n];
        Arrays.fill(child, -1);
        int[][] cnt = new int[m][in.classes];
        int unplaced = n;
        for (int i = 0; i < n; i++) {
            if (in.fixed[i] >= 0) {
                child[i] = in.fixed[i];
                cnt[child[i]][in.itemClass[i]]++;
                unplaced--;
            }
        }
        boolean[] done = new boolean[m];
        int[] members = new int[n];
        for (int step = 0; step < m; step++) {
            int[] parent = (step & 1) == 0 ? pa : pb;
            int bestGroup = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int g = 0; g < m; g++) {
                if (done[g] || !in.scored[g]) {
                    continue;
                }
                int k = 0;
                for (int i = 0; i < n; i++) {
                    if (parent[i] == g && child[i] < 0) {
                        members[k++] = i;
                    }
                }
                double s = 0;
                for (int x = 0; x < k; x++) {
                    for (int y = x + 1; y < k; y++) {
                        s += in.weights[members[x]][members[y]];
                    }
                }
                double score = k == 0 ? Double.NEGATIVE_INFINITY : s / k + rnd.nextDouble() * EPS;
                if (bestGroup < 0 || score > bestScore) {
                    bestScore = score;
                    bestGroup = g;
                }
            }
            if (bestGroup < 0) {
                break;
            }
            done[bestGroup] = true;
            for (int i = 0; i < n; i++) {
                if (parent[i] == bestGroup && child[i] < 0) {
                    int c = in.itemClass[i];
                    if (cnt[bestGroup][c] < in.upper[bestGroup][c] && allowed(i, bestGroup)
                            && roomLeft(child, cnt, c, bestGroup)) {
                        child[i] = bestGroup;
                        cnt[bestGroup][c]++;
                        unplaced--;
                    }
                }
            }
        }
        if (unplaced > 0) {
            fillGreedily(child, cnt);
        }
        return child;
    }

    /** Whether one more class-{@code c} item may go to {@code g} and still leave enough for the other lower bounds. */
    private boolean roomLeft(int[] child, int[][] cnt, int c, int g) {
        int left = 0;
        for (int i = 0; i < n; i++) {
            if (child[i] < 0 && in.itemClass[i] == c) {
                left++;
            }
        }
        int deficit = 0;
        for (int h = 0; h < m; h++) {
            if (h != g) {
                deficit += Math.max(0, in.lower[h][c] - cnt[h][c]);
            }
        }
        return left - 1 >= deficit;
    }

    private void fillGreedily(int[] child, int[][] cnt) {
        double[][] gain = new double[n][m];
        for (int i = 0; i < n; i++) {
            if (child[i] < 0) {
                for (int j = 0; j < n; j++) {
                    if (child[j] >= 0) {
                        gain[i][child[j]] += in.weights[i][j];
                    }
                }
            }
        }
        int[] order = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (child[i] < 0) {
                order[k++] = i;
            }
        }
        order = Arrays.copyOf(order, k);
        shuffle(order);
        // Lower bounds first, so that no group is left short.
        for (int pass = 0; pass < 2; pass++) {
            for (int i : order) {
                if (child[i] >= 0) {
                    continue;
                }
                int c = in.itemClass[i];
                int target = -1;
                double best = Double.NEGATIVE_INFINITY;
                for (int g = 0; g < m; g++) {
                    boolean room = pass == 0 ? cnt[g][c] < in.lower[g][c] : cnt[g][c] < in.upper[g][c];
                    double v = gain[i][g] + (in.preferences == null ? 0 : in.preferences[i][g]);
                    if (room && allowed(i, g) && v > best) {
                        best = v;
                        target = g;
                    }
                }
                if (target >= 0) {
                    child[i] = target;
                    cnt[target][c]++;
                    for (int j = 0; j < n; j++) {
                        gain[j][target] += in.weights[i][j];
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (child[i] < 0) {
                throw new IllegalStateException("crossover left item " + i + " without a group");
            }
        }
    }

    // ---------------------------------------------------------------- tabu search

    /** Tabu search from the loaded state until {@code depth} iterations pass without a better local result. */
    void tabuSearch(int depth, int tenureMin, int tenureSpan) {
        double localBest = penalised();
        int idle = 0;
        while (idle < depth && !shouldStop()) {
            iter++;
            if (!step(tenureMin, tenureSpan)) {
                break;
            }
            adaptLambda();
            boolean improved = record();
            double p = penalised();
            if (improved || p > localBest + EPS * (1 + Math.abs(localBest))) {
                localBest = Math.max(localBest, p);
                idle = 0;
            } else {
                idle++;
            }
        }
    }

    private double penalised() {
        return st.objective - lambda * st.violations;
    }

    private void adaptLambda() {
        if (!st.hasRules) {
            return;
        }
        lambda = st.violations > 0 ? Math.min(lambdaMax, lambda * 1.05) : Math.max(lambdaMin, lambda / 1.02);
    }

    private int bestI;
    private int bestJ;
    private boolean bestIsSwap;
    private double bestScore;
    private int ties;

    private void consider(double score, int i, int j, boolean swap) {
        if (score > bestScore + EPS) {
            bestScore = score;
            ties = 1;
        } else if (score >= bestScore - EPS) {
            ties++;
            if (rnd.nextInt(ties) != 0) {
                return;
            }
        } else {
            return;
        }
        bestI = i;
        bestJ = j;
        bestIsSwap = swap;
    }

    /** One tabu step: applies the best admissible move; false if there is none. */
    private boolean step(int tenureMin, int tenureSpan) {
        bestScore = Double.NEGATIVE_INFINITY;
        ties = 0;
        bestI = -1;
        if (simple) {
            scanSimple();
        } else {
            scanGeneral();
        }
        if (bestI < 0) {
            return false;
        }
        int i = bestI;
        int a = st.group[i];
        int tenure = (int) iter + tenureMin + (tenureSpan > 0 ? rnd.nextInt(tenureSpan) : 0);
        if (bestIsSwap) {
            int j = bestJ;
            int b = st.group[j];
            st.swap(i, j);
            tabu[i][a] = tenure;
            tabu[j][b] = tenure;
        } else {
            st.move(i, bestJ);
            tabu[i][a] = tenure;
        }
        return true;
    }

    private void scanSimple() {
        final int[] g = st.group;
        final double[][] s = st.sums;
        final double[][] w = in.weights;
        final int it = (int) iter;
        final double aspire = bar() - st.objective;
        final int[] cnt0 = new int[m];
        boolean anyMove = false;
        for (int h = 0; h < m; h++) {
            cnt0[h] = st.count[h][0];
            anyMove |= in.lower[h][0] != in.upper[h][0];
        }
        if (anyMove) {
            for (int i = 0; i < n; i++) {
                int a = g[i];
                if (cnt0[a] <= in.lower[a][0]) {
                    continue;
                }
                double[] si = s[i];
                double sia = si[a];
                for (int b = 0; b < m; b++) {
                    if (b == a || cnt0[b] >= in.upper[b][0]) {
                        continue;
                    }
                    double gain = si[b] - sia;
                    if (gain < bestScore - EPS) {
                        continue;
                    }
                    if (tabu[i][b] > it && gain <= aspire) {
                        continue;
                    }
                    consider(gain, i, b, false);
                }
            }
        }
        // Swaps, group pair by group pair, best bound first: the best swap between groups a and b is at most
        // max_i(delta_i(b)) + max_j(delta_j(a)) - 2 * (smallest weight), so most pairs are never scanned.
        int[] head = bucketStart;
        Arrays.fill(head, 0);
        for (int i = 0; i < n; i++) {
            head[g[i] + 1]++;
        }
        for (int h = 0; h < m; h++) {
            head[h + 1] += head[h];
        }
        int[] fill = bucketFill;
        System.arraycopy(head, 0, fill, 0, m);
        for (int i = 0; i < n; i++) {
            bucket[fill[g[i]]++] = i;
        }
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
        sortByBound(pairs);
        for (int p = 0; p < pairs; p++) {
            int q = pairIndex[p];
            if (pairBound[q] < bestScore - EPS) {
                break;
            }
            int a = pairA[q];
            int b = pairB[q];
            double maxBA = maxDelta[b][a];
            for (int x = head[a]; x < head[a + 1]; x++) {
                int i = bucket[x];
                double dib = delta[i][b];
                if (dib + maxBA - 2 * minWeight < bestScore - EPS) {
                    continue;
                }
                double[] wi = w[i];
                int[] ti = tabu[i];
                boolean tabuI = ti[b] > it;
                for (int y = head[b]; y < head[b + 1]; y++) {
                    int j = bucket[y];
                    double gain = dib + delta[j][a] - 2 * wi[j];
                    if (gain < bestScore - EPS) {
                        continue;
                    }
                    if ((tabuI || tabu[j][a] > it) && gain <= aspire) {
                        continue;
                    }
                    if (i < j) {
                        consider(gain, i, j, true);
                    } else {
                        consider(gain, j, i, true);
                    }
                }
            }
        }
    }

    private void sortByBound(int pairs) {
        // Insertion sort of indices by bound, descending: few pairs, nearly sorted from one step to the next.
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
    }

    private void scanGeneral() {
        if (free.length > SAMPLE_ABOVE) {
            scanSampled();
            return;
        }
        final int[] g = st.group;
        final int it = (int) iter;
        final int[] outer = free;
        final boolean rules = st.hasRules;
        for (int i : outer) {
            int a = g[i];
            int c = in.itemClass[i];
            if (st.count[a][c] <= in.lower[a][c]) {
                continue;
            }
            for (int b = 0; b < m; b++) {
                considerMove(i, a, b, c, it, rules);
            }
        }
        for (int x = 0; x < outer.length; x++) {
            int i = outer[x];
            for (int y = x + 1; y < free.length; y++) {
                considerSwap(i, free[y], it, rules);
            }
        }
    }

    private void considerMove(int i, int a, int b, int c, int it, boolean rules) {
        if (b == a || st.count[b][c] >= in.upper[b][c] || !allowed(i, b)) {
            return;
        }
        double gain = st.moveGain(i, b);
        int dv = rules ? st.moveViolationDelta(i, b) : 0;
        double score = gain - lambda * dv;
        if (score < bestScore - EPS) {
            return;
        }
        if (tabu[i][b] > it && !aspires(gain, dv)) {
            return;
        }
        consider(score, i, b, false);
    }

    private void considerSwap(int i, int j, int it, boolean rules) {
        int a = st.group[i];
        int b = st.group[j];
        if (b == a || in.itemClass[j] != in.itemClass[i] || in.fixed[j] >= 0 || !allowed(i, b) || !allowed(j, a)) {
            return;
        }
        double gain = st.swapGain(i, j);
        int dv = rules ? st.swapViolationDelta(i, j) : 0;
        double score = gain - lambda * dv;
        if (score < bestScore - EPS) {
            return;
        }
        if ((tabu[i][b] > it || tabu[j][a] > it) && !aspires(gain, dv)) {
            return;
        }
        consider(score, i, j, true);
    }

    /**
     * Big instances: a random sample of items, each tried against the few groups it is most drawn to (a candidate
     * list), plus the groups of the rules it is in when the current assignment breaks rules.
     */
    private void scanSampled() {
        final int[] g = st.group;
        final int it = (int) iter;
        final boolean rules = st.hasRules;
        int[] head = bucketStart;
        Arrays.fill(head, 0);
        for (int i = 0; i < n; i++) {
            head[g[i] + 1]++;
        }
        for (int h = 0; h < m; h++) {
            head[h + 1] += head[h];
        }
        System.arraycopy(head, 0, bucketFill, 0, m);
        for (int i = 0; i < n; i++) {
            bucket[bucketFill[g[i]]++] = i;
        }
        for (int k = 0; k < sample.length; k++) {
            int i = free[rnd.nextInt(free.length)];
            int a = g[i];
            int c = in.itemClass[i];
            int found = 0;
            Arrays.fill(candidates, -1);
            Arrays.fill(candidateGain, Double.NEGATIVE_INFINITY);
            for (int b = 0; b < m; b++) {
                if (b == a) {
                    continue;
                }
                double gain = st.moveGain(i, b) + rnd.nextDouble() * 1e-12;
                if (gain > candidateGain[CANDIDATES - 1]) {
                    int pos = CANDIDATES - 1;
                    while (pos > 0 && candidateGain[pos - 1] < gain) {
                        candidateGain[pos] = candidateGain[pos - 1];
                        candidates[pos] = candidates[pos - 1];
                        pos--;
                    }
                    candidateGain[pos] = gain;
                    candidates[pos] = b;
                    found++;
                }
            }
            if (rules && st.violations > 0) {
                // Also a random group, so that moves needed only by the rules stay reachable.
                candidates[CANDIDATES - 1] = rnd.nextInt(m);
            }
            for (int x = 0; x < CANDIDATES && x < Math.max(found, CANDIDATES); x++) {
                int b = candidates[x];
                if (b < 0 || b == a) {
                    continue;
                }
                if (st.count[a][c] > in.lower[a][c]) {
                    considerMove(i, a, b, c, it, rules);
                }
                for (int y = head[b]; y < head[b + 1]; y++) {
                    considerSwap(i, bucket[y], it, rules);
                }
            }
        }
    }

    private boolean aspires(double gain, int dv) {
        return st.violations + dv == 0 && st.objective + gain > bar();
    }

    // ---------------------------------------------------------------- perturbation

    /** Random swaps of free items of the same class between different groups. */
    void perturb(int swaps) {
        for (int k = 0; k < swaps; k++) {
            for (int attempt = 0; attempt < 20; attempt++) {
                int i = free[rnd.nextInt(free.length)];
                int j = free[rnd.nextInt(free.length)];
                int a = st.group[i];
                int b = st.group[j];
                if (a != b && in.itemClass[i] == in.itemClass[j] && allowed(i, b) && allowed(j, a)) {
                    st.swap(i, j);
                    break;
                }
            }
        }
        Arrays.stream(tabu).forEach(row -> Arrays.fill(row, 0));
    }

    SplittableRandom random() {
        return rnd;
    }

    void load(int[] assignment) {
        st.load(assignment);
        record();
    }
}
