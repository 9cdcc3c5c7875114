package org.mentorkit.surveys.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression for public reports. A count of 1 to threshold-1 is withheld (primary suppression); zero
 * may be shown. When a table's cells add up to a total that is shown, one withheld cell could be recovered by
 * subtraction, so the smallest other non-zero cell is withheld too (secondary suppression). For a single proportion
 * k/n the complement n-k is such a cell: k is withheld when either k or n-k is small.
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
     * so secondary suppression applies.
     */
    public List<Figure> table(List<Integer> counts, int n, boolean partition) {
        boolean[] hidden = new boolean[counts.size()];
        int hiddenCount = 0;
        for (int i = 0; i < counts.size(); i++) {
            if (small(counts.get(i))) {
                hidden[i] = true;
                hiddenCount++;
            }
        }
        if (partition && hiddenCount == 1) {
            int smallest = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (!hidden[i] && counts.get(i) > 0 && (smallest < 0 || counts.get(i) < counts.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                hidden[smallest] = true;
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            figures.add(hidden[i] ? Figure.suppressed(n) : Figure.of(counts.get(i), n));
        }
        return figures;
    }

    /**
     * A subtotal of some cells of a table that is also shown (an "under-represented" line, a grouping, a top-2-box):
     * withheld like any share, and also when exactly one withheld cell lies inside it or exactly one outside it, since
     * subtracting the shown cells from the subtotal (or from n) would then reveal that cell.
     *
     * @param hiddenInside  withheld cells among those the subtotal adds up
     * @param hiddenOutside withheld cells among the rest of the table
     */
    public Figure subtotal(int k, int n, int hiddenInside, int hiddenOutside) {
        if (active() && (hiddenInside == 1 || hiddenOutside == 1)) {
            return Figure.suppressed(n);
        }
        return share(k, n);
    }
}
