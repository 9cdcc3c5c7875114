package org.mentorkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.mentorkit.followup.Invitations;
import org.mentorkit.followup.MailTemplates;
import org.mentorkit.followup.MessageBatch;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.io.ModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mentorkit mail invitations}: one message per group member with their sessions as calendar invitations. */
@Command(
        name = "invitations",
        mixinStandardHelpOptions = true,
        description = {"Write one invitation per group member, with the member's own sessions attached as a calendar"
                + " invitation (text/calendar, METHOD:REQUEST) carrying the same event UIDs as the schedule's .ics"
                + " files, so a later update replaces the events. Run 'mentorkit schedule' first; with --send, send"
                + " them."},
        footer = {"", "Examples:", "  mentorkit mail invitations groups.json --schedule calendars --out invitations",
            "  mentorkit mail invitations groups.json --schedule calendars --out invitations --send --dry-run"})
final class MailInvitationsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GROUPS", description = "The cohort file with groups (written by 'match').")
    private Path cohortFile;

    @Option(names = "--schedule", required = true, paramLabel = "DIR",
            description = "The folder 'mentorkit schedule' wrote the calendars into.")
    private Path schedule;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the .eml files into.")
    private Path out;

    @Option(names = "--templates", paramLabel = "DIR", description = "A folder with the society's invitation.md.")
    private Path templates;

    @Option(names = "--from", paramLabel = "ADDRESS", description = "The sender (default: the program's contactEmail).")
    private String from;

    @Option(names = "--timestamp", paramLabel = "INSTANT",
            description = "The messages' Date, e.g. 2027-01-01T09:00:00Z (default: now).")
    private Instant timestamp;

    @Mixin
    private SendOptions sendOptions;

    @Override
    public Integer call() {
        Outputs.requireFolder(out);
        PrintWriter console = spec.commandLine().getOut();
        Cohort cohort = ModelFiles.readCohort(cohortFile);
        MailTemplates mailTemplates = templates == null ? MailTemplates.builtIn() : MailTemplates.withOverrides(templates);
        MessageBatch batch = Invitations.build(cohort, schedule, mailTemplates, MailRemindersCommand.sender(cohort, from));
        return MailRun.writeAndSend(batch, "invitation", out, sendOptions, timestamp == null ? Instant.now() : timestamp,
                console);
    }
}
