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
 * @param countPartial      whether partial responses (REDCap status Incomplete or Unverified with answers) count as
 *                          returned; by default they are kept aside in {@link ResponseSet#partial()}
 */
public record ImportOptions(ResponseFormat format, Set<String> knownParticipants, String idField,
                            boolean countPartial) {

    public ImportOptions {
        format = format == null ? ResponseFormat.AUTO : format;
        knownParticipants = knownParticipants == null ? Set.of() : Set.copyOf(knownParticipants);
        idField = idField == null ? "" : idField;
    }

    /** Options that keep partial responses aside. */
    public ImportOptions(ResponseFormat format, Set<String> knownParticipants, String idField) {
        this(format, knownParticipants, idField, false);
    }

    /** Detect the format, no participant check, default id column, partial responses not counted. */
    public static ImportOptions defaults() {
        return new ImportOptions(ResponseFormat.AUTO, Set.of(), "", false);
    }

    /** A copy checking participants against the given ids. */
    public ImportOptions withKnownParticipants(Set<String> ids) {
        return new ImportOptions(format, ids, idField, countPartial);
    }

    /** A copy with an explicit format. */
    public ImportOptions withFormat(ResponseFormat newFormat) {
        return new ImportOptions(newFormat, knownParticipants, idField, countPartial);
    }

    /** A copy with another id column ("" for the format's default). */
    public ImportOptions withIdField(String field) {
        return new ImportOptions(format, knownParticipants, field, countPartial);
    }

    /** A copy that counts partial responses as returned (true) or keeps them aside (false). */
    public ImportOptions withCountPartial(boolean count) {
        return new ImportOptions(format, knownParticipants, idField, count);
    }
}
