package org.mentorkit.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mentorkit.surveys.report.Audience;
import org.mentorkit.surveys.report.Figure;

class SuppressionTests {

    private final Suppression publicFive = new Suppression(Audience.PUBLIC, 5);

    @Test
    void committeeSeesEverything() {
        Suppression committee = new Suppression(Audience.COMMITTEE, 5);
        assertThat(committee.share(3, 20).count()).hasValue(3);
        assertThat(committee.table(List.of(1, 2, 17), 20, true)).noneMatch(Figure::isSuppressed);
    }

    @Test
    void aProportionIsWithheldWhenItsCountOrItsComplementIsSmall() {
        assertThat(publicFive.share(3, 20).isSuppressed()).isTrue();
        assertThat(publicFive.share(13, 14).isSuppressed()).isTrue(); // 1 said no
        assertThat(publicFive.share(9, 14).isSuppressed()).isFalse(); // 9 and 5
        assertThat(publicFive.share(0, 14).text()).isEqualTo("0/14 (0%)"); // zero may be shown
        assertThat(publicFive.share(14, 14).isSuppressed()).isFalse();
    }

    @Test
    void aSingleSmallCellIsProtectedBySuppressingTheNextSmallest() {
        // 18 women, 2 men of 20: 2 is small; with the total shown, 18 would give it away, so 18 goes too
        List<Figure> gender = publicFive.table(List.of(18, 2, 0), 20, true);
        assertThat(gender).extracting(Figure::isSuppressed).containsExactly(true, true, false);
        // 8, 6, 3, 3 of 20: the withheld 6 could be 2+4, 3+3 or 4+2
        assertThat(publicFive.table(List.of(8, 6, 3, 3), 20, true)).extracting(Figure::isSuppressed)
                .containsExactly(false, false, true, true);
        // 10, 6, 4: the secondary cell is the smallest other non-zero one (6)
        assertThat(publicFive.table(List.of(10, 6, 4, 0), 20, true)).extracting(Figure::isSuppressed)
                .containsExactly(false, true, true, false);
    }

    @Test
    void twoHiddenOnesAreNotLeftSolvableByTheShownTotal() {
        // Woman 18 shown, Man 1 and Non-binary 1 withheld: 20 - 18 = 2 people in 2 withheld cells, each >= 1, so each
        // would be exactly 1. The 18 must go too.
        assertThat(publicFive.table(List.of(18, 1, 1, 0), 20, true)).extracting(Figure::isSuppressed)
                .containsExactly(true, true, true, false);
        // Likert 1, 1, 0, 6, 6 of 14: same, the first 6 goes too
        assertThat(publicFive.table(List.of(1, 1, 0, 6, 6), 14, true)).extracting(Figure::isSuppressed)
                .containsExactly(true, true, false, true, false);
    }

    @Test
    void hiddenCellsAtTheThresholdMinusOneAreNotLeftSolvable() {
        // 4 + 4 = 8 withheld of 20 with threshold 5: each small cell is at most 4, so each would be exactly 4
        assertThat(publicFive.table(List.of(4, 4, 12), 20, true)).extracting(Figure::isSuppressed)
                .containsExactly(true, true, true);
        // 3 + 4 = 7: could be 3+4 or 4+3, safe
        assertThat(publicFive.table(List.of(3, 4, 13), 20, true)).extracting(Figure::isSuppressed)
                .containsExactly(true, true, false);
    }

    @Test
    void whenNothingElseWorksTheWholeTableIsWithheldZerosIncluded() {
        // 4 + 4 = 8 of 8 with a zero row: even withholding both 4s leaves each at exactly 4 to a reader who knows they
        // are small; withholding the zero too leaves any split of 8 over three cells possible
        assertThat(publicFive.table(List.of(4, 0, 4), 8, true)).allMatch(Figure::isSuppressed);
    }

    @Test
    void aSuppressedFigureHoldsNoCountPercentOrInterval() {
        Figure hidden = publicFive.share(3, 20);
        assertThat(hidden.count()).isEmpty();
        assertThat(hidden.percent()).isEmpty();
        assertThat(hidden.ci95()).isEmpty();
        assertThat(hidden.text()).isEqualTo("suppressed/20");
    }

    @Test
    void aSubtotalIsWithheldWhenItWouldRevealAWithheldCell() {
        List<Integer> cells = List.of(8, 6, 3, 3);
        List<Figure> figures = publicFive.table(cells, 20, true);
        // subtotal of the first and third = 11: 11 - 8 would reveal the 3 inside it
        assertThat(publicFive.subtotal(11, 20, cells, figures, Set.of(0, 2), true).isSuppressed()).isTrue();
        // subtotal of both withheld cells = 6: reveals neither one (2+4, 3+3, 4+2)
        assertThat(publicFive.subtotal(6, 20, cells, figures, Set.of(2, 3), true).isSuppressed()).isFalse();
        // top-2-box of 1, 1, 0, 6, 6 = 12 next to the shown 6 would reveal the withheld 6
        List<Integer> likert = List.of(1, 1, 0, 6, 6);
        assertThat(publicFive.subtotal(12, 14, likert, publicFive.table(likert, 14, true), Set.of(3, 4), true)
                .isSuppressed()).isTrue();
        assertThat(new Suppression(Audience.COMMITTEE, 5).subtotal(11, 20, cells, figures, Set.of(0, 2), true)
                .isSuppressed()).isFalse();
    }

