package org.mentorkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.DefaultProgram;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;
import org.mentorkit.model.internal.input.InputFiles;
import org.mentorkit.model.internal.input.JsonInput;
import org.mentorkit.model.io.ApplicantCsv;
import org.mentorkit.model.io.ModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mentorkit validate FILE...}: checks program files, cohort files and applicant CSVs, reporting every problem. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Check program (.json), cohort (.json with participants) and applicant (.csv, .tsv) files.",
            "Every problem is listed with its file, JSON path or line, and what was expected; exit code 2 if any."},
        footer = {"", "Examples:", "  mentorkit validate program.json applicants.csv",
            "  mentorkit validate --program program.json export-from-membership-system.csv",
            "  mentorkit validate cohort.json"})
final class ValidateCommand implements Callable<Integer> {

    /** A cohort file has a top-level participants list; a program file does not. */
    private static final Pattern PARTICIPANTS_KEY = Pattern.compile("\"participants\"\\s*:");

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check.")
    private List<Path> files;

    @Option(names = "--program", paramLabel = "FILE",
            description = "The program whose vocabularies and column mapping an applicants CSV is read with"
                    + " (default: a program file given in the same command, else program.json beside the CSV, else"
                    + " the built-in default program).")
    private Path programFile;


    /** A program file among the FILE arguments, which applicant CSVs of the same command are read with. */
    private Optional<Path> programGivenAlongside = Optional.empty();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Problem> problems = new ArrayList<>();
        programGivenAlongside = files.stream().filter(ValidateCommand::isProgramFile).findFirst();
        for (Path file : files) {
            try {
                out.println("ok: " + file + " (" + check(file) + ")");
            } catch (InvalidInputException invalid) {
                problems.addAll(invalid.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return ExitCodes.OK;
    }

    private String check(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file.toString(), "is a folder; give the files in it, e.g. "
                    + file.resolve("program.json"));
        }
        InputFiles.requireRegularFile(file, "a program or cohort file (.json) or an applicants CSV (.csv)");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // A tab-separated export (.tsv) is read like a CSV: the delimiter is detected. A .txt stays refused, as it is
        // as often a note as an export; the message says to rename it.
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            Program program = programFor(file);
            List<Participant> applicants = ApplicantCsv.read(file, program);
            long mentors = applicants.stream().filter(Participant::isMentor).count();
            return "applicants: " + Counts.mentees(applicants.size() - mentors) + ", " + Counts.mentors(mentors)
                    + ", read with program '" + program.id() + "'" + Counts.readiness(applicants.size() - mentors, mentors);
        }
        if (name.endsWith(".json")) {
            String text = JsonInput.readText(file, "a program or cohort file (JSON)");
            if (PARTICIPANTS_KEY.matcher(text).find()) {
                Cohort cohort = ModelFiles.readCohort(file);
                UnheldValues.Findings unheld = UnheldValues.of(cohort, file.toString());
                if (!unheld.errors().isEmpty()) {
                    throw new InvalidInputException(unheld.errors());
                }
                unheld.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w.location() + ": "
                        + w.message()));
                List<String> inNoGroup = InNoGroup.ids(cohort);
                return "cohort of program '" + cohort.program().id() + "': " + Counts.mentees(cohort.mentees().size())
                        + ", " + Counts.mentors(cohort.mentors().size()) + ", " + Counts.of(cohort.groups().size(), "group", "groups")
                        + Counts.readiness(cohort.mentees().size(), cohort.mentors().size())
                        + (inNoGroup.isEmpty() ? "" : "; note: " + InNoGroup.describe(inNoGroup)
                                + ": they get no calendar, roster line or handbook");
            }
            Program program = ModelFiles.readProgram(file);
            return "program '" + program.id() + "': " + Counts.of(program.vocabularies().size(), "vocabulary", "vocabularies");
        }
        throw new InvalidInputException(file.toString(),
                "unknown kind of file; expected a program or cohort (.json) or an applicants CSV (.csv, or .tsv"
                        + " for tab-separated; rename a .txt export to .csv)");
    }

    /**
     * The program an applicants CSV is read with, in this order: {@code --program}; a program file given in the same
     * command; {@code program.json} beside the CSV; the built-in default. The output always names the one used.
     */
    private Program programFor(Path csv) {
        Path beside = csv.toAbsolutePath().resolveSibling("program.json");
        Optional<Path> chosen = Optional.ofNullable(programFile).or(() -> programGivenAlongside)
                .or(() -> Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty());
        return chosen.map(ModelFiles::readProgram).orElseGet(DefaultProgram::pilot);
    }

    /** A JSON file without a top-level participants list: a program, not a cohort. */
    private static boolean isProgramFile(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") || !Files.isRegularFile(file)) {
            return false;
        }
        try {
            return !PARTICIPANTS_KEY.matcher(JsonInput.readText(file, "a program file (JSON)")).find();
        } catch (InvalidInputException unreadable) {
            return false; // reported when the file itself is checked
        }
    }
}
