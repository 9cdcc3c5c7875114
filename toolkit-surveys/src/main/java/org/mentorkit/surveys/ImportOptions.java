package org.mentorkit.surveys;

import java.util.Map;
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
 * @param eventWaves        REDCap unique event names (longitudinal projects) to the wave each holds; events not
 *                          listed are mapped by their name ({@code pre_arm_1} PRE, {@code post_arm_1} POST, ...)
 * @param formColumns       REDCap variable names of the instrument's form to item ids, from the project's data
 *                          dictionary ({@link org.mentorkit.surveys.exchange.RedcapFormColumns}); when given, exactly
 *                          these columns (and their checkbox columns) are read. Empty: item ids and their REDCap names
 */
public record ImportOptions(ResponseFormat format, Set<String> knownParticipants, String idField,
                            boolean countPartial, Map<String, Wave> eventWaves, Map<String, String> formColumns) {

    public ImportOptions {
        format = format == null ? ResponseFormat.AUTO : format;
        knownParticipants = knownParticipants == null ? Set.of() : Set.copyOf(knownParticipants);
        idField = idField == null ? "" : idField;
        eventWaves = eventWaves == null ? Map.of() : Map.copyOf(eventWaves);
        formColumns = formColumns == null ? Map.of() : Map.copyOf(formColumns);
    }

    /** Options without an event mapping. */
    public ImportOptions(ResponseFormat format, Set<String> knownParticipants, String idField, boolean countPartial) {
        this(format, knownParticipants, idField, countPartial, Map.of(), Map.of());
    }

    /** Options that keep partial responses aside. */
    public ImportOptions(ResponseFormat format, Set<String> knownParticipants, String idField) {
        this(format, knownParticipants, idField, false, Map.of(), Map.of());
    }

    /** Detect the format, no participant check, default id column, partial responses not counted. */
    public static ImportOptions defaults() {
        return new ImportOptions(ResponseFormat.AUTO, Set.of(), "", false, Map.of(), Map.of());
    }

    /** A copy checking participants against the given ids. */
    public ImportOptions withKnownParticipants(Set<String> ids) {
        return new ImportOptions(format, ids, idField, countPartial, eventWaves, formColumns);
    }

    /** A copy with an explicit format. */
    public ImportOptions withFormat(ResponseFormat newFormat) {
        return new ImportOptions(newFormat, knownParticipants, idField, countPartial, eventWaves, formColumns);
    }

    /** A copy with another id column ("" for the format's default). */
    public ImportOptions withIdField(String field) {
        return new ImportOptions(format, knownParticipants, field, countPartial, eventWaves, formColumns);
    }

    /** A copy mapping REDCap event names to waves. */
    public ImportOptions withEventWaves(Map<String, Wave> waves) {
        return new ImportOptions(format, knownParticipants, idField, countPartial, waves, formColumns);
    }

    /** A copy reading the instrument's columns as the project's data dictionary names them. */
    public ImportOptions withFormColumns(Map<String, String> columns) {
        return new ImportOptions(format, knownParticipants, idField, countPartial, eventWaves, columns);
    }

    /** A copy that counts partial responses as returned (true) or keeps them aside (false). */
    public ImportOptions withCountPartial(boolean count) {
        return new ImportOptions(format, knownParticipants, idField, count, eventWaves, formColumns);
    }
}
