package org.mentorkit.model;

import java.util.Objects;

/**
 * One thing wrong with an input: where it is and what was wrong. The location names the file and, inside it, a JSON
 * path ({@code participants[3].timeZone}), a line and column, or a CSV line and column header.
 *
 * @param location where the problem is, e.g. {@code cohort.json: participants[3].timeZone} or {@code applicants.csv:12 (email)}
 * @param message  what was wrong and what was expected, in English
 */
public record Problem(String location, String message) {

    /**
     * A problem; both parts are required, since a problem always says where and what.
     *
     * @param location where the problem is, e.g. {@code cohort.json: participants[3].timeZone} or {@code
     *                 applicants.csv:12 (email)}
     * @param message  what was wrong and what was expected, in English
     */
    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** The one-line form the command line prints: {@code location: message}. */
    @Override
    public String toString() {
        return location.isEmpty() ? message : location + ": " + message;
    }
}
