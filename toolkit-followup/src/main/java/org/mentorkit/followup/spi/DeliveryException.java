package org.mentorkit.followup.spi;

/**
 * A mail service refused or could not take a message. The message is the service's reply (for SMTP the reply code
 * and text, e.g. {@code 550 5.1.1 mailbox unavailable}); it must not quote the message's content.
 */
public class DeliveryException extends Exception {

    /** Serial form version; the exception is serializable as every {@link Exception} is. */
    private static final long serialVersionUID = 1L;

    /** Whether the failure is worth retrying; see {@link #temporary()}. */
    private final boolean temporary;

    /**
     * A failure without an underlying exception.
     *
     * @param reply     the service's reply, for the ledger and progress lines; never the message's content
     * @param temporary true when worth retrying later (SMTP 4xx); false for a refusal (SMTP 5xx)
     */
    public DeliveryException(String reply, boolean temporary) {
        super(reply);
        this.temporary = temporary;
    }

    /**
     * A failure caused by another exception (the service client's).
     *
     * @param reply     the service's reply, for the ledger and progress lines; never the message's content
     * @param temporary true when worth retrying later (SMTP 4xx); false for a refusal (SMTP 5xx)
     * @param cause     the underlying exception
     */
    public DeliveryException(String reply, boolean temporary, Throwable cause) {
        super(reply, cause);
        this.temporary = temporary;
    }

    /**
     * Whether the failure is worth retrying.
     *
     * @return true for a failure worth retrying later (SMTP 4xx, a dropped connection); false for a refusal (SMTP 5xx)
     */
    public boolean temporary() {
        return temporary;
    }
}
