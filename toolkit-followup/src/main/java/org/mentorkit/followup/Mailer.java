package org.mentorkit.followup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.mentorkit.followup.SendReport.Entry;
import org.mentorkit.followup.SendReport.Outcome;
import org.mentorkit.followup.internal.EmlEnvelope;
import org.mentorkit.followup.spi.DeliveryException;
import org.mentorkit.followup.spi.MailTransport;

/**
 * Sends {@code .eml} files once and only once: each message not yet in the folder's {@link SendLedger} is handed to
 * the {@link MailTransport}, at most {@code ratePerMinute} a minute; a temporary failure is retried with doubling
 * backoff, a permanent one is recorded and reported and the others go on. Progress lines name only the file and the
 * address, never a name or the content.
 */
public final class Mailer {

    private final MailTransport transport;
    private final int ratePerMinute;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Consumer<String> progress;
    private final Clock clock;

    private Mailer(Builder builder) {
        this.transport = builder.transport;
        this.ratePerMinute = builder.ratePerMinute;
        this.maxAttempts = builder.maxAttempts;
        this.firstBackoff = builder.firstBackoff;
        this.progress = builder.progress;
        this.clock = builder.clock;
    }

    /**
     * A mailer sending through {@code transport}; the builder's defaults are 30 messages a minute, 4 attempts, a
     * first backoff of 5 s, no progress lines and the UTC system clock.
     *
     * @param transport the mail service to hand messages to; the caller opens and closes it
     * @return a builder
     * @throws NullPointerException when {@code transport} is null
     */
    public static Builder builder(MailTransport transport) {
        return new Builder(Objects.requireNonNull(transport, "transport"));
    }

    /**
     * What a run would send, without sending or recording anything.
     *
     * @param messages {@code .eml} files, each with one From and one To
     * @param ledger   the ledger a real run would consult
     * @return one entry per message: {@link SendReport.Outcome#ALREADY_SENT} or {@link SendReport.Outcome#WOULD_SEND}
     * @throws org.mentorkit.model.InvalidInputException when a file cannot be read as a message with one From and one
     *         To
     */
    public static SendReport dryRun(List<Path> messages, SendLedger ledger) {
        List<Entry> entries = new ArrayList<>();
        for (Path file : messages) {
            EmlEnvelope envelope = EmlEnvelope.read(file);
            String name = file.getFileName().toString();
            entries.add(new Entry(name, envelope.to(), ledger.wasSent(name, envelope.to()) ? Outcome.ALREADY_SENT
                    : Outcome.WOULD_SEND, "", 0));
        }
        return new SendReport(entries);
    }

