package org.mentorkit.followup.internal;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.mentorkit.model.InvalidInputException;

/**
 * What sending needs from an {@code .eml} file: the envelope sender and the one recipient, and the message bytes
 * without the draft marker ({@code X-Unsent}), everything else exactly as the coordinator reviewed it.
 *
 * @param from    the From address
 * @param to      the one To address
 * @param message the bytes to send
 */
public record EmlEnvelope(String from, String to, byte[] message) {

    private static final Session SESSION = Session.getInstance(new Properties());

    public static EmlEnvelope read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read the message: " + e.getMessage());
        }
        try {
            MimeMessage parsed = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
            Address[] from = parsed.getFrom();
            Address[] to = parsed.getRecipients(jakarta.mail.Message.RecipientType.TO);
            if (from == null || from.length != 1 || to == null || to.length != 1) {
                throw new InvalidInputException(file.toString(), "a message to send has one From and one To address");
            }
            return new EmlEnvelope(((InternetAddress) from[0]).getAddress(), ((InternetAddress) to[0]).getAddress(),
                    withoutDraftMarker(bytes));
        } catch (MessagingException | ClassCastException e) {
            throw new InvalidInputException(file.toString(), "not a readable message: " + e.getMessage());
        }
    }

    /** Drops header lines {@code X-Unsent: ...} (and their continuation lines); the body is untouched. */
    static byte[] withoutDraftMarker(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1); // byte-preserving
        int headerEnd = text.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return bytes;
        }
        StringBuilder header = new StringBuilder();
        boolean dropping = false;
        for (String line : text.substring(0, headerEnd + 2).split("(?<=\r\n)")) {
            boolean continuation = line.startsWith(" ") || line.startsWith("\t");
            if (!continuation) {
                dropping = line.regionMatches(true, 0, EmlFormat.UNSENT_HEADER + ":", 0, EmlFormat.UNSENT_HEADER.length() + 1);
            }
            if (!dropping) {
                header.append(line);
            }
        }
        return (header + text.substring(headerEnd + 2)).getBytes(StandardCharsets.ISO_8859_1);
    }
}
