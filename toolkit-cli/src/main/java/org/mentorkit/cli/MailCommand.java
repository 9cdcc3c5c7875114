package org.mentorkit.cli;

import picocli.CommandLine.Command;

/** {@code mentorkit mail}: follow-up messages (reminders, invitations) as .eml drafts, and sending them once. */
@Command(
        name = "mail",
        mixinStandardHelpOptions = true,
        description = {"Write follow-up messages as .eml drafts (open them in Outlook, Thunderbird or Apple Mail) and"
                + " optionally send them through SMTP, each exactly once: a send ledger beside the messages records"
                + " what was sent. See docs/followup.md."},
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {MailRemindersCommand.class, MailInvitationsCommand.class},
        footer = {"", "Examples:",
            "  mentorkit mail reminders groups.json --instrument post-program --responses post.responses.json --out reminders-1",
            "  mentorkit mail invitations groups.json --schedule calendars --out invitations",
            "  MENTORKIT_SMTP_USER=... MENTORKIT_SMTP_PASSWORD=... mentorkit mail invitations groups.json \\",
            "      --schedule calendars --out invitations --send --smtp-host smtp.example.org"})
final class MailCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
