/**
 * Survey instruments and what is done with their answers: the instrument model and the built-in instruments,
 * exchange with REDCap (data dictionaries, record exports) and SurveyJS, response import with a per-row account of what
 * was taken and skipped, and the evaluation report model (proportions with Wilson intervals, McNemar pre/post
 * comparisons, Likert summaries, free-text themes, small-cell suppression for public audiences).
 *
 * <p>Rendering beyond Markdown (PDF, charts) is the export module's job; it reads the report model of
 * {@code org.mentorkit.surveys.report}.
 *
 * <p>{@code org.mentorkit.surveys}, {@code .exchange} and {@code .report} are the API; {@code .internal} is not
 * exported, and {@code .internal.forms} (the "Answer if ..." wording of paper forms) only to the export module.
 *
 * <p>Its texts in every language (instruments, codebook themes, export and report wording) come from translation
 * files under {@code mentorkit-i18n/}, supplied to the registry of the model module.
 *
 * @provides org.mentorkit.model.spi.TranslationProvider the survey instruments', codebook's, exports' and report's texts
 */
// The qualified export names a sibling module built after this one, which javac cannot see here ("module not found").
@SuppressWarnings("module")
module org.mentorkit.surveys {
    requires transitive org.mentorkit.model;
    requires jakarta.json;
    requires org.apache.commons.csv;

    exports org.mentorkit.surveys;
    exports org.mentorkit.surveys.exchange;
    exports org.mentorkit.surveys.report;

    // A helper the export module's paper and PDF forms share with this module's Markdown questionnaire, not part of
    // the API: "Answer if ..." wording and question numbers.
    exports org.mentorkit.surveys.internal.forms to org.mentorkit.export;

    // Yasson binds the instrument, response and report records reflectively.
    opens org.mentorkit.surveys to org.eclipse.yasson;
    opens org.mentorkit.surveys.report to org.eclipse.yasson;

    provides org.mentorkit.model.spi.TranslationProvider with org.mentorkit.surveys.internal.SurveyTranslationProvider;
}
