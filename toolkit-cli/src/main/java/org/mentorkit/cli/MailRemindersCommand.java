package org.mentorkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mentorkit.followup.MailAddress;
import org.mentorkit.followup.MailTemplates;
import org.mentorkit.followup.MessageBatch;
import org.mentorkit.followup.Reminders;
import org.mentorkit.followup.SurveyLinks;
import org.mentorkit.followup.SurveyStatus;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.surveys.Instrument;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mentorkit mail reminders}: one reminder per participant who has not (fully) answered a survey. */
@Command(
        name = "reminders",
        mixinStandardHelpOptions = true,
        description = {"Write one reminder per invited participant who has not responded to a survey (those who"
                + " started but did not finish get a 'please finish' text), as .eml drafts in DIR; with --send, send"
                + " them. Use a new DIR for each round of reminders: the send ledger in DIR makes a repeat of the same"
                + " round send only what was not sent."},
        footer = {"", "Examples:",
            "  mentorkit mail reminders groups.json --instrument post-program --responses post.responses.json --out reminders-1",
            "  mentorkit mail reminders groups.json --instrument post-program --responses export.csv \\",
            "      --link-pattern 'https://survey.example.org/post?pid={id}' --out reminders-1 --send --smtp-host smtp.example.org"})
final class MailRemindersCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "COHORT", description = "The cohort file.")
    private Path cohortFile;

    @Option(names = "--instrument", required = true, paramLabel = "ID",
            description = "The survey: a built-in id or an instrument file.")
    private String instrument;

    @Option(names = "--responses", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Responses: files written by 'survey import', or the REDCap, SurveyJS or CSV exports themselves.")
    private List<Path> responses;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the .eml files into.")
    private Path out;

    @ArgGroup(exclusive = true)
    private Links links;

    static final class Links {
        @Option(names = "--links", paramLabel = "FILE",
                description = "A REDCap survey participant list export (survey_link with record, identifier or email).")
        Path participantList;

        @Option(names = "--link-pattern", paramLabel = "URL",
                description = "Personal links from a pattern with {id}, e.g. https://survey.example.org/post?pid={id}.")
        String pattern;
    }

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder with the society's reminder.md and reminder-partial.md (see docs/followup.md).")
    private Path templates;

    @Option(names = "--from", paramLabel = "ADDRESS", description = "The sender (default: the program's contactEmail).")
    private String from;

    @Option(names = "--program", paramLabel = "FILE", description = "program.json, for the application form.")
    private Path program;

    @Option(names = "--timestamp", paramLabel = "INSTANT",
            description = "The messages' Date, e.g. 2027-06-01T09:00:00Z (default: now).")
    private Instant timestamp;

    @Mixin
    private SendOptions sendOptions;

    @Override
    public Integer call() {
        Outputs.requireFolder(out);
        PrintWriter console = spec.commandLine().getOut();
        Cohort cohort = ModelFiles.readCohort(cohortFile);
        Instrument resolved = SurveyInstruments.resolve(instrument, Optional.ofNullable(program));
        SurveyLinks surveyLinks = links == null ? SurveyLinks.none()
                : links.participantList != null ? SurveyLinks.participantList(links.participantList)
                : SurveyLinks.pattern(links.pattern);
        MailTemplates mailTemplates = templates == null ? MailTemplates.builtIn() : MailTemplates.withOverrides(templates);
        SurveyStatus status = SurveyStatus.of(cohort, resolved, ResponseFiles.read(responses, resolved, cohort, console));
        if (status.rows().isEmpty()) {
            throw new InvalidInputException(cohortFile.toString(), "has no participant invited to '" + resolved.id() + "'");
        }
        SurveyStatusCommand.print(console, resolved, status);
        MessageBatch batch = Reminders.build(cohort, resolved, status, mailTemplates, surveyLinks, sender(cohort, from));
        if (batch.messages().isEmpty() && batch.withoutEmail().isEmpty()) {
            console.println("Everyone invited has responded: no reminder to write.");
            return ExitCodes.OK;
        }
        return MailRun.writeAndSend(batch, "reminder", out, sendOptions, timestamp == null ? Instant.now() : timestamp,
                console);
    }

    /** The sender: --from, else the program's contact address. */
    static MailAddress sender(Cohort cohort, String from) {
        if (from != null) {
            return new MailAddress(from, cohort.program().name());
        }
        if (cohort.program().contactEmail().isBlank()) {
            throw new InvalidInputException("program.contactEmail", "is empty; messages need a sender: set the"
                    + " program's contactEmail or pass --from ADDRESS");
        }
        return new MailAddress(cohort.program().contactEmail(), cohort.program().name());
    }
}
