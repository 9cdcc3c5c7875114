package org.mentorkit.surveys;

/** The file formats responses are imported from. */
public enum ResponseFormat {
    /** Decide from the file: {@code .json} is SurveyJS; a CSV with {@code record_id}, {@code redcap_*} or {@code *_complete} columns, or REDCap's label headers, is REDCap; otherwise the generic CSV. */
    AUTO,
    /** A REDCap record export, raw or with labels. */
    REDCAP,
    /** SurveyJS results: a JSON array with one object per respondent. */
    SURVEYJS,
    /** The generic CSV: {@code participant_id} then one column per item id (see docs/surveys.md). */
    CSV
}
