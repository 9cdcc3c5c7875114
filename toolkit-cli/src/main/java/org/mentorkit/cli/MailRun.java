package org.mentorkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentorkit.followup.EmlFiles;
import org.mentorkit.followup.MailMessage;
import org.mentorkit.followup.Mailer;
import org.mentorkit.followup.MessageBatch;
import org.mentorkit.followup.SendLedger;
import org.mentorkit.followup.SendReport;
import org.mentorkit.followup.SendReport.Outcome;
import org.mentorkit.followup.Smtp;
import org.mentorkit.followup.spi.MailTransport;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;

/** What both {@code mail} commands do with their messages: write them as drafts, then optionally send them. */
final class MailRun {

    private MailRun() {
    }

    /**
     * @param kind "reminder" or "invitation", for the console lines
     * @return the exit code: 0 when every message is written (and, with --send, sent now or before)
     */
    static int writeAndSend(MessageBatch batch, String kind, Path out, SendOptions options, Instant date,
                            PrintWriter console) {
        Smtp smtp = options.send && !options.dryRun ? options.smtp(System.getenv()) : null; // refuse bad options before writing
        List<Path> files = EmlFiles.write(batch.messages(), out, date);
        console.println("Wrote " + Counts.of(files.size(), kind, kind + "s") + " to " + out + " (.eml drafts: open one"
                + " to review it, or send them with --send).");
        if (!batch.withoutEmail().isEmpty()) {
            console.println("note: no email address, so no " + kind + ", for " + batch.withoutEmail().size() + ": "
                    + String.join(", ", batch.withoutEmail()));
        }
        if (!batch.withoutLink().isEmpty()) {
            console.println("note: no personal survey link for " + batch.withoutLink().size() + " (their message asks"
                    + " them to use the link sent earlier): " + String.join(", ", batch.withoutLink()));
        }
        noteOtherMessages(out, batch.messages(), console);
        if (options.dryRun) {
            SendReport report = Mailer.dryRun(files, SendLedger.in(out));
            report.entries().forEach(e -> console.println((e.outcome() == Outcome.WOULD_SEND ? "would send " : "already sent ")
                    + e.file() + " to " + e.to()));
            console.println("Dry run: " + report.count(Outcome.WOULD_SEND) + " would be sent, "
                    + report.count(Outcome.ALREADY_SENT) + " already sent (" + SendLedger.FILE_NAME + "); nothing sent.");
            return ExitCodes.OK;
        }
        if (smtp == null) {
            return ExitCodes.OK;
        }
        SendReport report;
        try (MailTransport transport = smtp.open()) {
            report = Mailer.builder(transport).ratePerMinute(options.rate).progress(console::println).build()
                    .send(files, SendLedger.in(out));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            console.println("Interrupted; what was sent is in " + out.resolve(SendLedger.FILE_NAME) + ".");
            return ExitCodes.FAILURE;
        }
        console.println("Sent " + report.count(Outcome.SENT) + ", already sent before " + report.count(Outcome.ALREADY_SENT)
                + ", refused " + report.count(Outcome.REFUSED) + ", deferred " + report.count(Outcome.DEFERRED)
                + ", not tried " + report.count(Outcome.NOT_TRIED) + "; ledger: " + out.resolve(SendLedger.FILE_NAME));
        if (!report.complete()) {
            console.println("Not every message went out. Fix what the lines above say (an address, the server), then run"
                    + " the same command again: only the messages not yet sent are sent.");
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    /** Earlier .eml files in the folder that this run did not write are left alone and never sent by it. */
    private static void noteOtherMessages(Path out, List<MailMessage> messages, PrintWriter console) {
        Set<String> ours = messages.stream().map(MailMessage::fileName).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(out)) {
            long others = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml") && !ours.contains(n)).count();
            if (others > 0) {
                console.println("note: " + Counts.of(others, "other .eml file", "other .eml files") + " in " + out
                        + " (from an earlier run) left as they are; this run does not send them.");
            }
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.IO, "could not list the folder " + out + ": " + e.getMessage(), e);
        }
    }
}
