package org.mentorkit.followup;

import java.util.Objects;
import org.mentorkit.model.InvalidInputException;

/**
 * An email address with the name shown beside it.
 *
 * @param email the address, e.g. {@code fatima@example.org}
 * @param name  the display name, any script (encoded per RFC 2047 in the message); "" for none
 */
public record MailAddress(String email, String name) {

    /**
     * The address with surrounding spaces removed, and the name with control characters (line breaks included)
     * replaced by spaces, so that a name can never add a header of its own.
     *
     * @param email the address, {@code local@domain}
     * @param name  the display name; null or "" for none
     * @throws NullPointerException when {@code email} is null
     * @throws InvalidInputException when {@code email} is not one address: empty, without exactly one {@code @} with
     *                               text before and after it, or with spaces, quotes, commas or angle brackets
     */
    public MailAddress {
        Objects.requireNonNull(email, "email");
        email = email.strip();
        // Line breaks in a header value would let a participant's text add headers of its own.
        name = Objects.requireNonNullElse(name, "").replaceAll("[\\p{Cntrl}]+", " ").strip();
        if (email.isEmpty() || email.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == ',' || c == '"')
                || email.indexOf('@') <= 0 || email.indexOf('@') != email.lastIndexOf('@')
                || email.endsWith("@")) {
            throw new InvalidInputException("email '" + email + "'", "is not an email address; expected local@domain");
        }
    }

    /**
     * An address without a display name.
     *
     * @param email the address, {@code local@domain}
     * @return the address
     * @throws InvalidInputException when {@code email} is not one address
     */
    public static MailAddress of(String email) {
        return new MailAddress(email, "");
    }
}
