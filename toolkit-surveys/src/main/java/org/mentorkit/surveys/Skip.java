package org.mentorkit.surveys;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A row that was not taken, and why.
 *
 * @param location the file and line (or JSON array index)
 * @param reason   a short stable reason: {@code duplicate}, {@code unknown participant}, {@code no participant id},
 *                 {@code no answers}, {@code other event} (a longitudinal export's row of another wave),
 *                 {@code other form} (a row of another repeating instrument)
 * @param detail   the particulars, for a person to act on
 */
@JsonbPropertyOrder({"location", "reason", "detail"})
public record Skip(String location, String reason, String detail) {

    /**
     * A row superseded by another row of the same participant: the last submission counts, except that a partial one
     * never replaces a complete one.
     */
    public static final String DUPLICATE = "duplicate";
    /** A participant id that is not in the cohort (only when {@link ImportOptions#knownParticipants()} is given). */
    public static final String UNKNOWN_PARTICIPANT = "unknown participant";
    /** A row whose participant id or code column is empty. */
    public static final String NO_PARTICIPANT_ID = "no participant id";
    /** A row with no answers, a form never started, or only answers that could not be used. */
    public static final String NO_ANSWERS = "no answers";
    /** A row of a longitudinal REDCap export that belongs to another event (another wave). */
    public static final String OTHER_EVENT = "other event";
    /** A row of another repeating instrument of the same REDCap project. */
    public static final String OTHER_FORM = "other form";

}
