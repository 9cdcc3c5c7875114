package org.mentorkit.followup;

import java.util.Objects;
import java.util.Optional;

/**
 * One message to one participant, ready to be written as an {@code .eml} file or sent.
 *
 * @param fileName      the file name in the output folder ({@code reminder-m01.eml}); also what the send ledger
 *                      records, so it is stable from run to run for the same participant
 * @param participantId the participant it is for
 * @param to            the recipient
 * @param from          the sender (the program's contact)
 * @param subject       the subject, any script
 * @param body          the plain-text body (Markdown, which reads as plain text)
 * @param calendarText  an iCalendar object with {@code METHOD:REQUEST} sent as the {@code text/calendar} part; "" for
 *                      none
 */
public record MailMessage(String fileName, String participantId, MailAddress to, MailAddress from, String subject,
                          String body, String calendarText) {

    /**
     * Checks the message; control characters (line breaks included) in the subject become spaces, so that no text can
     * add a header of its own.
     *
     * @param fileName      the file name in the output folder: letters, digits, {@code .}, {@code _} or {@code -},
     *                      ending in {@code .eml}
     * @param participantId the participant it is for
     * @param to            the recipient
     * @param from          the sender
     * @param subject       the subject
     * @param body          the plain-text body
     * @param calendarText  an iCalendar object for the {@code text/calendar} part; null or "" for none
     * @throws NullPointerException     when a value other than {@code calendarText} is null
     * @throws IllegalArgumentException when the file name is not of that form
     */
    public MailMessage {
        Objects.requireNonNull(fileName, "fileName");
        if (!fileName.matches("[A-Za-z0-9._-]+\\.eml")) {
            throw new IllegalArgumentException("file name '" + fileName + "' must be letters, digits, '.', '_' or '-'"
                    + " ending in .eml");
        }
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(from, "from");
        subject = Objects.requireNonNull(subject, "subject").replaceAll("[\\p{Cntrl}]+", " ").strip();
        Objects.requireNonNull(body, "body");
        calendarText = Objects.requireNonNullElse(calendarText, "");
    }

    /**
     * The calendar part, if the message carries one.
     *
     * @return {@link #calendarText()}, or empty when it is ""
     */
    public Optional<String> calendar() {
        return calendarText.isEmpty() ? Optional.empty() : Optional.of(calendarText);
    }
}
