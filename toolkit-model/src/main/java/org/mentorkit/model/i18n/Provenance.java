package org.mentorkit.model.i18n;

import java.util.Objects;

/**
 * How a translation was made and whether a native speaker has reviewed it. Translated research instruments are
 * normally validated before use, so a translation that is not reviewed says so wherever its texts are shown.
 *
 * @param method   how the texts were made, e.g. "machine translation by the mentorkit maintainers, 2026-12-01"
 * @param reviewed whether a native speaker has reviewed them
 * @param reviewer who reviewed them; "" when nobody has
 * @param note     anything else a reader of the translation should know; "" when nothing
 */
public record Provenance(String method, boolean reviewed, String reviewer, String note) {

    /** The original texts, written in that language by their authors. */
    public static final Provenance SOURCE = new Provenance("original text", true, "", "");

    /**
     * Normalises absent texts to "".
     *
     * @param method   how the texts were made
     * @param reviewed whether a native speaker has reviewed them
     * @param reviewer who reviewed them; absent or blank means nobody
     * @param note     anything else a reader should know; absent means nothing
     */
    public Provenance {
        method = Objects.requireNonNullElse(method, "").strip();
        reviewer = Objects.requireNonNullElse(reviewer, "").strip();
        note = Objects.requireNonNullElse(note, "").strip();
    }

    /** @return true when the translation still waits for a native speaker's review */
    public boolean needsReview() {
        return !reviewed;
    }
}
