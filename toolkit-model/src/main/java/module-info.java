/**
 * The mentorkit model: programs, participants, vocabularies, cohorts and groups, their validation, and their JSON and
 * CSV files.
 *
 * <p>{@code org.mentorkit.model} holds the records, the exceptions and the built-in {@code DefaultProgram};
 * {@code org.mentorkit.model.io} reads and writes program and cohort files ({@code ModelFiles}, {@code ModelJson}),
 * reads applicant CSV exports ({@code ApplicantCsv}), validates ({@code ModelValidation}) and writes any file
 * atomically ({@code AtomicFiles}); {@code org.mentorkit.model.text} escapes participant text for Markdown outputs
 * ({@code MarkdownText}). {@code org.mentorkit.model.internal} is not exported.
 *
 * <p>Every other mentorkit module builds on this one; it depends on no other mentorkit module. The JSON-P provider
 * (Parsson) is found through {@link java.util.ServiceLoader} and must be on the module path.
 */
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

    exports org.mentorkit.model;
    exports org.mentorkit.model.io;
    exports org.mentorkit.model.text;

    // Hibernate Validator reads constrained record fields and creates our constraint validators reflectively;
    // Yasson binds the records.
    opens org.mentorkit.model to org.hibernate.validator, org.eclipse.yasson;
    opens org.mentorkit.model.internal to org.hibernate.validator;
}
