package org.mentorkit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.CurriculumOverlays;
import org.mentorkit.curriculum.CurriculumRegistry;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.curriculum.Session;
import org.mentorkit.matching.FormationReport;
import org.mentorkit.matching.FormationResult;
import org.mentorkit.matching.FormationSettings;
import org.mentorkit.matching.GroupFormation;
import org.mentorkit.matching.Move;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.model.internal.io.AtomicFiles;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.model.io.ModelJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mentorkit match COHORT --out GROUPS}: forms (or re-forms) groups and explains them. */
@Command(
        name = "match",
        mixinStandardHelpOptions = true,
        description = {"Form mentorship groups for a cohort by time zones, interests and mentor fit, keeping every"
                + " hard rule of the program.",
            "Hard rules: mentors per group and capacity, group sizes, non-isolation, pins, together/apart. Writes the"
                + " cohort with its groups (JSON) and an explanation (Markdown, same name with .md). With --from,"
                + " re-forms after withdrawals or late joiners: everyone else stays in their group unless a hard rule"
                + " forces a move, and every move is reported. If the rules cannot all hold, says why and exits with"
                + " code 2."},
        footer = {"", "Examples:", "  mentorkit match cohort.json --out groups.json",
            "  mentorkit match cohort.json --out groups.json --seed 7 --time-limit 30s",
            "  mentorkit match cohort-now.json --from groups.json --out groups-v2.json"})
