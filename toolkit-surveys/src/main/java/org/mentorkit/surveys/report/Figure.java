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

    /** k of n, with percentage and interval. */
    public static Figure of(int k, int n) {
        if (n == 0) {
            return new Figure(OptionalInt.of(k), 0, OptionalDouble.empty(), Optional.empty());
        }
        return new Figure(OptionalInt.of(k), n, OptionalDouble.of(100.0 * k / n), Optional.of(Statistics.wilson(k, n)));
    }

    /** A suppressed figure: only n is known. */
    public static Figure suppressed(int n) {
        return new Figure(OptionalInt.empty(), n, OptionalDouble.empty(), Optional.empty());
    }

    /** Whether the count is withheld. */
    public boolean isSuppressed() {
        return count.isEmpty();
    }

    /** {@code 10/14 (71%)}, or {@code suppressed/14} when withheld. */
    public String text() {
        if (count.isEmpty()) {
            return "suppressed/" + n;
        }
        return count.getAsInt() + "/" + n + (percent.isPresent() ? " (" + Math.round(percent.getAsDouble()) + "%)" : "");
    }

    /** {@code 45-88%}, or "" when there is no interval. */
    public String intervalText() {
        return ci95.map(i -> Math.round(i.lower() * 100) + "-" + Math.round(i.upper() * 100) + "%").orElse("");
    }
}
