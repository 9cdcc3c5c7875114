package org.mentorkit.followup;

import java.util.List;

/**
 * What a send run did, one entry per message.
 *
 * @param entries in the order the messages were given
 */
public record SendReport(List<Entry> entries) {

    /** What happened to one message. */
    public enum Outcome {
        /** Accepted by the mail service in this run. */
        SENT,
        /** Recorded as sent by an earlier run; not sent again. */
        ALREADY_SENT,
        /** A dry run: would be sent. */
        WOULD_SEND,
        /** Refused permanently for this recipient (e.g. SMTP 5xx); the others went on. */
        REFUSED,
        /** Failed temporarily on every attempt (e.g. SMTP 4xx); run again later. */
        DEFERRED,
        /** Not tried, because the run stopped after the service kept failing temporarily. */
        NOT_TRIED
    }

    /**
     * What happened to one message.
     *
     * @param file  the message's file name
     * @param to    the recipient address
     * @param outcome what happened
     * @param reply the service's reply for a refusal or failure; "" otherwise
     * @param attempts delivery attempts made in this run
     */
    public record Entry(String file, String to, Outcome outcome, String reply, int attempts) {
    }

    /**
     * The report with its entries copied.
     *
     * @param entries in the order the messages were given
     * @throws NullPointerException when the list or an entry is null
     */
    public SendReport {
        entries = List.copyOf(entries);
    }

    /**
     * How many messages had the outcome.
     *
     * @param outcome an outcome
     * @return the number of entries with it
     */
    public long count(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).count();
    }

    /**
     * Whether every message is now sent (in this run or before).
     *
     * @return true when every entry is {@link Outcome#SENT} or {@link Outcome#ALREADY_SENT} (always false for a dry run
     *         with something to send)
     */
    public boolean complete() {
        return entries.stream().allMatch(e -> e.outcome() == Outcome.SENT || e.outcome() == Outcome.ALREADY_SENT);
    }
}
