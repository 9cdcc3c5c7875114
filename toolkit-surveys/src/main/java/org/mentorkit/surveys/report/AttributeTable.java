package org.mentorkit.surveys.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * Counts and percentages of one vocabulary (or grouping) among mentees or mentors.
 *
 * @param vocabularyId the vocabulary id, or the grouping's label for a grouping
 * @param label        the heading
 * @param multiValued  whether a person may hold several values (then percentages need not add up to 100)
 * @param n            the people described
 * @param rows         one row per value in vocabulary order, then "Not stated" when someone gave none
 */
@JsonbPropertyOrder({"vocabularyId", "label", "multiValued", "n", "rows"})
public record AttributeTable(String vocabularyId, String label, boolean multiValued, int n, List<CategoryRow> rows) {

    /**
     * The table with its rows copied.
     *
     * @param vocabularyId the vocabulary id, or the grouping's label for a grouping
     * @param label        the heading
     * @param multiValued  whether a person may hold several values
     * @param n            the people described
     * @param rows         one row per value, then "Not stated" when someone gave none
     * @throws NullPointerException when {@code rows} or a row is null
     */
    public AttributeTable {
        rows = List.copyOf(rows);
    }
}
