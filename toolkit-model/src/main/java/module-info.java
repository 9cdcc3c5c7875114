/**
 * The mentorkit model: programs, participants, vocabularies, cohorts and groups, their validation, and their JSON and
 * CSV files.
 *
 * <p>{@code org.mentorkit.model} holds the records, the exceptions and the built-in {@code DefaultProgram};
 * {@code org.mentorkit.model.io} reads and writes program and cohort files ({@code ModelFiles}, {@code ModelJson}),
 * reads applicant CSV exports ({@code ApplicantCsv}) and validates ({@code ModelValidation}).
 * {@code org.mentorkit.model.i18n} holds languages, translated texts and locale formats, and
 * {@code org.mentorkit.model.spi} the {@code TranslationProvider} plug-in interface.
 * {@code org.mentorkit.model.internal} is not exported; {@code org.mentorkit.model.internal.io} (atomic writing) and
 * {@code org.mentorkit.model.internal.text} (the Markdown escaper, "did you mean") are exported only to the sibling
 * modules that use them, and so is {@code org.mentorkit.model.internal.input}, the one bounded path by which every
 * module reads users' files.
 *
 * <p>Every other mentorkit module builds on this one; it depends on no other mentorkit module. The JSON-P provider
 * (Parsson) is found through {@link java.util.ServiceLoader} and must be on the module path.
 *
 * @uses org.mentorkit.model.spi.TranslationProvider
 */
// The qualified exports name sibling modules built after this one, which javac cannot see here ("module not found").
@SuppressWarnings("module")
module org.mentorkit.model {
    requires transitive jakarta.validation;
    requires transitive jakarta.json.bind;
    requires jakarta.json;
    // Only to keep Hibernate Validator's start-up INFO line out of command output.
    requires java.logging;
    requires jakarta.el;
    requires org.hibernate.validator;
    requires org.eclipse.yasson;
    requires org.apache.commons.csv;
    // Plural rules and message patterns for every language (the JDK has no plural rules).
    requires com.ibm.icu;

    exports org.mentorkit.model;
    exports org.mentorkit.model.io;
    exports org.mentorkit.model.i18n;
    exports org.mentorkit.model.spi;

    // Helpers the sibling modules share, not part of the API (the way Jenetics exports its internal.util): atomic
    // writing, and the Markdown escaper and "did you mean" rule for participant text and messages.
    exports org.mentorkit.model.internal.io to
            org.mentorkit.curriculum, org.mentorkit.surveys, org.mentorkit.export, org.mentorkit.cli,
            org.mentorkit.followup;
    exports org.mentorkit.model.internal.text to
            org.mentorkit.matching, org.mentorkit.curriculum, org.mentorkit.surveys, org.mentorkit.export;
    // The one bounded reading path (file opening, encodings, JSON limits) for every module that reads users' files.
    exports org.mentorkit.model.internal.input
            to org.mentorkit.curriculum, org.mentorkit.surveys, org.mentorkit.export, org.mentorkit.cli;

    // Hibernate Validator reads constrained record fields and creates our constraint validators reflectively;
    // Yasson binds the records.
    opens org.mentorkit.model to org.hibernate.validator, org.eclipse.yasson;
    opens org.mentorkit.model.internal to org.hibernate.validator;

    // Each mentorkit module provides its own texts; a society's plug-in may add a language or correct texts.
    uses org.mentorkit.model.spi.TranslationProvider;
}
