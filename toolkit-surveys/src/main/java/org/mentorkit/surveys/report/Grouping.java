package org.mentorkit.surveys.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An extra line of the cohort description: people holding any of some values of a vocabulary, for a figure an
 * evaluation quotes that no single value gives (the pilot's "racially/ethnically diverse").
 *
 * @param label        the line's label
 * @param vocabularyId the vocabulary
 * @param values       the values counted
 */
@JsonbPropertyOrder({"label", "vocabularyId", "values"})
public record Grouping(String label, String vocabularyId, List<String> values) {

    /**
     * The grouping with its values copied; absent (null) values are "" or empty. Whether the vocabulary and values
     * exist in the program is checked when the report is built.
     *
     * @param label        the line's label
     * @param vocabularyId the vocabulary
     * @param values       the values counted
     */
    public Grouping {
        label = label == null ? "" : label;
        vocabularyId = vocabularyId == null ? "" : vocabularyId;
        values = values == null ? List.of() : List.copyOf(values);
    }
}
