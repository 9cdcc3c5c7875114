package org.mentorkit.surveys.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The free-text comments coded by theme.
 *
 * @param comments how many comments there were (every long-text answer)
 * @param themes   one result per codebook theme, in codebook order
 * @param uncoded  comments no theme matched and no manual code covered (empty in public reports)
 * @param uncodedCount how many of the comments are uncoded (withheld in a public report when small)
 */
@JsonbPropertyOrder({"comments", "themes", "uncodedCount", "uncoded"})
public record ThemeSummary(int comments, List<ThemeResult> themes, Figure uncodedCount, List<UncodedComment> uncoded) {

    /**
     * The summary with its lists copied.
     *
     * @param comments     how many comments there were
     * @param themes       one result per codebook theme, in codebook order
     * @param uncodedCount how many of the comments are uncoded
     * @param uncoded      comments no theme matched and no manual code covered
     * @throws NullPointerException when a list or an element is null
     */
    public ThemeSummary {
        themes = List.copyOf(themes);
        uncoded = List.copyOf(uncoded);
    }
}
