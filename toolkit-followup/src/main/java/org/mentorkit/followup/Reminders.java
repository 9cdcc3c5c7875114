package org.mentorkit.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorkit.followup.internal.FileNames;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Participant;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.LocalizedInstrument;

/**
 * Reminder messages: one per invited participant who has not responded ({@code reminder.md}) or responded only
 * partly ({@code reminder-partial.md}, "please finish"), none for those who responded.
 */
public final class Reminders {

    private Reminders() {
    }

    /**
     * The reminders, in the order of the status rows, and who could not get one (no email address) or got one without
     * a personal link although links were given.
     *
     * @param cohort     the cohort the status was made for
     * @param instrument the survey; its title (else its id) is the {@code {{survey}}} of the templates
     * @param status     the survey's status (see {@link SurveyStatus#of})
     * @param templates  the templates; {@code reminder.md} and {@code reminder-partial.md} are used
     * @param links      the participants' survey links ({@link SurveyLinks#none()} for none)
     * @param from       the sender, usually the program's contact
     * @return the messages, one per participant not responded or partial who has an email address
     * @throws IllegalArgumentException when the status is of another instrument
     * @throws java.util.NoSuchElementException when a status row names a participant the cohort does not have
     * @throws org.mentorkit.model.InvalidInputException when a template cannot be read or uses a variable that is not
     *         one of the message's
     */
    public static MessageBatch build(Cohort cohort, Instrument instrument, SurveyStatus status, MailTemplates templates,
                              SurveyLinks links, MailAddress from) {
        if (!status.instrumentId().equals(instrument.id())) {
            throw new IllegalArgumentException("the status is of '" + status.instrumentId() + "', not '" + instrument.id() + "'");
        }
        List<MailMessage> messages = new ArrayList<>();
        List<String> withoutEmail = new ArrayList<>();
        List<String> withoutLink = new ArrayList<>();
        FileNames names = new FileNames();
        Language language = Language.of(cohort.program().language());
        // The instrument's title in the program's language where a translation has it (a society's own stays as written).
        Instrument localized = LocalizedInstrument.of(instrument, language).instrument();
        String survey = localized.title().isBlank() ? instrument.id() : localized.title();
        for (ParticipantStatus row : status.rows()) {
            if (row.status() == ResponseStatus.RESPONDED) {
                continue;
            }
            Participant participant = cohort.participant(row.participantId()).orElseThrow();
            if (participant.email().isBlank()) {
                withoutEmail.add(participant.id());
                continue;
            }
            String link = links.linkFor(participant).orElse("");
            if (links.given() && link.isEmpty()) {
                withoutLink.add(participant.id());
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("name", participant.displayName());
            values.put("program", cohort.program().name());
            values.put("survey", survey);
            values.put("link", link);
            values.put("contact", from.email());
            String template = row.status() == ResponseStatus.PARTIAL ? "reminder-partial.md" : "reminder.md";
            MailTemplates.Filled filled = templates.fill(template, values, language);
            messages.add(new MailMessage(names.unique("reminder-" + participant.id()), participant.id(),
                    new MailAddress(participant.email(), participant.displayName()), from, filled.subject(),
                    filled.body(), ""));
        }
        return new MessageBatch(messages, withoutEmail, withoutLink);
    }
}
