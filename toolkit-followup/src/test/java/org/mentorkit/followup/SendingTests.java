package org.mentorkit.followup;

import com.icegreen.greenmail.util.DummySSLSocketFactory;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.followup.SendReport.Outcome;
import org.mentorkit.followup.spi.DeliveryException;
import org.mentorkit.followup.spi.MailTransport;
import org.mentorkit.model.Cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sending reminders through a real SMTP server (GreenMail) in this JVM. */
class SendingTests {

    private static final MailAddress FROM = new MailAddress("mentoring@example.org", "Mentoring Program");

    private final Cohort cohort = Fixtures.cohort();
    private TestSmtpServer server;

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private TestSmtpServer start(com.icegreen.greenmail.util.ServerSetup setup) {
        server = new TestSmtpServer(setup);
        server.start();
        return server;
    }

    private List<Path> reminderFiles() {
        SurveyStatus status = SurveyStatus.of(cohort, Fixtures.post(), List.of(Fixtures.responses()));
        MessageBatch batch = Reminders.build(cohort, Fixtures.post(), status, MailTemplates.builtIn(), SurveyLinks.none(), FROM);
        return EmlFiles.write(batch.messages(), dir, Instant.parse("2027-06-01T09:00:00Z"));
    }

    private Mailer mailer(MailTransport transport) {
        return Mailer.builder(transport).ratePerMinute(60_000).firstBackoff(Duration.ofMillis(10)).build();
    }

    private MailTransport plainSmtp() {
        return Smtp.to("127.0.0.1", server.port()).security(Smtp.Security.NONE).timeout(Duration.ofSeconds(10)).open();
    }

