package org.mentorkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * A society's own list of categories for one attribute (career stage, specialty, gender, race/ethnicity, ...).
 * Demographic categories are data, not Java enums, because societies and countries differ.
 *
 * @param id               the attribute key used in participants' {@code attributes} (e.g. {@code gender})
 * @param label            the human label (e.g. "Gender")
 * @param values           the allowed values, in display order
 * @param underRepresented the values that count as under-represented for the non-isolation rule; may be empty
 * @param multiValued      whether a participant may hold several values (e.g. race/ethnicity "select all that apply")
 */
public record Vocabulary(
        @NotBlank String id,
        @NotBlank String label,
        @NotEmpty List<@NotBlank String> values,
        List<@NotBlank String> underRepresented,
        boolean multiValued) {

    /**
     * The vocabulary as given, its value lists copied.
     *
     * @param id               the attribute key used in participants' {@code attributes} (e.g. {@code gender})
     * @param label            the human label (e.g. "Gender")
     * @param values           the allowed values, in display order
     * @param underRepresented the values that count as under-represented for the non-isolation rule; may be empty
     * @param multiValued      whether a participant may hold several values (e.g. race/ethnicity "select all that
     *                         apply")
     */
    public Vocabulary {
        values = Lists.copy(values);
        underRepresented = Lists.copy(underRepresented);
    }

    /**
     * Whether {@code value} is one of the allowed values.
     *
     * @param value a value as a participant gave it
     * @return true when it is one of {@link #values()}, exactly
     */
    public boolean allows(String value) {
        return values.contains(value);
    }
}
