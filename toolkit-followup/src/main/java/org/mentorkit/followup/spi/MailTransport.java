package org.mentorkit.followup.spi;

/**
 * Delivers one message to one recipient: the plug-in point for a society's own mail service (an HTTP mail API, a
 * queue). SMTP through Jakarta Mail is built in ({@code org.mentorkit.followup.Smtp}).
 *
 * <p>The {@code Mailer} calls {@link #deliver} once per message, one at a time, and records each delivery in its
 * ledger only after the call returns; an implementation must return only once the service has accepted the message.
 */
public interface MailTransport extends AutoCloseable {

    /**
     * Hands the message to the mail service.
     *
     * @param envelopeFrom the sender address for the envelope (bounces)
     * @param recipient    the one recipient address
     * @param message      the RFC 5322 message, CRLF line ends, without the draft marker
     * @throws DeliveryException when the service refuses: {@link DeliveryException#temporary()} failures are retried
     *                           with backoff, permanent ones are reported for that recipient and the others continue.
     *                           An unchecked exception (a refused login) stops the whole run instead
     */
    void deliver(String envelopeFrom, String recipient, byte[] message) throws DeliveryException;

    /** Closes any connection; the default does nothing. */
    @Override
    default void close() {
    }
}