final class MatchCommand implements Callable<Integer> {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "COHORT", description = "The cohort file (program and participants).")
    private Path cohortFile;

    /** Names listed on one console line before "and N more"; the Markdown report beside the output lists all. */
    private static final int CONSOLE_NAMES = 12;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Where to write the cohort with its groups; the explanation goes beside it as .md.")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the search; the same seed gives the same groups when the search settles within"
                    + " --time-limit (match says when it did not) (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "10s",
            description = "Longest search, e.g. 500ms, 10s, 2m (default: ${DEFAULT-VALUE}); it usually stops earlier.")
    private String timeLimit;

    @Option(names = "--from", paramLabel = "FILE",
            description = "Previous groups (a cohort file with groups): keep everyone where they were if possible.")
    private Path previousFile;

    @Option(names = "--effective", paramLabel = "DATE",
            description = "With --from: the date the changes take effect (YYYY-MM-DD; default: today). Saved slots are"
                    + " kept; a slot late joiners cannot make changes only from this date, and is reported. Members"
                    + " who withdrew stay in the sessions before it (the groups file keeps their record).")
    private String effective;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Option(names = "--curriculum", paramLabel = "ID|FILE", defaultValue = DefaultCurriculum.ID,
            description = "The curriculum the groups will follow, as for schedule (default: ${DEFAULT-VALUE}): slots"
                    + " are chosen for its number of sessions and its longest session, on the dates schedule uses.")
    private String curriculum;

    @Option(names = "--overlay", paramLabel = "FILE", description = "An overlay applied to the curriculum first.")
    private Path overlay;


    @Override
    public Integer call() {
        Outputs.requireFile(out);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Cohort cohort = ModelFiles.readCohort(cohortFile);
        // Values no one holds: a rule protecting no one stops here; other such values are named and kept as notes.
        UnheldValues.Findings unheld = UnheldValues.of(cohort, cohortFile.toString());
        if (!unheld.errors().isEmpty()) {
            throw new InvalidInputException(unheld.errors());
        }
        unheld.warnings().forEach(w -> err.println("warning: " + w.location() + ": " + w.message()));
        java.time.LocalDate effectiveDate = effectiveDate(cohort);
        if (previousFile == null) {
            refuseReplacingSavedSlots();
        }
        FormationSettings.Builder settings = FormationSettings.builder().seed(seed).timeLimit(duration(timeLimit));
        // The same curriculum as schedule: the slot is judged on exactly the session dates schedule will place.
        Curriculum chosen = CurriculumRegistry.discover().curriculumOrFile(curriculum);
        if (overlay != null) {
            chosen = CurriculumOverlays.apply(chosen, overlay);
        }
        // A program too short for the curriculum would give groups slots that schedule then refuses: say so now, as
        // schedule would, before any group is formed.
        org.mentorkit.curriculum.SessionDates.of(cohort.program(), chosen, cohortFile + ": curriculum '" + chosen.id() + "'");
        // Slots are as long as the curriculum's longest session: a program saying another length is refused, not ignored.
        org.mentorkit.curriculum.SessionLengths.requireAgreement(cohort.program(), chosen, cohortFile.toString(),
                "program.cadence");
        // Mentors are not invited to peer-only sessions, so their availability counts for the mentor-led ones only.
        java.util.Set<Integer> peerOnly = new java.util.HashSet<>();
        for (int k = 0; k < chosen.sessions().size(); k++) {
            if (chosen.sessions().get(k).format() == org.mentorkit.curriculum.SessionFormat.PEER_ONLY) {
                peerOnly.add(k + 1);
            }
        }
        settings.sessions(chosen.sessions().size(),
                chosen.sessions().stream().mapToInt(Session::durationMinutes).max().orElse(1), peerOnly);
        ProgressLine progress = new ProgressLine(err, "forming groups");
        if (!quiet) {
            settings.listener(p -> progress.show(p.fractionDone()));
        }
        FormationResult result;
        Cohort previous = null;
        if (previousFile != null) {
            previous = ModelFiles.readCohort(previousFile);
            if (previous.groups().isEmpty()) {
                throw new InvalidInputException("--from " + previousFile, "has no groups to keep; form groups without --from");
            }
            result = reformNamingTheFile(cohort, previous, previousFile, effectiveDate, settings.build());
        } else {
            try {
                result = GroupFormation.form(cohort, settings.build());
            } catch (org.mentorkit.matching.InfeasibleFormationException refused) {
                throw new org.mentorkit.matching.InfeasibleFormationException(namedByFile(refused.problems(), cohortFile));
            } catch (InvalidInputException invalid) {
                throw new InvalidInputException(namedByFile(invalid.problems(), cohortFile));
            }
        }
        if (!quiet) {
            progress.show(1.0);
            progress.finish();
        }
        // The groups file must read back: a result that fails the model's own rules is a defect in formation, and
        // writing it would only move the failure to the next command (schedule), past a good earlier file.
        var invalid = org.mentorkit.model.io.ModelValidation.problems(result.cohort());
        if (!invalid.isEmpty()) {
            throw new org.mentorkit.model.ToolkitException(org.mentorkit.model.ErrorCode.INTERNAL,
                    "the groups formed would not pass validation, so nothing was written (" + invalid.get(0)
                            + (invalid.size() > 1 ? " and " + (invalid.size() - 1) + " more" : "")
                            + "); this is a bug in mentorkit, please report it");
        }
        List<String> notes = groupsNotKept(cohort, previous);
        notes.forEach(note -> err.println("note: " + note));
        // groups.md also keeps the warnings (already printed above) and how the search stopped (printed below).
        List<String> reportNotes = new ArrayList<>(notes);
        unheld.warnings().forEach(w -> reportNotes.add(w.location() + ": " + w.message()));
        // The seed fixes the groups only when the search settles; cut short, how far it got depends on the machine.
        String stoppedEarly = result.converged() ? "" : "the search stopped at the time limit (" + timeLimit.strip()
                + ") while it was still improving: another run, even with the same seed, may give other groups; a longer"
                + " --time-limit lets it settle";
        if (!stoppedEarly.isEmpty()) {
            reportNotes.add(stoppedEarly);
        }
        Path markdown = markdownBeside(out);
        // Both files are generated before either is written, so a failure while generating changes neither.
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        outputs.put(out, ModelJson.write(result.cohort()).getBytes(StandardCharsets.UTF_8));
        outputs.put(markdown, FormationReport.markdown(result, reportNotes).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.writeAll(outputs);
        var f = result.figures();
        var r = result.randomFigures();
        stdout.printf(Locale.ROOT, "wrote %s (%s) and %s%n", out, Counts.of(result.groups().size(), "group", "groups"),
                markdown);
        if (!stoppedEarly.isEmpty()) {
            stdout.println("search: " + stoppedEarly);
        }
        stdout.printf(Locale.ROOT, "weekly hours everyone is available: %.1f (random groups: %.1f); largest time"
                + " difference %.1f h (random: %.1f); pairs sharing an interest %.0f%% (random: %.0f%%)%n",
                f.weeklyCommonHours(), r.weeklyCommonHours(), f.largestTimeDifference(), r.largestTimeDifference(),
                100 * f.sameInterestPairShare(), 100 * r.sameInterestPairShare());
        int without = result.groupsWithoutCommonSlot().size();
        stdout.printf(Locale.ROOT, "%s%n", without == 0
                ? "meeting slots: every group has a common slot (saved in the groups file as each group's slot)"
                : "meeting slots: " + without + " of " + Counts.of(result.groups().size(), "group", "groups")
                        + (without == 1 ? " has" : " have") + " no common slot: "
                        + Counts.firstFew(result.groupsWithoutCommonSlot().stream().map(e -> e.groupId()).toList(),
                                CONSOLE_NAMES)
                        + " (each still has its best slot saved; see " + markdown.getFileName()
                        + " for who cannot make it and which moves would fix it)");
        List<String> assumed = FormationReport.assumedAvailability(result).stream().map(p -> p.id()).toList();
        if (!assumed.isEmpty()) {
            stdout.printf(Locale.ROOT, "availability assumed for %s who gave none: %s (see %s)%n",
                    Counts.of(assumed.size(), "member", "members"), Counts.firstFew(assumed, CONSOLE_NAMES),
                    markdown.getFileName());
        }
        List<String> withoutGroup = result.withoutGroup();
        List<String> mentorsLeft = withoutGroup.stream()
                .filter(id -> result.cohort().participant(id).orElseThrow().isMentor()).toList();
        if (!mentorsLeft.isEmpty()) {
            stdout.printf(Locale.ROOT, "mentors without a group (%d): %s (%s; see %s)%n", mentorsLeft.size(),
                    Counts.firstFew(mentorsLeft, CONSOLE_NAMES), result.leftOverMentorsReason(), markdown.getFileName());
        }
        if (mentorsLeft.size() < withoutGroup.size()) {
            List<String> mentees = withoutGroup.stream().filter(id -> !mentorsLeft.contains(id)).toList();
            stdout.printf(Locale.ROOT, "MENTEES WITHOUT A GROUP (%d): %s%n", mentees.size(), String.join(", ", mentees));
        }
        for (var change : result.slotChanges()) {
            stdout.printf(Locale.ROOT, "SLOT CHANGED: group %s from %s: %s %s %s -> %s %s %s (%s)%n", change.groupId(),
                    change.effective(), change.before().day(), change.before().time(), change.before().timeZone(),
                    change.after().day(), change.after().time(), change.after().timeZone(), change.reason());
        }
        if (previousFile != null) {
            boolean listed = !result.withdrawn().isEmpty() || !result.moves().isEmpty();
            // The colon announces the list below; with nothing to list the line says so instead of ending on it.
            stdout.printf(Locale.ROOT, "%d withdrawn, %d moved or placed%s%n", result.withdrawn().size(),
                    result.moves().size(), listed ? ":" : " (everyone stays in their group)");
            for (String id : result.withdrawn()) {
                var left = result.groupLeft(id);
                stdout.printf(Locale.ROOT, "  %s: withdrawn%s%n", id, left.map(g -> "; left " + g.id() + " on "
                        + g.leaveDate(id).orElseThrow() + ", still listed in its sessions before that date")
                        .orElse("; removed from every session (none had happened)"));
            }
            for (Move m : result.moves()) {
                stdout.printf(Locale.ROOT, "  %s: %s -> %s (%s)%n", m.participantId(),
                        m.fromGroupId().isEmpty() ? "new" : m.fromGroupId(), m.toGroupId(), m.reason());
            }
        }
        return ExitCodes.OK;
    }

    /**
     * Notes when the cohort file already holds groups that this run does not keep: forming without --from starts from
     * scratch, and with --from the previous file's groups are the ones kept. Not refused (forming afresh can be what
     * the coordinator wants), but never silent: hand-made groups and saved slots are decisions someone made.
     */
    private List<String> groupsNotKept(Cohort cohort, Cohort previous) {
        List<String> notes = new ArrayList<>();
        if (cohort.groups().isEmpty()) {
            return notes;
        }
        long withSlot = cohort.groups().stream().filter(g -> g.meetingSlot().isPresent()).count();
        String held = cohortFile + " already has " + Counts.of(cohort.groups().size(), "group", "groups") + " ("
                + withSlot + " with a saved meeting slot)";
        if (previousFile == null) {
            boolean sameFile = sameFile(cohortFile, out);
            notes.add(held + "; match formed new groups from scratch and did not keep them"
                    + (sameFile ? ", and --out " + out + " is that same file, so they are replaced there (restore it"
                            + " from a copy to keep them)" : "")
                    + ". To keep them and their slots, run: mentorkit match COHORT --from " + cohortFile
                    + " --out NEW-GROUPS.json");
        } else if (!sameFile(cohortFile, previousFile) && !cohort.groups().equals(previous.groups())) {
            notes.add(held + "; they were not used: with --from, the groups kept are those of " + previousFile);
        }
        return notes;
    }

    /**
     * Forming afresh over a groups file whose groups have saved meeting slots would replace groups that calendars may
     * already have been sent from, and give their members new group ids: refused before anything is formed. A file
     * that is not a readable cohort, or holds no group with a saved slot, is replaced as before; removing the file (or
     * writing elsewhere) is the explicit way to start over, so there is no option to force it.
     */
    private void refuseReplacingSavedSlots() {
        if (!java.nio.file.Files.isRegularFile(out)) {
            return;
        }
        Cohort existing;
        try {
            existing = ModelFiles.readCohort(out);
        } catch (org.mentorkit.model.ToolkitException notACohort) {
            return;
        }
        long withSlot = existing.groups().stream().filter(g -> g.meetingSlot().isPresent()).count();
        if (withSlot == 0) {
            return;
        }
        throw new InvalidInputException("--out " + out, "already holds " + Counts.of(existing.groups().size(), "group",
                "groups") + " (" + withSlot + " with a saved meeting slot, from which calendars may have been sent);"
                + " forming afresh would replace them and give new group ids, so nothing was formed or written. To"
                + " re-form keeping what has started, run: mentorkit match " + cohortFile + " --from " + out
                + " --effective DATE --out NEW-GROUPS.json; to start over, choose another --out or remove " + out
                + " first");
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private java.time.LocalDate effectiveDate(Cohort cohort) {
        if (effective == null) {
            return previousFile == null ? null : java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        }
        if (previousFile == null) {
            throw new InvalidInputException("--effective", "--effective applies to re-forming; add --from PREVIOUS.json");
        }
        try {
            return java.time.LocalDate.parse(effective.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("--effective", "'" + effective + "' is not a date; use YYYY-MM-DD, e.g. "
                    + cohort.program().startDate().plusMonths(2));
        }
    }

    /**
     * Re-forms, with problems about the previous groups (their JSON paths start with {@code groups[}) named by the
     * file they are in, so that "groups[0].earlierSlots[0].until" tells the coordinator which file to look at.
     */
    private static FormationResult reformNamingTheFile(Cohort cohort, Cohort previous, Path previousFile,
            java.time.LocalDate effectiveDate, FormationSettings settings) {
        try {
            return GroupFormation.reform(cohort, previous, effectiveDate, settings);
        } catch (org.mentorkit.matching.InfeasibleFormationException refused) {
            List<Problem> named = new ArrayList<>();
            for (Problem p : refused.problems()) {
                named.add(p.location().startsWith("groups[")
                        ? new Problem("--from " + previousFile + ": " + p.location(), p.message()) : p);
            }
            throw new org.mentorkit.matching.InfeasibleFormationException(named);
        }
    }

    /**
     * Formation names the cohort's parts generically ("cohort: participants", "program: groupPolicy"); on the screen
     * each problem names the file they are in (README: one line per problem naming the file; review finding D13 e).
     */
    static List<Problem> namedByFile(List<Problem> problems, Path cohortFile) {
        List<Problem> named = new ArrayList<>();
        for (Problem p : problems) {
            String at = p.location();
            String location = at.equals("cohort") || at.equals("program") ? cohortFile.toString()
                    : at.startsWith("cohort: ") ? cohortFile + ": " + at.substring("cohort: ".length())
                    : at.startsWith("program: ") ? cohortFile + ": program." + at.substring("program: ".length())
                    // A group being formed ("group G1: matching.commonSlot is REQUIRED, but ..."): the rule is the file's.
                    : at.startsWith("group ") ? cohortFile + ": " + at
                    : at;
            named.add(new Problem(location, p.message()));
        }
        return named;
    }

    static Path markdownBeside(Path json) {
        String name = json.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return json.resolveSibling(base + ".md");
    }

    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidInputException("--time-limit", "'" + text + "' is not a duration; use e.g. 500ms, 10s or 2m");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        long millis = Math.round(value * switch (unit) {
            case "ms" -> 1;
            case "m" -> 60_000;
            default -> 1000;
        });
        if (millis <= 0) {
            throw new InvalidInputException("--time-limit", "the time limit must be positive, got '" + text + "'");
        }
        return Duration.ofMillis(millis);
    }
}
