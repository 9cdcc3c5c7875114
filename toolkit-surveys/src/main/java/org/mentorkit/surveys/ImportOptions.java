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

    /**
     * The options, normalised: an absent format is {@link ResponseFormat#AUTO}, an absent id field "", absent sets and
     * maps empty (and copied).
     *
     * @param format            the file format, or {@link ResponseFormat#AUTO}
     * @param knownParticipants the cohort's participant ids; empty for no check (pseudonymous codes)
     * @param idField           the column (or SurveyJS key) holding the participant id or code; "" for the default
     * @param countPartial      whether partial responses count as returned
     * @param eventWaves        REDCap unique event names to the wave each holds
     * @param formColumns       REDCap variable names of the instrument's form to item ids; empty for item ids
     */
    public ImportOptions {
        format = format == null ? ResponseFormat.AUTO : format;
        knownParticipants = knownParticipants == null ? Set.of() : Set.copyOf(knownParticipants);
        idField = idField == null ? "" : idField;
        eventWaves = eventWaves == null ? Map.of() : Map.copyOf(eventWaves);
        formColumns = formColumns == null ? Map.of() : Map.copyOf(formColumns);
    }

    /**
     * Options without an event mapping or form columns.
     *
     * @param format            the file format, or {@link ResponseFormat#AUTO}
     * @param knownParticipants the cohort's participant ids; empty for no check
     * @param idField           the participant id column; "" for the format's default
     * @param countPartial      whether partial responses count as returned
     */
    public ImportOptions(ResponseFormat format, Set<String> knownParticipants, String idField, boolean countPartial) {
        this(format, knownParticipants, idField, countPartial, Map.of(), Map.of());
    }

    /**
     * Options that keep partial responses aside, without an event mapping or form columns.
     *
     * @param format            the file format, or {@link ResponseFormat#AUTO}
     * @param knownParticipants the cohort's participant ids; empty for no check
     * @param idField           the participant id column; "" for the format's default
     */
    public ImportOptions(ResponseFormat format, Set<String> knownParticipants, String idField) {
        this(format, knownParticipants, idField, false, Map.of(), Map.of());
    }

    /**
     * Detect the format, no participant check, default id column, partial responses not counted.
     *
     * @return the default options
     */
    public static ImportOptions defaults() {
        return new ImportOptions(ResponseFormat.AUTO, Set.of(), "", false, Map.of(), Map.of());
    }

    /**
     * A copy checking participants against the given ids.
     *
     * @param ids the cohort's participant ids; rows for anyone else are skipped as unknown (empty: no check)
     * @return the new options
     */
    public ImportOptions withKnownParticipants(Set<String> ids) {
        return new ImportOptions(format, ids, idField, countPartial, eventWaves, formColumns);
    }

    /**
     * A copy with an explicit format.
     *
     * @param newFormat the format, or {@link ResponseFormat#AUTO} to detect it per file
     * @return the new options
     */
    public ImportOptions withFormat(ResponseFormat newFormat) {
        return new ImportOptions(newFormat, knownParticipants, idField, countPartial, eventWaves, formColumns);
    }

    /**
     * A copy with another id column.
     *
     * @param field the column or SurveyJS key holding the participant id or code; "" for the format's default
     * @return the new options
     */
    public ImportOptions withIdField(String field) {
        return new ImportOptions(format, knownParticipants, field, countPartial, eventWaves, formColumns);
    }

    /**
     * A copy mapping REDCap event names to waves.
     *
     * @param waves unique event name (such as {@code pre_arm_1}) to the wave its rows hold
     * @return the new options
     */
    public ImportOptions withEventWaves(Map<String, Wave> waves) {
        return new ImportOptions(format, knownParticipants, idField, countPartial, waves, formColumns);
    }

    /**
     * A copy reading the instrument's columns as the project's data dictionary names them.
     *
     * @param columns REDCap variable name to item id, as {@link org.mentorkit.surveys.exchange.RedcapFormColumns#of}
     *                gives them; empty to read item ids
     * @return the new options
     */
    public ImportOptions withFormColumns(Map<String, String> columns) {
        return new ImportOptions(format, knownParticipants, idField, countPartial, eventWaves, columns);
    }

    /**
     * A copy that counts partial responses as returned or keeps them aside.
     *
     * @param count true to count them as returned; false to keep them in {@link ResponseSet#partial()}
     * @return the new options
     */
    public ImportOptions withCountPartial(boolean count) {
        return new ImportOptions(format, knownParticipants, idField, count, eventWaves, formColumns);
    }
}
