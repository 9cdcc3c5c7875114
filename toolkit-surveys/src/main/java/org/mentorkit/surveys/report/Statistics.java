package org.mentorkit.surveys.report;

import java.util.Arrays;
import java.util.List;

/**
 * The few statistics a program evaluation reports, written out so they can be checked by hand:
 * the Wilson score interval, McNemar's exact and mid-p tests, and quartiles.
 */
final class Statistics {

    /** The 97.5th percentile of the standard normal distribution, for 95% intervals. */
    static final double Z_95 = 1.959963984540054;

    private Statistics() {
    }

    /**
     * The Wilson score 95% interval for {@code k} successes out of {@code n}. It stays within [0, 1] and behaves
     * well for small n and proportions near 0 or 1, unlike the Wald interval.
     */
    static Interval wilson(int k, int n) {
        if (n <= 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n and n > 0; was k=" + k + ", n=" + n);
        }
        double p = (double) k / n;
        double z2 = Z_95 * Z_95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z_95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * McNemar's exact test, two-sided: with {@code b} and {@code c} the two kinds of discordant pairs, under the null
     * hypothesis each discordant pair is equally likely either way, so {@code min(b, c) ~ Binomial(b + c, 1/2)} and
     * {@code p = min(1, 2 P(X <= min(b, c)))}. 1 when there are no discordant pairs.
     */
    static double mcNemarExact(int b, int c) {
        int n = b + c;
        if (n == 0) {
            return 1.0;
        }
        return Math.min(1.0, 2 * binomialHalfCdf(Math.min(b, c), n));
    }

    /**
     * McNemar's mid-p test: the exact two-sided p minus the probability of the observed table,
     * {@code 2 P(X < m) + P(X = m)} with {@code m = min(b, c)}. Less conservative than the exact test for small n.
     */
    static double mcNemarMidP(int b, int c) {
        int n = b + c;
        if (n == 0) {
            return 1.0;
        }
        int m = Math.min(b, c);
        return 2 * binomialHalfCdf(m, n) - binomialHalf(m, n);
    }

    /** P(X = k) for X ~ Binomial(n, 1/2). */
    static double binomialHalf(int k, int n) {
        double logP = logChoose(n, k) - n * Math.log(2);
        return Math.exp(logP);
    }

    /** {@code P(X <= k)} for X ~ Binomial(n, 1/2). */
    static double binomialHalfCdf(int k, int n) {
        double sum = 0;
        for (int i = 0; i <= k; i++) {
            sum += binomialHalf(i, n);
        }
        return sum;
    }

    private static double logChoose(int n, int k) {
        double sum = 0;
        for (int i = 1; i <= k; i++) {
            sum += Math.log(n - k + i) - Math.log(i);
        }
        return sum;
    }

    /**
     * The {@code p}-quantile of the values by linear interpolation between order statistics (Hyndman and Fan's
     * type 7, the default of R's {@code quantile} and of spreadsheet QUARTILE.INC).
     */
    static double quantile(List<? extends Number> values, double p) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).toArray();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p;
        int lower = (int) Math.floor(h);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }
}
