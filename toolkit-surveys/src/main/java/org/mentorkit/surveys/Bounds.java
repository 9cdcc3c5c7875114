package org.mentorkit.surveys;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The allowed range of a rating or number item, both ends included.
 *
 * @param min      the smallest allowed answer
 * @param max      the largest allowed answer
 * @param decimals how many decimals an answer may have (0 for whole numbers; ratings always 0)
 */
@JsonbPropertyOrder({"min", "max", "decimals"})
public record Bounds(double min, double max, int decimals) {

    /** The value held by items that are not numeric. */
    public static final Bounds NONE = new Bounds(0, 0, 0);

    /**
     * Whole numbers from {@code min} to {@code max}.
     *
     * @param min the smallest allowed answer
     * @param max the largest allowed answer
     * @return bounds with no decimals
     */
    public static Bounds integers(int min, int max) {
        return new Bounds(min, max, 0);
    }

    /**
     * Whether these are the bounds of a non-numeric item.
     *
     * @return true for {@link #NONE}
     */
    public boolean isNone() {
        return equals(NONE);
    }

    /**
     * Whether {@code value} lies within the bounds, both ends included (the number of decimals is not checked here).
     *
     * @param value an answer as a number
     * @return true when {@code min <= value <= max}
     */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }
}
