package org.mentorkit.matching.core;

/**
 * Size-neutral scoring of a {@link GroupingInstance} whose group sizes may vary. The objective sums pair values over
 * the pairs inside groups, so without this a grouping's score depends on how many pairs its sizes create: where pair
 * values are mostly negative (time zones) fewer pairs score better and the search isolates outliers in small groups;
 * where they are mostly positive (interests) it piles members into large groups. Here each member counts the mean of
 * their pair values with the others in their group, as many times as a member of a reference (even) group has
 * partners: a group of {@code k} items multiplies its pair sums by {@code (r - 1) / (k - 1)}, 1 at the reference size
 * {@code r}. So every member weighs the same whatever the size of their group, and moving members between groups whose
 * pairs have the same mean changes nothing. (Scaling each group to the reference group's pair count instead, mean per
 * pair times {@code r(r - 1)/2}, was tried first: it let one well-matched pair, alone in a group, count as much as a
 * whole group, and on a probe with 6 mentees and 2 mentors the search isolated such a pair.)
 */
final class SizeNeutral {

    private final double partners; // the partners of a member of the reference group: r - 1

    private SizeNeutral(double partners) {
        this.partners = partners;
    }

    static SizeNeutral of(double referenceSize) {
        if (!(referenceSize >= 2) || Double.isInfinite(referenceSize)) {
            throw new IllegalArgumentException("sizeNeutral needs a reference size of at least 2, got "
                    + referenceSize);
        }
        return new SizeNeutral(referenceSize - 1);
    }

    /** What a group of {@code size} items multiplies its pair sums by: 0 below two items, which hold no pair. */
    double scale(int size) {
        return size < 2 ? 0 : partners / (size - 1);
    }

    /** The scaled pair count of a group of {@code size} items, {@code scale(size)} times its pairs: (r - 1) k / 2. */
    double pairs(int size) {
        return size < 2 ? 0 : partners * size / 2;
    }
}
