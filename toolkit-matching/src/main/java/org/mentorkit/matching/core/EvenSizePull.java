package org.mentorkit.matching.core;

/**
 * A mild preference for the even group size, for instances whose sizes may vary: each scored group of {@code k} items
 * adds {@code -weight * (k - r)^2}, {@code r} the even size. Why: with sizes free, any objective that adds up what
 * each member gets (size-neutral or not) gains by moving a member from a weaker group into a stronger one, so the
 * search fills the best groups to the upper bound and leaves the weakest at the lower one, even where no figure a
 * coordinator sees improves. With this term an uneven pair of groups must buy its cost: relocating an item from a
 * scored group of {@code ka} items to one of {@code kb} changes it by {@code 2 * weight * (ka - kb - 1)}, O(1) and
 * exact; a swap keeps sizes and changes nothing.
 */
final class EvenSizePull {

    private final double reference;
    private final double weight;

    private EvenSizePull(double reference, double weight) {
        this.reference = reference;
        this.weight = weight;
    }

    static EvenSizePull of(double referenceSize, double weight) {
        if (!(referenceSize >= 1) || Double.isInfinite(referenceSize)) {
            throw new IllegalArgumentException("evenSizePull needs a reference size of at least 1, got "
                    + referenceSize);
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("evenSizePull needs a finite weight of at least 0, got " + weight);
        }
        return new EvenSizePull(referenceSize, weight);
    }

    /** What a scored group of {@code size} items adds to the objective: never positive, 0 at the even size. */
    double value(int size) {
        double d = size - reference;
        return -weight * d * d;
    }

    /** The change of a scored group's value when its {@code size} items change {@code by} one (+1 or -1). */
    double change(int size, int by) {
        return value(size + by) - value(size);
    }
}
