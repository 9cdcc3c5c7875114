package org.mentorkit.surveys.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One proportion as a report shows it: {@code k/n (p%)} with the Wilson 95% interval, each figure with its own n.
 * A suppressed figure keeps its n but has no count, percentage or interval at all, so no rendering can leak it.
 *
 * @param count   k, or empty when suppressed
 * @param n       the denominator: the people who answered this item in this wave (or the people described)
 * @param percent 100 k / n, or empty when suppressed or n = 0
 * @param ci95    the Wilson score 95% interval as fractions, or empty when suppressed or n = 0
 */
@JsonbPropertyOrder({"count", "n", "percent", "ci95"})
public record Figure(OptionalInt count, int n, OptionalDouble percent, Optional<Interval> ci95) {

    /**
     * k of n, with percentage and interval; a public report decides on suppression before making the figure.
     *
     * @param k the count, from 0 to {@code n}
     * @param n the denominator; 0 gives a figure with no percentage or interval
     * @return the figure
     * @throws IllegalArgumentException when {@code n > 0} and {@code k} is not between 0 and {@code n}
     */
    public static Figure of(int k, int n) {
        if (n == 0) {
            return new Figure(OptionalInt.of(k), 0, OptionalDouble.empty(), Optional.empty());
        }
        return new Figure(OptionalInt.of(k), n, OptionalDouble.of(100.0 * k / n), Optional.of(Statistics.wilson(k, n)));
    }

    /**
     * A suppressed figure: only n is known.
     *
     * @param n the denominator
     * @return a figure with no count, percentage or interval
     */
    public static Figure suppressed(int n) {
        return new Figure(OptionalInt.empty(), n, OptionalDouble.empty(), Optional.empty());
    }

    /**
     * Whether the count is withheld.
     *
     * @return true for a figure made by {@link #suppressed}
     */
    public boolean isSuppressed() {
        return count.isEmpty();
    }

    /**
     * The figure in short, for logs and tests; reports word it in their language ({@link ReportWording#figure}).
     *
     * @return {@code 10/14 (71%)}; no percentage when n = 0; {@code suppressed/14} when withheld
     */
    public String text() {
        if (count.isEmpty()) {
            return "suppressed/" + n;
        }
        return count.getAsInt() + "/" + n + (percent.isPresent() ? " (" + Math.round(percent.getAsDouble()) + "%)" : "");
    }

    /**
     * The 95% interval in whole percent.
     *
     * @return {@code 45-88%}, or "" when there is no interval (suppressed, or n = 0)
     */
    public String intervalText() {
        return ci95.map(i -> Math.round(i.lower() * 100) + "-" + Math.round(i.upper() * 100) + "%").orElse("");
    }
}
