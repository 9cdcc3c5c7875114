package org.mentorkit.matching.core;

/**
 * The range checks of {@link GroupingInstance.Builder}: every item, group and class number a caller passes, and every
 * pair, is checked before anything is set, and the message says which number was out of which range.
 */
final class IndexChecks {

    private IndexChecks() {
    }

    /** {@code value} must be one of {@code 0..count - 1}: {@code what} names it ("item", "group", "class"). */
    static void check(String what, int value, int count) {
        if (value < 0 || value >= count) {
            throw new IllegalArgumentException(what + " " + value + " outside 0.." + (count - 1));
        }
    }

    /**
     * A pair: two items in {@code 0..n - 1}, not the same one; {@code subject} starts the message ("a pair" for a
     * value set for it, or the rule: "apart", "together").
     */
    static void pair(String subject, int i, int j, int n) {
        check("item", i, n);
        check("item", j, n);
        if (i == j) {
            throw new IllegalArgumentException(subject + " needs two different items, got " + i + " twice");
        }
    }
}