    /** Recipient address to how many messages reached it. */
    private Map<String, Long> received() throws Exception {
        return Arrays.stream(server.getReceivedMessages())
                .map(m -> address(m))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String address(MimeMessage message) {
        try {
            return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void remindersReachExactlyTheNonRespondersAndASecondRunSendsNothing() throws Exception {
        start(ServerSetupTest.SMTP);
        List<Path> files = reminderFiles();

        SendReport first;
        try (MailTransport transport = plainSmtp()) {
            first = mailer(transport).send(files, SendLedger.in(dir));
        }
        SendReport second;
        try (MailTransport transport = plainSmtp()) {
            second = mailer(transport).send(files, SendLedger.in(dir));
        }

        assertThat(received()).containsOnly(Map.entry("m01@example.org", 1L), Map.entry("m04@example.org", 1L),
                Map.entry("m07@example.org", 1L), Map.entry("m11@example.org", 1L));
        assertThat(first.count(Outcome.SENT)).isEqualTo(4);
        assertThat(second.count(Outcome.ALREADY_SENT)).isEqualTo(4);
        assertThat(second.count(Outcome.SENT)).isZero();
        MimeMessage m01 = Arrays.stream(server.getReceivedMessages())
                .filter(m -> address(m).equals("m01@example.org")).findFirst().orElseThrow();
        assertThat(((InternetAddress) m01.getRecipients(Message.RecipientType.TO)[0]).getPersonal()).isEqualTo(Fixtures.ARABIC);
        assertThat(m01.getHeader("X-Unsent")).as("the draft marker is not sent").isNull();
        assertThat(Files.readString(dir.resolve(SendLedger.FILE_NAME))).contains("reminder-M01.eml,m01@example.org,sent");
    }

    @Test
    void aCrashHalfWayThenARerunDeliversEachMessageExactlyOnce() throws Exception {
        start(ServerSetupTest.SMTP);
        List<Path> files = reminderFiles();
        AtomicInteger delivered = new AtomicInteger();
        MailTransport real = plainSmtp();
        MailTransport crashing = (from, to, message) -> {
            if (delivered.get() == 2) {
                throw new IllegalStateException("simulated crash: the process dies here");
            }
            real.deliver(from, to, message);
            delivered.incrementAndGet();
        };

        assertThatThrownBy(() -> mailer(crashing).send(files, SendLedger.in(dir))).hasMessageContaining("simulated crash");
        real.close();
        assertThat(server.getReceivedMessages()).hasSize(2);
        SendReport rerun;
        try (MailTransport transport = plainSmtp()) {
            rerun = mailer(transport).send(files, SendLedger.in(dir));
        }

        assertThat(rerun.count(Outcome.ALREADY_SENT)).isEqualTo(2);
        assertThat(rerun.count(Outcome.SENT)).isEqualTo(2);
        assertThat(received()).hasSize(4).allSatisfy((address, count) -> assertThat(count).as(address).isEqualTo(1L));
    }

    @Test
    void aTornLastLedgerLineIsNotTakenAsARecord() throws Exception {
        start(ServerSetupTest.SMTP);
        List<Path> files = reminderFiles();
        Files.writeString(dir.resolve(SendLedger.FILE_NAME), "time,file,to,outcome,reply\r\n"
                + "2027-06-01T09:00:00Z,reminder-M01.eml,m01@example.org,sent,\r\n"
                + "2027-06-01T09:00:01Z,reminder-M04.eml,m04@example.org,se");

        SendReport report;
        try (MailTransport transport = plainSmtp()) {
            report = mailer(transport).send(files, SendLedger.in(dir));
        }

        assertThat(report.entries()).extracting(SendReport.Entry::outcome)
                .containsExactly(Outcome.ALREADY_SENT, Outcome.SENT, Outcome.SENT, Outcome.SENT);
    }

    @Test
    void aPermanentRefusalOfOneRecipientIsReportedAndTheOthersAreDelivered() throws Exception {
        start(ServerSetupTest.SMTP).refuse("m04@example.org");
        List<Path> files = reminderFiles();

        SendReport report;
        try (MailTransport transport = plainSmtp()) {
            report = mailer(transport).send(files, SendLedger.in(dir));
        }

        assertThat(report.entries()).extracting(SendReport.Entry::outcome)
                .containsExactly(Outcome.SENT, Outcome.REFUSED, Outcome.SENT, Outcome.SENT);
        assertThat(report.entries().get(1).reply()).startsWith("550").contains("mailbox unavailable");
        assertThat(report.complete()).isFalse();
        assertThat(received()).containsOnlyKeys("m01@example.org", "m07@example.org", "m11@example.org");
        assertThat(Files.readString(dir.resolve(SendLedger.FILE_NAME))).contains("reminder-M04.eml,m04@example.org,refused,550");
    }

    @Test
    void aTemporaryFailureIsRetriedWithBackoffAndDeliveredOnce() throws Exception {
        start(ServerSetupTest.SMTP).failTemporarily("m07@example.org", 2);
        List<Path> files = reminderFiles();

        SendReport report;
        try (MailTransport transport = plainSmtp()) {
            report = mailer(transport).send(files, SendLedger.in(dir));
        }

        assertThat(report.entries().get(2)).extracting(SendReport.Entry::outcome, SendReport.Entry::attempts)
                .containsExactly(Outcome.SENT, 3);
        assertThat(received()).hasSize(4).allSatisfy((address, count) -> assertThat(count).isEqualTo(1L));
    }

    @Test
    void aServiceThatKeepsFailingTemporarilyStopsTheRunAndARerunSendsTheRest() throws Exception {
        start(ServerSetupTest.SMTP).failTemporarily("m04@example.org", 4);
        List<Path> files = reminderFiles();

        SendReport first;
        try (MailTransport transport = plainSmtp()) {
            first = mailer(transport).send(files, SendLedger.in(dir));
        }
        SendReport second;
        try (MailTransport transport = plainSmtp()) {
            second = mailer(transport).send(files, SendLedger.in(dir));
        }

        assertThat(first.entries()).extracting(SendReport.Entry::outcome)
                .containsExactly(Outcome.SENT, Outcome.DEFERRED, Outcome.NOT_TRIED, Outcome.NOT_TRIED);
        assertThat(second.entries()).extracting(SendReport.Entry::outcome)
                .containsExactly(Outcome.ALREADY_SENT, Outcome.SENT, Outcome.SENT, Outcome.SENT);
        assertThat(received()).hasSize(4).allSatisfy((address, count) -> assertThat(count).isEqualTo(1L));
    }

    @Test
    void sendsOverImplicitTls() throws Exception {
        start(ServerSetupTest.SMTPS);
        List<Path> files = reminderFiles();

        SendReport report;
        try (MailTransport transport = Smtp.to("127.0.0.1", server.port()).security(Smtp.Security.TLS)
                .socketFactory(new DummySSLSocketFactory()).checkServerIdentity(false).open()) {
            report = mailer(transport).send(files, SendLedger.in(dir));
        }

        assertThat(report.count(Outcome.SENT)).isEqualTo(4);
        assertThat(received()).hasSize(4);
    }

    @Test
    void tlsIsNotSilentlyDroppedWhenTheServerSpeaksPlainSmtp() throws Exception {
        start(ServerSetupTest.SMTP);
        List<Path> files = reminderFiles();

        SendReport report;
        try (MailTransport transport = Smtp.to("127.0.0.1", server.port()).security(Smtp.Security.STARTTLS)
                .timeout(Duration.ofSeconds(5)).open()) {
            report = Mailer.builder(transport).maxAttempts(1).ratePerMinute(60_000).build().send(files, SendLedger.in(dir));
        }

        assertThat(report.count(Outcome.SENT)).isZero();
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void aDryRunListsWhatWouldGoAndSendsNothing() throws Exception {
        List<Path> files = reminderFiles();
        SendLedger ledger = SendLedger.in(dir);
        ledger.recordSent("reminder-M01.eml", "m01@example.org", Instant.parse("2027-06-01T09:00:00Z"));

        SendReport report = Mailer.dryRun(files, SendLedger.in(dir));

        assertThat(report.entries()).extracting(SendReport.Entry::outcome)
                .containsExactly(Outcome.ALREADY_SENT, Outcome.WOULD_SEND, Outcome.WOULD_SEND, Outcome.WOULD_SEND);
    }

    @Test
    void theRateLimitSpacesDeliveries() throws Exception {
        List<Path> files = reminderFiles();
        List<Long> times = new java.util.ArrayList<>();
        MailTransport recording = (from, to, message) -> times.add(System.nanoTime());

        Mailer.builder(recording).ratePerMinute(600).build().send(files, SendLedger.in(dir)); // one per 100 ms

        for (int i = 1; i < times.size(); i++) {
            assertThat((times.get(i) - times.get(i - 1)) / 1_000_000).as("gap before message " + i).isGreaterThanOrEqualTo(95);
        }
    }

    @Test
    void theProgressLinesNameOnlyFileAndAddress() throws Exception {
        List<Path> files = reminderFiles();
        List<String> lines = new java.util.ArrayList<>();
        MailTransport refusing = (from, to, message) -> {
            throw new DeliveryException("550 no such user", false);
        };

        Mailer.builder(refusing).ratePerMinute(60_000).progress(lines::add).build().send(files, SendLedger.in(dir));

        assertThat(lines).hasSize(4).allSatisfy(line -> assertThat(line).doesNotContain(Fixtures.ARABIC)
                .doesNotContain(Fixtures.CHINESE).doesNotContain("Dear").matches("refused reminder-M\\d\\d\\.eml to m\\d\\d@example\\.org: 550 no such user"));
    }
}
