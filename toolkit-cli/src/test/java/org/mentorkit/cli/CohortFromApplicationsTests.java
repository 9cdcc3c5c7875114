package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.cli.Cli.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.io.ModelFiles;

/** Issue 11, item 6: {@code mentorkit cohort} takes application responses as well as the membership CSV. */
class CohortFromApplicationsTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");
    private static final String PROGRAM = EXAMPLE.resolve("program.json").toString();

    @TempDir
    Path temp;

    @Test
    void aREDCapApplicationsExportGivesTheCohortOfTheMembershipCsv() {
        Path fromCsv = temp.resolve("csv.json");
        Path fromApplications = temp.resolve("applications.json");
        assertThat(run("cohort", PROGRAM, EXAMPLE.resolve("applicants.csv").toString(), "--out", fromCsv.toString())
                .code()).isZero();
        Cli.Run run = run("cohort", PROGRAM, "--applications",
                EXAMPLE.resolve("surveys/application.redcap-records.csv").toString(), "--out", fromApplications.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("applications: 25 rows read, 25 taken, 0 skipped, 0 notes",
                "20 mentees and 5 mentors");
        assertThat(ModelFiles.readCohort(fromApplications).participants())
                .isEqualTo(ModelFiles.readCohort(fromCsv).participants());
    }

    @Test
    void eitherTheCsvOrApplicationsAndNeverFewerParticipantsUnasked() {
        Path out = temp.resolve("cohort.json");
        assertThat(run("cohort", PROGRAM, "--out", out.toString()).code()).isEqualTo(2);
        assertThat(run("cohort", PROGRAM, EXAMPLE.resolve("applicants.csv").toString(), "--out", out.toString()).code())
                .isZero();
        Path few = temp.resolve("few.csv");
        Cli.Run fewer = run("cohort", PROGRAM, "--applications", writeTwo(few).toString(), "--out", out.toString());
        assertThat(fewer.code()).isEqualTo(2);
        assertThat(fewer.err()).contains("already holds 25 participants; this run gives 2", "--replace");
        assertThat(ModelFiles.readCohort(out).participants()).hasSize(25);
    }

    private static Path writeTwo(Path file) {
        try {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(
                    EXAMPLE.resolve("surveys/application.redcap-records.csv"));
            java.nio.file.Files.write(file, lines.subList(0, 3));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
