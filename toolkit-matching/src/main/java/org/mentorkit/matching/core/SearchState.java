package org.mentorkit.matching.core;

/**
 * A complete assignment with the sums that make move evaluation cheap: {@code sums[i][g]} is the total weight from
 * item {@code i} to the members of group {@code g}. Moving one item costs O(n) to update; evaluating a move or a swap
 * costs O(1) plus O(rules the items are in) when the instance has pair or non-isolation rules.
 */
final class SearchState {

    final GroupingInstance in;
    final int n;
    final int m;
    final double[][] w;
    final double[][] pref;
    final boolean[] scored;
    final int[] cls;
    final int[] group;
    final double[][] sums;
    final int[][] count; // [group][class]
    double objective;
    int violations;

    final boolean hasRules;
    private final boolean hasSpread;
    private final int[][] members; // [group][k], only with a spread term
    private final int[] size;
    private final double[] spread; // current largest distance per group
    private final double[] spreadValue; // in.spreadTerm.value(spread[g]), kept with it
    private final int[] slot; // item -> its index in members[group], only with a spread term
    private final double[][] without; // [group][k]: the group's spread without members[group][k] (scored groups)
    private final double[][] relief; // [group][k]: what the group's spread term gains by losing members[group][k]
    private final SaturationSums saturation; // null without a saturation term
    private final SizeNeutral neutral; // null unless scoring is size-neutral
    private final EvenSizePull sizePull; // null without a preference for the even size
    private final double[] pairTotal; // [group]: the pair weights inside it (kept with size-neutral scoring)
    private final int[][] apartOf;
    private final int[][] togetherOf;
    private final int[][] rulesOf;
    private final boolean[][] inRule; // [rule][item]
    private final int[][] ruleCount; // [rule][group]

    SearchState(GroupingInstance in) {
        this.in = in;
        n = in.n;
        m = in.m;
        w = in.weights;
        pref = in.preferences;
        scored = in.scored;
        cls = in.itemClass;
        group = new int[n];
        sums = new double[n][m];
        count = new int[m][in.classes];
        hasSpread = in.spreadPosition != null;
        members = hasSpread ? new int[m][n] : null;
        size = new int[m];
        neutral = in.neutral;
        sizePull = in.sizePull;
        pairTotal = new double[m];
        saturation = in.saturation == null ? null : new SaturationSums(in.saturation, scored, n, in.neutral);
        spread = new double[m];
        spreadValue = new double[m];
        slot = hasSpread ? new int[n] : null;
        without = hasSpread ? new double[m][n] : null;
        relief = hasSpread ? new double[m][n] : null;
        hasRules = in.apart.length + in.together.length + in.nonIsolation.length > 0;
        apartOf = partners(in.apart, n);
        togetherOf = partners(in.together, n);
        int rules = in.nonIsolation.length;
        inRule = new boolean[rules][n];
        ruleCount = new int[rules][m];
        int[] per = new int[n];
        for (int r = 0; r < rules; r++) {
            for (int i : in.nonIsolation[r]) {
                if (!inRule[r][i]) {
                    inRule[r][i] = true;
                    per[i]++;
                }
            }
        }
        rulesOf = new int[n][];
        for (int i = 0; i < n; i++) {
            rulesOf[i] = new int[per[i]];
            int k = 0;
            for (int r = 0; r < rules; r++) {
                if (inRule[r][i]) {
                    rulesOf[i][k++] = r;
                }
            }
        }
    }