    /**
     * Sends every message of {@code messages} that the ledger does not record as sent to its recipient.
     *
     * <p>Every file is read before the first is sent.
 A permanent refusal is recorded and the run goes on; when a message
     * fails temporarily on every attempt the run stops, the rest are reported {@link SendReport.Outcome#NOT_TRIED}, and
     * running again later sends them.
     *
     * @param messages {@code .eml} files, each with one From and one To
     * @param ledger   where sent messages are recorded, usually {@link SendLedger#in} the messages' folder
     * @return one entry per message, in the order given
     * @throws InterruptedException when the thread is interrupted while pacing or backing off; what was sent so far is
     *                              in the ledger
     * @throws org.mentorkit.model.InvalidInputException when a file cannot be read as a message with one From and one
     *         To; nothing is sent then
     * @throws org.mentorkit.model.ToolkitException when the ledger cannot be written; the run stops so that nothing is
     *         sent twice
     */
    public SendReport send(List<Path> messages, SendLedger ledger) throws InterruptedException {
        List<EmlEnvelope> envelopes = messages.stream().map(EmlEnvelope::read).toList(); // every file readable first
        List<Entry> entries = new ArrayList<>();
        long interval = 60_000L / ratePerMinute;
        long lastSend = Long.MIN_VALUE;
        boolean stopped = false;
        for (int i = 0; i < messages.size(); i++) {
            String name = messages.get(i).getFileName().toString();
            EmlEnvelope envelope = envelopes.get(i);
            if (ledger.wasSent(name, envelope.to())) {
                entries.add(new Entry(name, envelope.to(), Outcome.ALREADY_SENT, "", 0));
                continue;
            }
            if (stopped) {
                entries.add(new Entry(name, envelope.to(), Outcome.NOT_TRIED, "", 0));
                continue;
            }
            Duration backoff = firstBackoff;
            for (int attempt = 1; ; attempt++) {
                if (lastSend != Long.MIN_VALUE) {
                    pauseUntil(lastSend + interval);
                }
                lastSend = clock.millis();
                try {
                    transport.deliver(envelope.from(), envelope.to(), envelope.message());
                    ledger.recordSent(name, envelope.to(), clock.instant());
                    progress.accept("sent " + name + " to " + envelope.to());
                    entries.add(new Entry(name, envelope.to(), Outcome.SENT, "", attempt));
                    break;
                } catch (DeliveryException e) {
                    String reply = Objects.requireNonNullElse(e.getMessage(), "");
                    if (!e.temporary()) {
                        ledger.recordRefused(name, envelope.to(), reply, clock.instant());
                        progress.accept("refused " + name + " to " + envelope.to() + ": " + reply);
                        entries.add(new Entry(name, envelope.to(), Outcome.REFUSED, reply, attempt));
                        break;
                    }
                    if (attempt >= maxAttempts) {
                        progress.accept("deferred " + name + " to " + envelope.to() + " after " + attempt
                                + " attempts: " + reply + "; stopping, run again later");
                        entries.add(new Entry(name, envelope.to(), Outcome.DEFERRED, reply, attempt));
                        stopped = true; // a service failing this long would fail the rest too
                        break;
                    }
                    progress.accept("retrying " + name + " to " + envelope.to() + " in " + backoff.toMillis() + " ms: "
                            + reply);
                    Thread.sleep(backoff.toMillis());
                    backoff = backoff.multipliedBy(2);
                }
            }
        }
        return new SendReport(entries);
    }

    private void pauseUntil(long millis) throws InterruptedException {
        long wait = millis - clock.millis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    /** Options of a {@link Mailer}. */
    public static final class Builder {
        private final MailTransport transport;
        private int ratePerMinute = 30;
        private int maxAttempts = 4;
        private Duration firstBackoff = Duration.ofSeconds(5);
        private Consumer<String> progress = line -> { };
        private Clock clock = Clock.systemUTC();

        private Builder(MailTransport transport) {
            this.transport = transport;
        }

        /**
         * At most this many messages a minute (default 30); many providers limit bulk sending.
         *
         * @param rate messages a minute, 1 to 60000; sends are spaced {@code 60000 / rate} ms apart
         * @return this builder
         * @throws IllegalArgumentException when {@code rate} is out of range
         */
        public Builder ratePerMinute(int rate) {
            if (rate < 1 || rate > 60_000) {
                throw new IllegalArgumentException("rate must be 1 to 60000 messages a minute; got " + rate);
            }
            this.ratePerMinute = rate;
            return this;
        }

        /**
         * Attempts per message on temporary failures (default 4).
         *
         * @param attempts at least 1 (1: no retry)
         * @return this builder
         * @throws IllegalArgumentException when {@code attempts} is below 1
         */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1; got " + attempts);
            }
            this.maxAttempts = attempts;
            return this;
        }

        /**
         * The wait before the first retry, doubled before each further one (default 5 s).
         *
         * @param backoff zero or more
         * @return this builder
         * @throws IllegalArgumentException when {@code backoff} is negative
         */
        public Builder firstBackoff(Duration backoff) {
            if (backoff.isNegative()) {
                throw new IllegalArgumentException("backoff must not be negative; got " + backoff);
            }
            this.firstBackoff = backoff;
            return this;
        }

        /**
         * Receives one line per message sent, refused, retried or deferred: the file name, the address and the
         * service's reply, never a name or the content.
         *
         * @param lines the receiver, called on the sending thread
         * @return this builder
         * @throws NullPointerException when {@code lines} is null
         */
        public Builder progress(Consumer<String> lines) {
            this.progress = Objects.requireNonNull(lines, "lines");
            return this;
        }

        /**
         * The clock that ledger times and the pacing between messages are taken from (default UTC system clock).
         *
         * @param newClock the clock
         * @return this builder
         * @throws NullPointerException when {@code newClock} is null
         */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock");
            return this;
        }

        /**
         * The mailer with these options.
         *
         * @return a new mailer; the builder may be used again
         */
        public Mailer build() {
            return new Mailer(this);
        }
    }
}