    /**
     * Seeded random tables (no property-testing library): suppress, then let an attacker enumerate every table that
     * agrees with what is shown (shown cells, n, a shown top-2-box subtotal) and with what it may know of each withheld
     * cell (small: 1..threshold-1; withheld to protect: threshold..n; when zeros are withheld too: 0..n). No withheld
     * cell may come out with a single possible value, unless the table has nothing left to withhold.
     */
    @Test
    void noWithheldCellOfARandomTableCanBeWorkedOut() {
        Random random = new Random(20261127);
        int checked = 0;
        for (int round = 0; round < 4000; round++) {
            int threshold = List.of(2, 3, 5, 5, 11).get(random.nextInt(5));
            int cells = 2 + random.nextInt(5);
            List<Integer> counts = new ArrayList<>();
            for (int i = 0; i < cells; i++) {
                int kind = random.nextInt(4);
                counts.add(kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(threshold) : random.nextInt(3 * threshold));
            }
            int n = counts.stream().mapToInt(Integer::intValue).sum();
            if (n == 0) {
                continue;
            }
            Suppression suppression = new Suppression(Audience.PUBLIC, threshold);
            List<Figure> figures = suppression.table(counts, n, true);
            for (int i = 0; i < cells; i++) {
                if (counts.get(i) > 0 && counts.get(i) < threshold) {
                    assertThat(figures.get(i).isSuppressed()).as("primary %s t=%d", counts, threshold).isTrue();
                }
                if (!figures.get(i).isSuppressed()) {
                    assertThat(figures.get(i).count()).hasValue(counts.get(i));
                }
            }
            Set<Integer> top2 = Set.of(cells - 2, cells - 1);
            int top2Count = counts.get(cells - 2) + counts.get(cells - 1);
            Figure subtotal = suppression.subtotal(top2Count, n, counts, figures, top2, true);
            List<Set<Integer>> possible = attacker(counts, figures, threshold, n,
                    subtotal.isSuppressed() ? null : top2);
            // all withheld and no zero to withhold as well: nothing more can be done while n is shown
            boolean nothingLeft = figures.stream().allMatch(Figure::isSuppressed) && !counts.contains(0);
            for (int i = 0; i < cells; i++) {
                if (figures.get(i).isSuppressed()) {
                    assertThat(possible.get(i)).as("cell %d of %s, t=%d, top-2 %s", i, counts, threshold, subtotal.text())
                            .contains(counts.get(i));
                    if (!nothingLeft || !subtotal.isSuppressed()) {
                        assertThat(possible.get(i).size()).as("cell %d of %s, t=%d, shown %s, top-2 %s", i, counts,
                                threshold, figures.stream().map(Figure::text).toList(), subtotal.text()).isGreaterThan(1);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(3000);
    }

    /**
     * The values each cell can take given the shown figures, by enumeration of achievable sums (independent of the
     * interval formula in Suppression). {@code inside}: cells of a shown subtotal, or null.
     */
    private static List<Set<Integer>> attacker(List<Integer> counts, List<Figure> figures, int threshold, int n,
                                               Set<Integer> inside) {
        boolean zerosHidden = false;
        for (int i = 0; i < counts.size(); i++) {
            zerosHidden |= counts.get(i) == 0 && figures.get(i).isSuppressed();
        }
        int[] low = new int[counts.size()];
        int[] high = new int[counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            int c = counts.get(i);
            if (!figures.get(i).isSuppressed()) {
                low[i] = c;
                high[i] = c;
            } else if (zerosHidden) {
                high[i] = n;
            } else {
                low[i] = c < threshold ? 1 : threshold;
                high[i] = c < threshold ? threshold - 1 : n;
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> totals = new ArrayList<>();
        if (inside == null) {
            groups.add(range(counts.size()));
            totals.add(n);
        } else {
            List<Integer> in = new ArrayList<>(inside);
            List<Integer> out = range(counts.size());
            out.removeAll(inside);
            groups.add(in);
            groups.add(out);
            totals.add(in.stream().mapToInt(counts::get).sum());
            totals.add(n - totals.get(0));
        }
        List<Set<Integer>> possible = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            possible.add(new TreeSet<>());
        }
        for (int g = 0; g < groups.size(); g++) {
            List<Integer> group = groups.get(g);
            for (int i : group) {
                BitSet others = new BitSet();
                others.set(0);
                for (int j : group) {
                    if (j != i) {
                        BitSet next = new BitSet();
                        for (int s = others.nextSetBit(0); s >= 0; s = others.nextSetBit(s + 1)) {
                            for (int v = low[j]; v <= high[j] && s + v <= n; v++) {
                                next.set(s + v);
                            }
                        }
                        others = next;
                    }
                }
                for (int v = low[i]; v <= high[i]; v++) {
                    if (totals.get(g) - v >= 0 && others.get(totals.get(g) - v)) {
                        possible.get(i).add(v);
                    }
                }
            }
        }
        return possible;
    }

    private static List<Integer> range(int size) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(i);
        }
        return list;
    }
}
