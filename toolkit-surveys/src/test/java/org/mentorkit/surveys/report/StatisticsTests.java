package org.mentorkit.surveys.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference values are worked out independently of this code: Wilson intervals from the closed form evaluated by
 * hand / in a separate Python session (and matching FORMATS.md's "3/20 = 15%, 5-36%; 10/14 = 71%, 45-88%");
 * McNemar p-values as exact fractions of binomial coefficients; quartiles as R's quantile(type = 7) gives them.
 */
class StatisticsTests {

    @Test
    void wilsonIntervalsMatchReferenceValues() {
        // 3/20: p = 0.15, z = 1.96: centre (0.15 + 0.09604) / 1.19208 = 0.20640, half 0.15402 -> 0.05237 .. 0.36042
        assertInterval(Statistics.wilson(3, 20), 0.052369, 0.360419);
        // 10/14 -> 0.45351 .. 0.88279
        assertInterval(Statistics.wilson(10, 14), 0.453509, 0.882786);
        // 9/14 -> 0.38764 .. 0.83655; 12/14 -> 0.60059 .. 0.95991; 13/14 -> 0.68531 .. 0.98728; 14/20 -> 0.48103 .. 0.85452
        assertInterval(Statistics.wilson(9, 14), 0.387644, 0.836553);
        assertInterval(Statistics.wilson(12, 14), 0.600586, 0.959906);
        assertInterval(Statistics.wilson(13, 14), 0.685313, 0.987278);
        assertInterval(Statistics.wilson(14, 20), 0.481027, 0.854523);
        // 0/10: lower end exactly 0, upper z^2/(n + z^2) = 3.8415/13.8415 = 0.27753
        assertInterval(Statistics.wilson(0, 10), 0.0, 0.277533);
    }

    @Test
    void mcNemarWithSevenDiscordantPairsAllOneWay() {
        // X ~ Bin(7, 1/2): P(X <= 0) = 1/128; exact two-sided = 2/128 = 0.015625; mid-p = 2/128 - 1/128 = 0.0078125
        assertThat(Statistics.mcNemarExact(0, 7)).isCloseTo(0.015625, within(1e-12));
        assertThat(Statistics.mcNemarMidP(0, 7)).isCloseTo(0.0078125, within(1e-12));
        assertThat(Statistics.mcNemarExact(7, 0)).isCloseTo(0.015625, within(1e-12));
    }

    @Test
    void mcNemarWithDiscordantPairsBothWays() {
        // b = 2, c = 8, n = 10: P(X <= 2) = (1 + 10 + 45) / 1024 = 56/1024; exact = 112/1024 = 0.109375;
        // mid-p = 112/1024 - 45/1024 = 67/1024 = 0.0654296875
        assertThat(Statistics.mcNemarExact(2, 8)).isCloseTo(0.109375, within(1e-12));
        assertThat(Statistics.mcNemarMidP(2, 8)).isCloseTo(0.0654296875, within(1e-12));
        // balanced: exact capped at 1, and mid-p is 1 by symmetry
        assertThat(Statistics.mcNemarExact(3, 3)).isEqualTo(1.0);
        assertThat(Statistics.mcNemarMidP(3, 3)).isCloseTo(1.0, within(1e-12));
        assertThat(Statistics.mcNemarExact(0, 0)).isEqualTo(1.0);
    }

    @Test
    void quartilesFollowRType7() {
        // R: quantile(1:10) -> 25% 3.25, 50% 5.5, 75% 7.75
        List<Integer> values = List.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        assertThat(Statistics.quantile(values, 0.25)).isCloseTo(3.25, within(1e-12));
        assertThat(Statistics.quantile(values, 0.5)).isCloseTo(5.5, within(1e-12));
        assertThat(Statistics.quantile(values, 0.75)).isCloseTo(7.75, within(1e-12));
        // R: quantile(c(1, 2, 4)) -> 1.5, 2, 3
        assertThat(Statistics.quantile(List.of(4, 1, 2), 0.25)).isCloseTo(1.5, within(1e-12));
        assertThat(Statistics.quantile(List.of(4, 1, 2), 0.75)).isCloseTo(3.0, within(1e-12));
    }

    private static void assertInterval(Interval interval, double lower, double upper) {
        assertThat(interval.lower()).isCloseTo(lower, within(5e-6));
        assertThat(interval.upper()).isCloseTo(upper, within(5e-6));
    }
}
