package org.mentorkit.surveys;

/**
 * Whether a response was finished. REDCap records it per form in {@code <form>_complete}: 2 (Complete) is a finished
 * response; 0 (Incomplete) and 1 (Unverified) with answers, or a survey timestamp {@code [not completed]}, are partial.
 * Formats without a status (SurveyJS results, the generic CSV, PDF forms) give complete responses.
 */
public enum Completion {
    /** Finished: counts as returned. */
    COMPLETE,
    /** Started but not finished: reported separately, and counted as returned only when the coordinator asks. */
    PARTIAL
}
