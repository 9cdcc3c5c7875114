package org.mentorkit.followup.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Properties;
import org.mentorkit.followup.MailAddress;
import org.mentorkit.followup.MailMessage;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;

/**
 * A {@link MailMessage} as an RFC 5322 message with MIME parts, written by Jakarta Mail: names and subject in any
 * script as RFC 2047 encoded words (so the header stays 7-bit and every reader can decode it), a UTF-8 text body, and
 * for invitations a {@code multipart/alternative} whose second part is {@code text/calendar; method=REQUEST} (the
 * iMIP form of RFC 6047 that Outlook, Thunderbird and Apple Mail show as an invitation).
 *
 * <p>{@code X-Unsent: 1} makes Outlook open the file as a draft to review and send; sending strips it.
 */
public final class EmlFormat {

    /** The header that marks a draft. */
    public static final String UNSENT_HEADER = "X-Unsent";

    private static final Session SESSION = Session.getInstance(new Properties());

    private EmlFormat() {
    }

    /** The message's bytes, CRLF line ends, dated {@code date}. */
    public static byte[] bytes(MailMessage message, Instant date) {
        try {
            MimeMessage mime = new StableIdMessage(SESSION, messageId(message));
            mime.setFrom(address(message.from()));
            mime.setRecipient(jakarta.mail.Message.RecipientType.TO, address(message.to()));
            mime.setSubject(message.subject(), "UTF-8");
            mime.setSentDate(Date.from(date));
            mime.setHeader(UNSENT_HEADER, "1");
            if (message.calendar().isEmpty()) {
                mime.setText(message.body(), "UTF-8", "plain");
            } else {
                MimeMultipart alternative = new FixedBoundary("alternative", "=_mentorkit_" + messageId(message).substring(1, 33));
                MimeBodyPart text = new MimeBodyPart();
                text.setText(message.body(), "UTF-8", "plain");
                alternative.addBodyPart(text);
                MimeBodyPart calendar = new MimeBodyPart();
                calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                        message.calendar().get().getBytes(StandardCharsets.UTF_8),
                        "text/calendar; charset=UTF-8; method=REQUEST")));
                // Base64 keeps the calendar's CRLF line ends and long lines exactly as written.
                calendar.setHeader("Content-Transfer-Encoding", "base64");
                calendar.setFileName("invitation.ics");
                calendar.setDisposition(jakarta.mail.Part.INLINE);
                alternative.addBodyPart(calendar);
                mime.setContent(alternative);
            }
            mime.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            mime.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new ToolkitException(ErrorCode.MAIL_MESSAGE, "cannot write message " + message.fileName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            // Writing to memory: only a defect of the mail library gets here.
            throw new ToolkitException(ErrorCode.MAIL_MESSAGE, "cannot write message " + message.fileName() + ": "
                    + e.getMessage(), e);
        }
    }

    private static InternetAddress address(MailAddress address) {
        try {
            InternetAddress internet = new InternetAddress(address.email(), address.name().isEmpty() ? null : address.name(),
                    "UTF-8");
            internet.validate();
            return internet;
        } catch (IOException | MessagingException e) {
            throw new org.mentorkit.model.InvalidInputException("email '" + address.email() + "'",
                    "is not a valid email address: " + e.getMessage());
        }
    }

    /**
     * The same message generated twice gets the same Message-ID, so a client or server that has the first copy can
     * tell a second one is the same message.
     */
    private static String messageId(MailMessage message) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((message.fileName() + "\n" + message.to().email() + "\n" + message.subject() + "\n"
                    + message.body() + "\n" + message.calendarText()).getBytes(StandardCharsets.UTF_8));
            String domain = message.from().email().substring(message.from().email().indexOf('@') + 1);
            return "<" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "." + message.fileName().replace(".eml", "")
                    + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same message written twice is the same bytes: the boundary is taken from the content's hash, not the clock. */
    private static final class FixedBoundary extends MimeMultipart {
        FixedBoundary(String subtype, String boundary) {
            super(subtype);
            contentType = "multipart/" + subtype + "; boundary=\"" + boundary + "\"";
        }
    }

    /** Jakarta Mail replaces Message-ID on saveChanges unless told otherwise. */
    private static final class StableIdMessage extends MimeMessage {
        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
