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

    public static final String DUPLICATE = "duplicate";
    public static final String UNKNOWN_PARTICIPANT = "unknown participant";
    public static final String NO_PARTICIPANT_ID = "no participant id";
    public static final String NO_ANSWERS = "no answers";
    public static final String OTHER_EVENT = "other event";
    public static final String OTHER_FORM = "other form";
}
