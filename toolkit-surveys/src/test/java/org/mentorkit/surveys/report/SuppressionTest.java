package org.mentorkit.surveys.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

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
        // 8, 6, 3, 3 of 20: two small cells already protect each other
        assertThat(publicFive.table(List.of(8, 6, 3, 3), 20, true)).extracting(Figure::isSuppressed)
                .containsExactly(false, false, true, true);
        // 10, 6, 4: the secondary cell is the smallest other non-zero one (6)
        assertThat(publicFive.table(List.of(10, 6, 4, 0), 20, true)).extracting(Figure::isSuppressed)
                .containsExactly(false, true, true, false);
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
    void aSubtotalIsWithheldWhenItWouldRevealOneWithheldCell() {
        // cells 8 (shown), 6 (shown), 3 (withheld), 3 (withheld) of 20; subtotal of the first and third = 11:
        // 11 - 8 would reveal the 3 inside it
        assertThat(publicFive.subtotal(11, 20, 1, 1).isSuppressed()).isTrue();
        // subtotal of both withheld cells = 6: reveals neither one
        assertThat(publicFive.subtotal(6, 20, 2, 0).isSuppressed()).isFalse();
        assertThat(new Suppression(Audience.COMMITTEE, 5).subtotal(11, 20, 1, 1).isSuppressed()).isFalse();
    }
}
