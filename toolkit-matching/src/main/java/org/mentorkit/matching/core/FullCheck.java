package org.mentorkit.matching.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain full evaluation of a complete assignment behind {@link GroupingInstance#objective(int[])} and
 * {@link GroupingInstance#violations(int[])}: every sum and rule recomputed from scratch, in O(n squared), for reports
 * and tests; the search keeps its own incremental counts ({@link SearchState}).
 */
final class FullCheck {

    private FullCheck() {
    }

    /**
     * Pair weights in scored groups, every item's preference, each scored group's spread term and the saturation term
     * when set; with {@link SizeNeutral size-neutral} scoring each group's pair sums scaled by its size's factor.
     */
    static double objective(GroupingInstance in, int[] assignment) {
        double total = 0;
        double[] spreadMax = new double[in.m];
        double[] groupSaturation = new double[in.m]; // the total saturation value of the pairs inside each group
        int[] size = new int[in.m];
        double[] groupPairs = new double[in.m]; // the pair weights inside each group, with size-neutral scoring
        for (int i = 0; i < in.n; i++) {
            int g = assignment[i];
            if (in.preferences != null) {
                total += in.preferences[i][g];
            }
            size[g]++;
            if (!in.scored[g]) {
                continue;
            }
            if (in.spreadPosition != null) {
                for (int j = i + 1; j < in.n; j++) {
                    if (assignment[j] == g) {
                        spreadMax[g] = Math.max(spreadMax[g], in.spreadTerm.distance(i, j));
                    }
                }
            }
            double[] row = in.weights[i];
            for (int j = i + 1; j < in.n; j++) {
                if (assignment[j] == g) {
                    if (in.neutral == null) {
                        total += row[j];
                    } else {
                        groupPairs[g] += row[j];
                    }
                    if (in.saturation != null) {
                        groupSaturation[g] += in.saturation.values[i][j];
                    }
                }
            }
        }
        if (in.neutral != null) {
            for (int g = 0; g < in.m; g++) {
                total += in.neutral.scale(size[g]) * groupPairs[g];
            }
        }
        if (in.sizePull != null) {
            for (int g = 0; g < in.m; g++) {
                if (in.scored[g]) {
                    total += in.sizePull.value(size[g]);
                }
            }
        }
        if (in.spreadPosition != null) {
            for (int g = 0; g < in.m; g++) {
                if (in.scored[g]) {
                    total += in.spreadTerm.value(spreadMax[g]);
                }
            }
        }
        if (in.saturation != null) {
            double saturated = 0;
            double pairs = 0;
            for (int g = 0; g < in.m; g++) {
                if (in.scored[g] && in.neutral == null) {
                    saturated += groupSaturation[g];
                    pairs += SaturationTerm.pairs(size[g]);
                } else if (in.scored[g]) {
                    saturated += in.neutral.scale(size[g]) * groupSaturation[g];
                    pairs += in.neutral.pairs(size[g]);
                }
            }
            total += in.saturation.value(saturated, pairs);
        }
        return total;
    }

    /** One sentence per broken rule, in the order: groups of items, class bounds, apart, together, non-isolation. */
    static List<String> violations(GroupingInstance in, int[] assignment) {
        List<String> out = new ArrayList<>();
        int[][] count = new int[in.m][in.classes];
        for (int i = 0; i < in.n; i++) {
            int g = assignment[i];
            if (g < 0 || g >= in.m) {
                out.add("item " + i + " has no group");
                continue;
            }
            count[g][in.itemClass[i]]++;
            if (in.fixed[i] >= 0 && in.fixed[i] != g) {
                out.add("item " + i + " must be in group " + in.fixed[i]);
            }
            if (in.forbidden != null && in.forbidden[i][g]) {
                out.add("item " + i + " may not be in group " + g);
            }
        }
        for (int g = 0; g < in.m; g++) {
            for (int c = 0; c < in.classes; c++) {
                if (count[g][c] < in.lower[g][c] || count[g][c] > in.upper[g][c]) {
                    out.add("group " + g + " holds " + count[g][c] + " items of class " + c + ", expected "
                            + in.lower[g][c] + " to " + in.upper[g][c]);
                }
            }
        }
        for (int[] p : in.apart) {
            if (assignment[p[0]] == assignment[p[1]] && in.scored[assignment[p[0]]]) {
                out.add("items " + p[0] + " and " + p[1] + " must be in.apart");
            }
        }
        for (int[] p : in.together) {
            if (assignment[p[0]] != assignment[p[1]]) {
                out.add("items " + p[0] + " and " + p[1] + " must be in.together");
            }
        }
        for (int r = 0; r < in.nonIsolation.length; r++) {
            int[] inGroup = new int[in.m];
            for (int i : in.nonIsolation[r]) {
                inGroup[assignment[i]]++;
            }
            for (int g = 0; g < in.m; g++) {
                if (inGroup[g] == 1 && in.scored[g]) {
                    out.add("group " + g + " isolates one member of set " + r);
                }
            }
        }
        return out;
    }
}
