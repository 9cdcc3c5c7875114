package org.mentorkit.surveys;

import java.util.Set;

/**
 * How to import responses.
 *
 * @param format            the file format, or {@link ResponseFormat#AUTO}
 * @param knownParticipants the cohort's participant ids; rows for anyone else are skipped as unknown. Empty when
 *                          respondents use pseudonymous codes, which are then linked across waves as they are
 * @param idField           the column (or SurveyJS key) holding the participant id or code; "" for the format's default
 *                          ({@code record_id} for REDCap, {@code participant_id} otherwise)
 */
public record ImportOptions(ResponseFormat format, Set<String> knownParticipants, String idField) {

    public ImportOptions {
        format = format == null ? ResponseFormat.AUTO : format;
        knownParticipants = knownParticipants == null ? Set.of() : Set.copyOf(knownParticipants);
        idField = idField == null ? "" : idField;
    }

    /** Detect the format, no participant check, default id column. */
    public static ImportOptions defaults() {
        return new ImportOptions(ResponseFormat.AUTO, Set.of(), "");
    }

    /** A copy checking participants against the given ids. */
    public ImportOptions withKnownParticipants(Set<String> ids) {
        return new ImportOptions(format, ids, idField);
    }

    /** A copy with an explicit format. */
    public ImportOptions withFormat(ResponseFormat newFormat) {
        return new ImportOptions(newFormat, knownParticipants, idField);
    }
}
