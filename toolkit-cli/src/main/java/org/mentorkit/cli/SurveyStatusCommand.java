package org.mentorkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mentorkit.followup.GroupCounts;
import org.mentorkit.followup.RateOnDate;
import org.mentorkit.followup.SurveyStatus;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.internal.io.AtomicFiles;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.surveys.Instrument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mentorkit survey status}: who of the invited has responded, per group, and status.csv. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = {"Show how many of the participants invited to a survey have responded, partially responded or"
                + " not responded, per group, and write status.csv (id,name,email,group,status) for follow-up."
                + " The console shows counts only, never names. See docs/followup.md."},
        footer = {"", "Examples:", "  mentorkit survey status groups.json --instrument post-program --responses post.responses.json",
            "  mentorkit survey status groups.json --instrument post-program --responses export.csv --out status.csv"})
final class SurveyStatusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "COHORT", description = "The cohort file (with groups, for per-group counts).")
    private Path cohortFile;

    @Option(names = "--instrument", required = true, paramLabel = "ID",
            description = "The survey: a built-in id or an instrument file.")
    private String instrument;

    @Option(names = "--responses", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Responses: files written by 'survey import', or the REDCap, SurveyJS or CSV exports themselves.")
    private List<Path> responses;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write status.csv (default: not written).")
    private Path out;

    @Option(names = "--program", paramLabel = "FILE", description = "program.json, for the application form.")
    private Path program;

    @Override
    public Integer call() {
        Outputs.requireFile(out);
        PrintWriter console = spec.commandLine().getOut();
        Cohort cohort = ModelFiles.readCohort(cohortFile);
        Instrument resolved = SurveyInstruments.resolve(instrument, Optional.ofNullable(program));
        SurveyStatus status = SurveyStatus.of(cohort, resolved, ResponseFiles.read(responses, resolved, cohort, console));
        if (status.rows().isEmpty()) {
            throw new org.mentorkit.model.InvalidInputException(cohortFile.toString(), "has no participant invited to '"
                    + resolved.id() + "' (" + resolved.respondents().name().toLowerCase(Locale.ROOT) + ")");
        }
        print(console, resolved, status);
        printOverTime(console, status);
        if (out != null) {
            AtomicFiles.writeString(out, status.csv());
            console.println("Wrote " + out + " (" + Counts.of(status.rows().size(), "row", "rows") + ").");
        }
        return ExitCodes.OK;
    }

    static void print(PrintWriter console, Instrument instrument, SurveyStatus status) {
        GroupCounts total = status.total();
        console.println(instrument.id() + ": " + total.invited() + " invited (" + instrument.respondents().name()
                .toLowerCase(Locale.ROOT) + "), " + total.responded() + " responded, " + total.partial() + " partial, "
                + total.notResponded() + " not responded (" + percent(total) + " responded)");
        int width = Math.max(5, status.byGroup().stream().mapToInt(g -> label(g).length()).max().orElse(5));
        console.println(String.format(Locale.ROOT, "  %-" + width + "s  %7s  %9s  %7s  %13s", "group", "invited",
                "responded", "partial", "not responded"));
        for (GroupCounts group : status.byGroup()) {
            console.println(String.format(Locale.ROOT, "  %-" + width + "s  %7d  %9d  %7d  %13d", label(group),
                    group.invited(), group.responded(), group.partial(), group.notResponded()));
        }
        int several = status.inSeveralGroups();
        if (several > 0) {
            // Without this, a coordinator adding up the group lines finds more people than were invited.
            console.println("  (" + Counts.of(several, "participant is", "participants are") + " in more than one group"
                    + " and counted in each; the first line counts everyone once)");
        }
    }

    /** The response rate by submission day, when the responses carry their submission times. */
    static void printOverTime(PrintWriter console, SurveyStatus status) {
        List<RateOnDate> rates = status.overTime();
        if (rates.isEmpty()) {
            return;
        }
        console.println("Response rate over time (complete responses by submission date):");
        for (RateOnDate rate : rates) {
            console.println(String.format(Locale.ROOT, "  %s  %d/%d (%d%%)", rate.date(), rate.responded(),
                    rate.invited(), Math.round(rate.rate() * 100)));
        }
        if (status.respondedWithoutTime() > 0) {
            console.println("  (" + status.respondedWithoutTime() + " complete responses without a submission time are"
                    + " not placed)");
        }
    }

    private static String label(GroupCounts group) {
        return group.groupId().isEmpty() ? "(no group)" : group.groupId();
    }

    private static String percent(GroupCounts counts) {
        return Math.round(counts.responseRate() * 100) + "%";
    }
}
