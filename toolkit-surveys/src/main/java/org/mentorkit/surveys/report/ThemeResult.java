package org.mentorkit.surveys.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * One theme of the free-text comments.
 *
 * @param themeId  the codebook's theme id
 * @param label    its label
 * @param comments comments coded with the theme, of all comments
 * @param excerpts anonymised excerpts (none in a public report when the count is below the threshold)
 */
@JsonbPropertyOrder({"themeId", "label", "comments", "excerpts"})
public record ThemeResult(String themeId, String label, Figure comments, List<String> excerpts) {

    /**
     * The result with its excerpts copied.
     *
     * @param themeId  the codebook's theme id
     * @param label    its label
     * @param comments comments coded with the theme, of all comments
     * @param excerpts anonymised excerpts
     * @throws NullPointerException when {@code excerpts} or an excerpt is null
     */
    public ThemeResult {
        excerpts = List.copyOf(excerpts);
    }
}
