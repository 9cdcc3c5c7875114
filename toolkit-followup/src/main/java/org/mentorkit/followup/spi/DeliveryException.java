package org.mentorkit.followup.spi;

/**
 * A mail service refused or could not take a message. The message is the service's reply (for SMTP the reply code
 * and text, e.g. {@code 550 5.1.1 mailbox unavailable}); it must not quote the message's content.
 */
public class DeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean temporary;

    public DeliveryException(String reply, boolean temporary) {
        super(reply);
        this.temporary = temporary;
    }

    public DeliveryException(String reply, boolean temporary, Throwable cause) {
        super(reply, cause);
        this.temporary = temporary;
    }

    /** True for a failure worth retrying later (SMTP 4xx, a dropped connection); false for a refusal (SMTP 5xx). */
    public boolean temporary() {
        return temporary;
    }
}
