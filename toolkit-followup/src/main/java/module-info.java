/**
 * Follow-up for a running program: who has answered a survey ({@code SurveyStatus}), reminder and invitation
 * messages as standard {@code .eml} files ({@code Reminders}, {@code Invitations}), and sending them once and only
 * once through a send ledger ({@code Mailer}).
 *
 * <p>{@code org.mentorkit.followup} is the API; {@code org.mentorkit.followup.spi} holds {@link
 * org.mentorkit.followup.spi.MailTransport}, the interface a society implements to send through its own mail service
 * (SMTP through Jakarta Mail is built in); {@code org.mentorkit.followup.internal} is not exported.
 *
 * <p>The built-in messages are in every built-in language: the program's language chooses them.
 *
 * <p>Depends on the model, surveys and curriculum modules only; nothing but the command line and examples depends on
 * it. Jakarta Mail's implementation (Eclipse Angus Mail) is found as a service provider and must be on the module path.
 *
 * @provides org.mentorkit.model.spi.TranslationProvider the built-in messages ({@code mail.templates}) in every
 *           built-in language
 */
module org.mentorkit.followup {
    requires transitive org.mentorkit.model;
    requires transitive org.mentorkit.surveys;
    requires org.mentorkit.curriculum;
    requires org.apache.commons.csv;
    requires jakarta.mail;

    exports org.mentorkit.followup;
    exports org.mentorkit.followup.spi;

    provides org.mentorkit.model.spi.TranslationProvider
            with org.mentorkit.followup.internal.FollowupTranslationProvider;
}
