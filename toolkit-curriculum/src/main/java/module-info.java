/**
 * Curricula and session scheduling for mentorkit.
 *
 * <p>{@code org.mentorkit.curriculum}: the curriculum records, the built-in six-session default, JSON files, overlays
 * that adapt a curriculum without forking it, Markdown session guides and the {@link
 * org.mentorkit.curriculum.CurriculumRegistry} of available curricula. {@code org.mentorkit.curriculum.spi}: the
 * {@link org.mentorkit.curriculum.spi.CurriculumProvider} plug-in interface. {@code org.mentorkit.curriculum.schedule}:
 * session dates and times for every group and member, across time zones, and iCalendar, Markdown and CSV outputs.
 *
 * <p>Its texts (the default curriculum, session guide, calendar and schedule labels) are in {@code mentorkit-i18n/} in
 * English, Spanish, French, Brazilian Portuguese, German and Japanese.
 *
 * @uses org.mentorkit.curriculum.spi.CurriculumProvider
 * @provides org.mentorkit.model.spi.TranslationProvider
 */
// The qualified exports name modules built after this one, which javac cannot see here ("module not found").
@SuppressWarnings("module")
module org.mentorkit.curriculum {
    requires transitive org.mentorkit.model;
    requires jakarta.json;
    requires org.eclipse.yasson;
    requires org.apache.commons.csv;
    requires ical4j.core;

    exports org.mentorkit.curriculum;
    exports org.mentorkit.curriculum.spi;
    exports org.mentorkit.curriculum.schedule;

    // Helpers, not API (the way Jenetics exports its internal.util): the texts of documents (session references
    // resolved to "session 4", members' local times over clock changes) for the packet, and the writing of proposed
    // slots into the cohort file for the command line's `schedule --save`.
    exports org.mentorkit.curriculum.internal.text to org.mentorkit.export;
    exports org.mentorkit.curriculum.internal.io to org.mentorkit.cli;

    // JSON-B binds the curriculum records and reads the model's records reflectively.
    opens org.mentorkit.curriculum to org.eclipse.yasson;

    uses org.mentorkit.curriculum.spi.CurriculumProvider;

    provides org.mentorkit.model.spi.TranslationProvider
            with org.mentorkit.curriculum.internal.CurriculumTranslationProvider;
}
