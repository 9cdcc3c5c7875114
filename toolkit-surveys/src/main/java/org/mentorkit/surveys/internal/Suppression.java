package org.mentorkit.surveys.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mentorkit.surveys.report.Audience;
import org.mentorkit.surveys.report.Figure;

/**
 * Small-cell suppression for public reports.
 *
 * <p><b>Primary suppression.</b> A count of 1 to threshold-1 is withheld; zero is shown.
 *
 * <p><b>Complementary suppression of a partition</b> (a table whose cells add up to its shown n: one value per person).
 * A reader knows the shown cells, so also the total T of the withheld ones, and is assumed to know which withheld
 * cells are small (each between 1 and threshold-1) and which were withheld only to protect them (each between
 * threshold and n). For every withheld cell the values it can take under these bounds and the total form the range
 * [max(lo, T - sum of the others' highs), min(hi, T - sum of the others' lows)], and every whole number in it is
 * possible. The table is safe when no withheld cell's range is a single value. Until it is, the smallest shown
 * non-zero cell is withheld too. If even withholding every non-zero cell leaves a value determined (for example
 * 4 + 4 = 8 with threshold 5), every cell is withheld, zeros included, so the reader can no longer tell which cells
 * are zero, small or large. (A table of a single cell equals n and cannot be protected while n is shown: callers
 * withhold small n themselves.)
 *
 * <p><b>Cells that do not add up</b> (several values per person) are each a share k of n, withheld when k or n-k is
 * small.
 */
public final class Suppression {

    private final Audience audience;
    private final int threshold;

    public Suppression(Audience audience, int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1; was " + threshold);
        }
        this.audience = audience;
        this.threshold = threshold;
    }

    /** Whether anything is suppressed at all. */
    public boolean active() {
        return audience == Audience.PUBLIC;
    }

    /** The threshold: counts below it (and above zero) are withheld. */
    public int threshold() {
        return threshold;
    }

    /** Whether a count is small: above zero and below the threshold. */
    public boolean small(int count) {
        return active() && count > 0 && count < threshold;
    }

    /** k of n, withheld when k or n - k is small. */
    public Figure share(int k, int n) {
        return small(k) || small(n - k) ? Figure.suppressed(n) : Figure.of(k, n);
    }

    /**
     * Cells of one table with denominator n each. {@code partition}: the cells add up to n (one value per person),
     * so complementary suppression applies; otherwise each cell is a share of n.
     */
    public List<Figure> table(List<Integer> counts, int n, boolean partition) {
        boolean[] hidden = partition ? hiddenCells(counts) : hiddenShares(counts, n);
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            figures.add(hidden[i] ? Figure.suppressed(n) : Figure.of(counts.get(i), n));
        }
        return figures;
    }

    private boolean[] hiddenShares(List<Integer> counts, int n) {
        boolean[] hidden = new boolean[counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            hidden[i] = small(counts.get(i)) || small(n - counts.get(i));
        }
        return hidden;
    }

    /** Which cells of a partition to withhold: primary, then complementary until no withheld value is determined. */
    private boolean[] hiddenCells(List<Integer> counts) {
        boolean[] hidden = new boolean[counts.size()];
        boolean any = false;
        for (int i = 0; i < counts.size(); i++) {
            hidden[i] = small(counts.get(i));
            any |= hidden[i];
        }
        if (!any) {
            return hidden;
        }
        while (determined(hiddenValues(counts, hidden))) {
            int smallest = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (!hidden[i] && counts.get(i) > 0 && (smallest < 0 || counts.get(i) < counts.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                java.util.Arrays.fill(hidden, true); // nothing else works: withhold the whole table, zeros included
                return hidden;
            }
            hidden[smallest] = true;
        }
        return hidden;
    }

    private static List<Integer> hiddenValues(List<Integer> counts, boolean[] hidden) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            if (hidden[i]) {
                values.add(counts.get(i));
            }
        }
        return values;
    }

    /**
     * Whether a reader who knows the total of these withheld cells, and for each whether it is small (1 to
     * threshold-1) or not (threshold and more), can tell the value of any of them.
     */
    boolean determined(List<Integer> withheld) {
        if (withheld.isEmpty()) {
            return false;
        }
        int total = 0;
        int sumLow = 0;
        int sumHigh = 0;
        int[] low = new int[withheld.size()];
        int[] high = new int[withheld.size()];
        for (int i = 0; i < withheld.size(); i++) {
            total += withheld.get(i);
        }
        for (int i = 0; i < withheld.size(); i++) {
            int value = withheld.get(i);
            low[i] = value < threshold ? 1 : threshold;
            high[i] = value < threshold ? threshold - 1 : Math.max(total, threshold);
            sumLow += low[i];
            sumHigh += high[i];
        }
        for (int i = 0; i < withheld.size(); i++) {
            int min = Math.max(low[i], total - (sumHigh - high[i]));
            int max = Math.min(high[i], total - (sumLow - low[i]));
            if (min >= max) {
                return true;
            }
        }
        return false;
    }

    /**
     * A subtotal of some cells of a shown table (an "under-represented" line, a grouping, a top-2-box): withheld like
     * any share, and also when it would let a reader solve withheld cells. For a partition, the subtotal splits the
     * withheld cells into those inside it and those outside, each group with a known total; it is withheld when either
     * group has a determined value (see the class comment), or when the whole table is withheld. For cells that do not
     * add up, it is withheld when exactly one withheld cell lies inside it or exactly one outside it.
     *
     * @param k         the subtotal
     * @param n         the table's n
     * @param counts    the table's cells
     * @param figures   the table's cells as shown (from {@link #table})
     * @param inside    the indexes of the cells the subtotal covers
     * @param partition whether the cells add up to n (one value per person)
     */
    public Figure subtotal(int k, int n, List<Integer> counts, List<Figure> figures, Set<Integer> inside,
                           boolean partition) {
        if (!active()) {
            return share(k, n);
        }
        List<Integer> hiddenInside = new ArrayList<>();
        List<Integer> hiddenOutside = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            if (figures.get(i).isSuppressed()) {
                (inside.contains(i) ? hiddenInside : hiddenOutside).add(counts.get(i));
            }
        }
        boolean revealing;
        if (partition) {
            boolean wholeTableHidden = !figures.isEmpty() && figures.stream().allMatch(Figure::isSuppressed);
            revealing = wholeTableHidden && !hiddenInside.isEmpty()
                    || determined(hiddenInside) || determined(hiddenOutside);
        } else {
            revealing = hiddenInside.size() == 1 || hiddenOutside.size() == 1;
        }
        return revealing ? Figure.suppressed(n) : share(k, n);
    }
}
