package org.mentorkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mentorkit.model.Cohort;
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
        description = {"Combine the program and the applicants CSV into a cohort file (the program, every mentee and"
                + " mentor, no groups yet), checking both first.", "Next step: mentorkit match COHORT --out groups.json"},
        footer = {"", "Example:",
            "  mentorkit cohort my-program/program.json my-program/applicants.csv --out my-program/cohort.json"})
final class CohortCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "The program file (program.json).")
    private Path programFile;

    @Parameters(index = "1", paramLabel = "APPLICANTS", description = "The applicants CSV, read with the program's"
            + " vocabularies and column mapping.")
    private Path applicantsFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The cohort file to write.")
    private Path out;


    @Override
    public Integer call() {
        Outputs.requireFile(out);
        Program program = ModelFiles.readProgram(programFile);
        List<Participant> participants = ApplicantCsv.read(applicantsFile, program);
        Cohort cohort = new Cohort(program, participants, List.of(), MatchingConstraints.none());
        // Rules across people (unique ids, mentor capacity, vocabularies) are checked on the whole cohort.
        ModelValidation.requireValid(cohort, applicantsFile.toString());
        ModelFiles.writeCohort(cohort, out);
        PrintWriter console = spec.commandLine().getOut();
        console.println("Wrote " + out + ": " + Counts.mentees(cohort.mentees().size()) + " and "
                + Counts.mentors(cohort.mentors().size()) + " of program '" + program.id() + "'."
                + Counts.readiness(cohort.mentees().size(), cohort.mentors().size()));
        return ExitCodes.OK;
    }
}
