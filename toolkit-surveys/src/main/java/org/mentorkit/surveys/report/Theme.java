package org.mentorkit.surveys.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * A theme of a codebook.
 *
 * @param id       a short stable id used in the manual-codes CSV ({@code peer-support})
 * @param label    the heading in reports
 * @param patterns case-insensitive regular expressions; a comment is coded with the theme when one matches starting
 *                 at a word boundary (so {@code network} matches "networking" but not "unnetworked")
 */
@JsonbPropertyOrder({"id", "label", "patterns"})
public record Theme(String id, String label, List<String> patterns) {

    /**
     * The theme with its patterns copied; absent (null) values are "" or empty. Patterns are compiled, and bad ones
     * reported, when a codebook is read ({@link Codebook#read}).
     *
     * @param id       a short stable id used in the manual-codes CSV
     * @param label    the heading in reports
     * @param patterns case-insensitive regular expressions, matched from a word boundary
     */
    public Theme {
        id = id == null ? "" : id;
        label = label == null ? "" : label;
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
    }
}
