package org.mentorkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.io.ApplicantCsv;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.model.io.ModelValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mentorkit cohort PROGRAM APPLICANTS --out FILE}: the cohort file that group formation starts from. */
@Command(
        name = "cohort",
        mixinStandardHelpOptions = true,
        description = {"Combine the program and the applicants (a membership CSV, or the responses to the application"
                + " form from REDCap, SurveyJS or filled PDF forms) into a cohort file (the program, every mentee and"
                + " mentor, no groups yet), checking both first.", "Next step: mentorkit match COHORT --out groups.json"},
        footer = {"", "Examples:",
            "  mentorkit cohort my-program/program.json my-program/applicants.csv --out my-program/cohort.json",
            "  mentorkit cohort my-program/program.json --applications redcap-export.csv --out my-program/cohort.json"})
final class CohortCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "The program file (program.json).")
    private Path programFile;

    @Parameters(index = "1", arity = "0..1", paramLabel = "APPLICANTS", description = "The applicants CSV, read with"
            + " the program's vocabularies and column mapping (or give --applications).")
    private Path applicantsFile;

    @Option(names = "--applications", arity = "1..*", paramLabel = "FILE", description = "Responses to the application"
            + " form ('survey export application --program ...'): a REDCap record export, SurveyJS results (.json) or"
            + " filled PDF forms (.pdf); each response's participant id becomes the participant's id.")
    private List<Path> applications = List.of();

    @Option(names = "--id-field", defaultValue = "", paramLabel = "NAME",
            description = "With --applications: the column holding the applicant's id (default: record id or participant_id).")
    private String idField;

    @Option(names = "--replace", description = "Replace --out even when it holds more participants than this run gives.")
    private boolean replace;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The cohort file to write.")
    private Path out;


    @Override
    public Integer call() {
        Outputs.requireFile(out);
        if ((applicantsFile == null) == applications.isEmpty()) {
            throw new InvalidInputException("APPLICANTS", "give either the applicants CSV or --applications FILE...,"
                    + " not both and not neither");
        }
        Program program = ModelFiles.readProgram(programFile);
        PrintWriter console = spec.commandLine().getOut();
        List<Participant> participants = applicantsFile != null ? ApplicantCsv.read(applicantsFile, program)
                : ApplicationInputs.participants(program, applications, idField, console);
        if (participants.isEmpty()) {
            // A cohort of nobody is never what the coordinator meant (a header-only export, the wrong file).
            if (applicantsFile != null) {
                throw new InvalidInputException(applicantsFile.toString(), "has no applicant rows after the header;"
                        + " expected one row per applicant (mentee or mentor)");
            }
            throw new InvalidInputException("--applications " + String.join(" ", applications.stream()
                    .map(Path::toString).toList()), "hold no responses; expected one response per applicant");
        }
        Cohort cohort = new Cohort(program, participants, List.of(), MatchingConstraints.none());
        // Rules across people (unique ids, mentor capacity, vocabularies) are checked on the whole cohort.
        ModelValidation.requireValid(cohort, applicantsFile != null ? applicantsFile.toString() : "applications");
        if (!replace && java.nio.file.Files.exists(out)) {
            int before = ModelFiles.readCohort(out).participants().size();
            if (participants.size() < before) {
                throw new InvalidInputException("--out " + out, "already holds " + before + " participants; this run"
                        + " gives " + participants.size() + ". Not replaced: add --replace to replace it with fewer");
            }
        }
        ModelFiles.writeCohort(cohort, out);
        console.println("Wrote " + out + ": " + Counts.mentees(cohort.mentees().size()) + " and "
                + Counts.mentors(cohort.mentors().size()) + " of program '" + program.id() + "'"
                + Counts.readiness(cohort.mentees().size(), cohort.mentors().size()) + ".");
        return ExitCodes.OK;
    }
}
