package org.mentorkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.CurriculumOverlays;
import org.mentorkit.curriculum.CurriculumRegistry;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.curriculum.schedule.GroupSchedule;
import org.mentorkit.curriculum.schedule.ProgramSchedule;
import org.mentorkit.curriculum.internal.io.ProposedSlots;
import org.mentorkit.curriculum.schedule.ScheduleOutputs;
import org.mentorkit.curriculum.schedule.Scheduler;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.model.i18n.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mentorkit schedule COHORT --out DIR}: every group's session dates, calendars and an overview. */
@Command(
        name = "schedule",
        mixinStandardHelpOptions = true,
        description = {"Schedule every session of every group in each member's own time zone and write calendars.",
            "Writes one .ics calendar per group and per participant plus schedule.md and schedule.csv. Dates follow"
                + " the program's cadence and blackout rule. A group's saved meeting slot is used as it is, never"
                + " changed; for a group without one a slot is proposed from its members' availability (said in the"
                + " output), and --save records it in COHORT. See docs/scheduling.md."},
        footer = {"", "Examples:", "  mentorkit schedule groups.json --out calendars",
            "  mentorkit schedule groups.json --out calendars --save",
            "  mentorkit schedule groups.json --curriculum our-curriculum.json --out calendars",
            "  mentorkit schedule groups.json --language es --out calendars",
            "  mentorkit schedule groups.json --overlay overlay.json --timestamp 2027-01-01T00:00:00Z --out calendars"})
final class ScheduleCommand implements Callable<Integer> {

    /** Lines of a list printed to the console before "and N more", as match caps its lists. */
    private static final int CONSOLE_LINES = 12;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "COHORT", description = "The cohort file with program, participants and groups.")
    private Path cohortFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The directory to write the files into.")
    private Path outDir;

    @Option(names = "--curriculum", paramLabel = "ID|FILE", description = "The curriculum (default: ${DEFAULT-VALUE}).",
            defaultValue = DefaultCurriculum.ID)
    private String curriculum;

    @Option(names = "--overlay", paramLabel = "FILE", description = "An overlay applied to the curriculum first.")
    private Path overlay;

    @Option(names = "--timestamp", paramLabel = "INSTANT",
            description = "The DTSTAMP of the calendar events, e.g. 2027-01-01T00:00:00Z (default: now); fix it for reproducible files.")
    private Instant timestamp;

    @Mixin
    private LanguageOption languageOption;

    @Option(names = "--save", description = "Record the proposed meeting slots of groups without a saved one in COHORT"
            + " (written atomically; saved slots are never changed), so that later runs keep them.")
    private boolean save;

    @Override
    public Integer call() {
        Outputs.requireFolder(outDir);
        PrintWriter out = spec.commandLine().getOut();
        Cohort cohort = ModelFiles.readCohort(cohortFile);
        Language language = languageOption.resolve(cohort.program());
        Curriculum chosen = CurriculumRegistry.discover().curriculumOrFile(curriculum, language);
        if (overlay != null) {
            chosen = CurriculumOverlays.apply(chosen, overlay);
        }
        // Calendars use the curriculum's session lengths: a program saying another length is refused, not ignored.
        org.mentorkit.curriculum.SessionLengths.requireAgreement(cohort.program(), chosen, cohortFile.toString(),
                "program.cadence");
        ProgramSchedule schedule = Scheduler.schedule(cohort, chosen, cohortFile.toString());
        // With --save the proposed slots are recorded first, so that schedule.md, written next from the cohort as
        // saved, says they were saved (and a save that fails leaves no schedule claiming it).
        List<String> saved = save ? ProposedSlots.save(cohort, schedule, cohortFile) : List.of();
        List<Path> files = ScheduleOutputs.writeAll(schedule, save ? ProposedSlots.saved(cohort, schedule) : cohort,
                chosen, outDir, timestamp == null ? Instant.now() : timestamp, language);
        out.println("Scheduled " + Counts.of(chosen.sessions().size(), "session", "sessions") + " for "
                + Counts.of(schedule.groups().size(), "group", "groups") + "; wrote "
                + Counts.of(files.size(), "file", "files") + " to " + outDir + " in " + language.tag() + ".");
        if (!Language.of(chosen.language().isBlank() ? "en" : chosen.language()).equals(language)) {
            // A plug-in or file curriculum keeps its own texts: say so rather than let mixed languages surprise.
            out.println("note: curriculum '" + chosen.id() + "' is written in " + chosen.language() + "; its session texts"
                    + " stay in " + chosen.language() + ", the calendars' and schedule's labels are in " + language.tag());
        }
        // An earlier schedule in the same folder may have left calendars this one no longer has (someone withdrew):
        // they go, so that no old calendar is sent from the folder by mistake.
        List<Path> removed = ScheduleOutputs.removeStaleCalendars(outDir, files);
        if (!removed.isEmpty()) {
            out.println("Removed " + Counts.of(removed.size(), "calendar", "calendars") + " of an earlier schedule in "
                    + outDir + " that this one no longer has (a participant who left, a group that is gone): "
                    + Counts.firstFew(removed.stream().map(p -> p.getFileName().toString()).toList(), 12));
        }
        schedule.notes().forEach(note -> out.println("note: " + note));
        List<String> proposed = schedule.groups().stream().filter(GroupSchedule::slotProposed)
                .map(GroupSchedule::groupId).toList();
        if (save) {
            out.println(saved.isEmpty()
                    ? "--save: every group already had a saved meeting slot; " + cohortFile + " left as it was."
                    : "Saved the proposed meeting slot" + (saved.size() == 1 ? "" : "s") + " of " + saved.size() + " group"
                    + (saved.size() == 1 ? "" : "s") + " (" + String.join(", ", saved) + ") in " + cohortFile
                    + "; later runs keep " + (saved.size() == 1 ? "it" : "them") + ".");
        } else if (!proposed.isEmpty()) {
            out.println(proposed.size() + " group" + (proposed.size() == 1 ? " has" : "s have") + " no saved meeting slot ("
                    + String.join(", ", proposed) + "): the calendars use the proposed slot" + (proposed.size() == 1 ? "" : "s")
                    + "; run again with --save to record " + (proposed.size() == 1 ? "it" : "them") + " in " + cohortFile + ".");
        }
        List<String> conflicts = schedule.availabilityConflicts();
        if (!conflicts.isEmpty()) {
            // A large cohort has hundreds: the first few show what they look like, schedule.md lists every one.
            out.println(Counts.of(conflicts.size(), "member-session", "member-sessions") + " "
                    + (conflicts.size() == 1 ? "falls" : "fall") + " outside the member's availability"
                    + (conflicts.size() > CONSOLE_LINES ? "; the first " + CONSOLE_LINES + ":" : " (see schedule.md):"));
            conflicts.stream().limit(CONSOLE_LINES).forEach(c -> out.println("  " + c));
            if (conflicts.size() > CONSOLE_LINES) {
                out.println("  and " + (conflicts.size() - CONSOLE_LINES) + " more (see schedule.md)");
            }
        }
        return ExitCodes.OK;
    }
}