    private static int[][] partners(int[][] pairs, int n) {
        int[] deg = new int[n];
        for (int[] p : pairs) {
            if (p[0] != p[1]) {
                deg[p[0]]++;
                deg[p[1]]++;
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new int[deg[i]];
        }
        int[] k = new int[n];
        for (int[] p : pairs) {
            if (p[0] != p[1]) {
                out[p[0]][k[p[0]]++] = p[1];
                out[p[1]][k[p[1]]++] = p[0];
            }
        }
        return out;
    }

    /** Loads an assignment and recomputes every sum and count from scratch. */
    void load(int[] assignment) {
        System.arraycopy(assignment, 0, group, 0, n);
        for (int[] c : count) {
            java.util.Arrays.fill(c, 0);
        }
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sums[i], 0);
        }
        for (int i = 0; i < n; i++) {
            count[group[i]][cls[i]]++;
            double[] row = w[i];
            for (int j = 0; j < n; j++) {
                sums[i][group[j]] += row[j];
            }
        }
        objective = in.objective(group);
        java.util.Arrays.fill(pairTotal, 0);
        for (int i = 0; i < n; i++) {
            pairTotal[group[i]] += sums[i][group[i]] / 2; // each pair is seen from both ends
        }
        for (int[] rc : ruleCount) {
            java.util.Arrays.fill(rc, 0);
        }
        for (int r = 0; r < inRule.length; r++) {
            for (int i = 0; i < n; i++) {
                if (inRule[r][i]) {
                    ruleCount[r][group[i]]++;
                }
            }
        }
        violations = countViolations();
        java.util.Arrays.fill(size, 0);
        for (int i = 0; i < n; i++) {
            if (hasSpread) {
                slot[i] = size[group[i]];
                members[group[i]][size[group[i]]] = i;
            }
            size[group[i]]++;
        }
        if (saturation != null) {
            saturation.load(group, size);
        }
        if (hasSpread) {
            for (int g = 0; g < m; g++) {
                refreshSpread(g);
            }
        }
    }

    /**
     * Recomputes group {@code g}'s spread, and for a scored group its spread without each member and what losing that
     * member gains, in O(size^2): only the two members of the widest pair can change the spread when they leave.
     */
    private void refreshSpread(int g) {
        int[] mg = members[g];
        int k = size[g];
        double max = 0;
        int u = -1;
        int v = -1;
        for (int x = 0; x < k; x++) {
            for (int y = x + 1; y < k; y++) {
                double d = in.spreadTerm.distance(mg[x], mg[y]);
                if (d > max || u < 0) {
                    max = d;
                    u = x;
                    v = y;
                }
            }
        }
        spread[g] = max;
        spreadValue[g] = in.spreadTerm.value(max);
        double[] wg = without[g];
        double[] rg = relief[g];
        for (int x = 0; x < k; x++) {
            boolean extreme = scored[g] && (x == u || x == v);
            wg[x] = extreme ? in.spreadTerm.spread(mg, k, mg[x], -1) : max;
            rg[x] = extreme ? in.spreadTerm.value(wg[x]) - spreadValue[g] : 0;
        }
    }

    /** The largest distance from item {@code j} to the members of {@code g} other than {@code skip}. */
    private double farthest(int g, int j, int skip) {
        int[] mg = members[g];
        double max = 0;
        for (int x = 0; x < size[g]; x++) {
            int y = mg[x];
            if (y != skip) {
                max = Math.max(max, in.spreadTerm.distance(y, j));
            }
        }
        return max;
    }

    // Exact, in O(size): a group's spread after losing i and gaining j is the larger of its spread without i and the
    // farthest distance from j to the members that stay.
    private double spreadMoveGain(int i, int a, int b) {
        double gain = 0;
        if (scored[a]) {
            gain += in.spreadTerm.value(without[a][slot[i]]) - spreadValue[a];
        }
        if (scored[b]) {
            gain += in.spreadTerm.value(Math.max(spread[b], farthest(b, i, -1))) - spreadValue[b];
        }
        return gain;
    }

    private double spreadSwapGain(int i, int j) {
        int a = group[i];
        int b = group[j];
        double gain = 0;
        if (scored[a]) {
            gain += in.spreadTerm.value(Math.max(without[a][slot[i]], farthest(a, j, i))) - spreadValue[a];
        }
        if (scored[b]) {
            gain += in.spreadTerm.value(Math.max(without[b][slot[j]], farthest(b, i, j))) - spreadValue[b];
        }
        return gain;
    }

    private int countViolations() {
        int v = 0;
        for (int[] p : in.apart) {
            if (p[0] != p[1] && group[p[0]] == group[p[1]] && scored[group[p[0]]]) {
                v++;
            }
        }
        for (int[] p : in.together) {
            if (group[p[0]] != group[p[1]]) {
                v++;
            }
        }
        for (int[] rc : ruleCount) {
            for (int g = 0; g < m; g++) {
                if (rc[g] == 1 && scored[g]) {
                    v++;
                }
            }
        }
        return v;
    }

    /** Objective change of moving item {@code i} to group {@code b}. */
    double moveGain(int i, int b) {
        double gain = moveBaseGain(i, b);
        if (hasSpread) {
            gain += spreadMoveGain(i, group[i], b);
        }
        return gain;
    }

    /**
     * {@link #moveGain} without the group-level spread term (pair weights, preferences and the saturation term, which
     * is exact here): O(1).
     */
    double moveBaseGain(int i, int b) {
        int a = group[i];
        double[] s = sums[i];
        double gain = neutral != null ? neutralMoveGain(i, a, b)
                : (scored[b] ? s[b] : 0) - (scored[a] ? s[a] : 0);
        if (pref != null) {
            gain += pref[i][b] - pref[i][a];
        }
        if (saturation != null) {
            gain += saturation.moveGain(i, a, b, size);
        }
        if (sizePull != null) { // a swap keeps sizes, so only relocations see this term
            gain += (scored[a] ? sizePull.change(size[a], -1) : 0) + (scored[b] ? sizePull.change(size[b], 1) : 0);
        }
        return gain;
    }

    // Size-neutral pair weights: a group's pair total times its size's factor, before and after; sizes change here.
    private double neutralMoveGain(int i, int a, int b) {
        double gain = 0;
        if (scored[a]) {
            gain += neutral.scale(size[a] - 1) * (pairTotal[a] - sums[i][a]) - neutral.scale(size[a]) * pairTotal[a];
        }
        if (scored[b]) {
            gain += neutral.scale(size[b] + 1) * (pairTotal[b] + sums[i][b]) - neutral.scale(size[b]) * pairTotal[b];
        }
        return gain;
    }

    /**
     * The most the spread term can gain by relocating item {@code i}: what its group gains by losing it (a group that
     * gains a member never narrows). {@code moveBaseGain + moveRelief} bounds the move's gain, so a scan can skip the
     * spread computation of moves that cannot be the best. 0 without a spread term, and for every member but the two
     * farthest apart in its group: O(1).
     */
    double moveRelief(int i) {
        return hasSpread ? relief[group[i]][slot[i]] : 0;
    }

    /** As {@link #moveRelief}, for swapping {@code i} and {@code j}: what each group gains at most by losing its item. */
    double swapRelief(int i, int j) {
        return hasSpread ? relief[group[i]][slot[i]] + relief[group[j]][slot[j]] : 0;
    }

    /** Whether the instance has a group-level spread term. */
    boolean hasSpread() {
        return hasSpread;
    }

    /** Objective change of swapping items {@code i} and {@code j} (in different groups). */
    double swapGain(int i, int j) {
        double gain = swapBaseGain(i, j);
        if (hasSpread) {
            gain += spreadSwapGain(i, j);
        }
        return gain;
    }

    /** {@link #swapGain} without the group-level spread term (with the saturation term, exact): O(1). */
    double swapBaseGain(int i, int j) {
        int a = group[i];
        int b = group[j];
        double wij = w[i][j];
        double gain = 0;
        // A swap keeps both sizes: with size-neutral scoring each group's change counts its size's factor.
        if (scored[b]) {
            double change = sums[i][b] - wij - sums[j][b];
            gain += neutral == null ? change : neutral.scale(size[b]) * change;
        }
        if (scored[a]) {
            double change = sums[j][a] - wij - sums[i][a];
            gain += neutral == null ? change : neutral.scale(size[a]) * change;
        }
        if (pref != null) {
            gain += pref[i][b] - pref[i][a] + pref[j][a] - pref[j][b];
        }
        if (saturation != null) {
            gain += saturation.swapGain(i, j, a, b, size);
        }
        return gain;
    }

    /** Change in the number of broken pair and non-isolation rules when item {@code i} moves to group {@code b}. */
    int moveViolationDelta(int i, int b) {
        if (!hasRules) {
            return 0;
        }
        int a = group[i];
        int d = 0;
        for (int p : apartOf[i]) {
            int gp = group[p];
            d += (gp == b && scored[b] ? 1 : 0) - (gp == a && scored[a] ? 1 : 0);
        }
        for (int p : togetherOf[i]) {
            int gp = group[p];
            d += (gp != b ? 1 : 0) - (gp != a ? 1 : 0);
        }
        for (int r : rulesOf[i]) {
            d += isolationChange(r, a, -1) + isolationChange(r, b, +1);
        }
        return d;
    }

    /** Change in the number of broken rules when items {@code i} and {@code j} swap groups. */
    int swapViolationDelta(int i, int j) {
        if (!hasRules) {
            return 0;
        }
        int a = group[i];
        int b = group[j];
        int d = 0;
        for (int p : apartOf[i]) {
            if (p != j) {
                int gp = group[p];
                d += (gp == b && scored[b] ? 1 : 0) - (gp == a && scored[a] ? 1 : 0);
            }
        }
        for (int p : apartOf[j]) {
            if (p != i) {
                int gp = group[p];
                d += (gp == a && scored[a] ? 1 : 0) - (gp == b && scored[b] ? 1 : 0);
            }
        }
        for (int p : togetherOf[i]) {
            if (p != j) {
                int gp = group[p];
                d += (gp != b ? 1 : 0) - (gp != a ? 1 : 0);
            }
        }
        for (int p : togetherOf[j]) {
            if (p != i) {
                int gp = group[p];
                d += (gp != a ? 1 : 0) - (gp != b ? 1 : 0);
            }
        }
        for (int r : rulesOf[i]) {
            if (!inRule[r][j]) {
                d += isolationChange(r, a, -1) + isolationChange(r, b, +1);
            }
        }
        for (int r : rulesOf[j]) {
            if (!inRule[r][i]) {
                d += isolationChange(r, b, -1) + isolationChange(r, a, +1);
            }
        }
        return d;
    }

    private int isolationChange(int r, int g, int delta) {
        if (!scored[g]) {
            return 0;
        }
        int c = ruleCount[r][g];
        return (c + delta == 1 ? 1 : 0) - (c == 1 ? 1 : 0);
    }

    /** Moves item {@code i} to group {@code b}. */
    void move(int i, int b) {
        int a = group[i];
        objective += moveGain(i, b);
        violations += moveViolationDelta(i, b);
        shift(i, a, b);
    }

    /** Swaps the groups of items {@code i} and {@code j}. */
    void swap(int i, int j) {
        int a = group[i];
        int b = group[j];
        objective += swapGain(i, j);
        violations += swapViolationDelta(i, j);
        shift(i, a, b);
        shift(j, b, a);
    }

    private void shift(int i, int a, int b) {
        pairTotal[a] -= sums[i][a];
        pairTotal[b] += sums[i][b];
        double[] row = w[i];
        double[][] s = sums;
        for (int k = 0; k < n; k++) {
            double[] sk = s[k];
            double x = row[k];
            sk[a] -= x;
            sk[b] += x;
        }
        group[i] = b;
        count[a][cls[i]]--;
        count[b][cls[i]]++;
        for (int r : rulesOf[i]) {
            ruleCount[r][a]--;
            ruleCount[r][b]++;
        }
        if (saturation != null) {
            saturation.shift(i, a, b, size);
        }
        size[a]--;
        if (hasSpread) {
            int[] ma = members[a];
            int last = ma[size[a]];
            ma[slot[i]] = last;
            slot[last] = slot[i];
            slot[i] = size[b];
            members[b][size[b]] = i;
        }
        size[b]++;
        if (hasSpread) {
            refreshSpread(a);
            refreshSpread(b);
        }
    }
}
