package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.cli.Cli.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Participant;
import org.mentorkit.model.io.ModelFiles;

/** Review findings D13 a and e, and D9: each as a coordinator meets it on the command line. */
class SmallReviewFindingsTests {

    private static final Path PILOT = Path.of("..", "examples", "pilot");

    @TempDir
    Path temp;

    /** D13 a: the same rows, tab-separated and named .tsv, were refused as "unknown kind of file". */
    @Test
    void validateReadsATabSeparatedExportNamedTsv() throws Exception {
        // The rows without a quoted field, where commas are exactly the delimiters, as .csv and as tab-separated .tsv.
        String csv = String.join("\n", Files.readAllLines(PILOT.resolve("applicants.csv"), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.contains("\"")).toList()) + "\n";
        Path sameAsCsv = temp.resolve("applicants.csv");
        Files.writeString(sameAsCsv, csv, StandardCharsets.UTF_8);
        Path tsv = temp.resolve("applicants.tsv");
        Files.writeString(tsv, csv.replace(',', '\t'), StandardCharsets.UTF_8);
        Cli.Run asCsv = run("validate", "--program", PILOT.resolve("program.json").toString(), sameAsCsv.toString());
        assertThat(asCsv.code()).as(asCsv.err()).isZero();
        Cli.Run asTsv = run("validate", "--program", PILOT.resolve("program.json").toString(), tsv.toString());
        assertThat(asTsv.code()).as(asTsv.err()).isZero();
        String counts = asCsv.out().substring(asCsv.out().indexOf("(applicants:"));
        assertThat(asTsv.out()).contains("ok: " + tsv).contains(counts.strip());
    }

    /** D13 e: "cohort: participants: the cohort has no mentees" named no file. */
    @Test
    void matchNamesTheCohortFileInFormationProblems() throws Exception {
        Cohort pilot = ModelFiles.readCohort(PILOT.resolve("cohort.json"));
        Path mentorsOnly = temp.resolve("mentors-only.json");
        ModelFiles.writeCohort(new Cohort(pilot.program(), pilot.participants().stream().filter(Participant::isMentor)
                .toList(), java.util.List.of(), pilot.constraints(), java.util.List.of()), mentorsOnly);
        Cli.Run match = run("match", mentorsOnly.toString(), "--out", temp.resolve("g.json").toString(), "--quiet");
        assertThat(match.code()).isEqualTo(2);
        assertThat(match.err()).contains(mentorsOnly + ": participants: the cohort has no mentees")
                .doesNotContain(" cohort: participants");
    }

    /**
     * D9: "the same seed gives the same groups" holds only when the search settles. Whichever way each run stopped
     * (groups.md says it), match says so exactly when it stopped at the time limit.
     */
    @Test
    void matchSaysWhenItStoppedAtTheTimeLimit() throws Exception {
        int limited = 0;
        for (String limit : new String[] {"1ms", "60s"}) {
            Path out = temp.resolve("groups-" + limit + ".json");
            Cli.Run match = run("match", PILOT.resolve("cohort.json").toString(), "--out", out.toString(), "--quiet",
                    "--time-limit", limit);
            if (match.code() != 0) {
                assertThat(match.err()).as(limit).contains("within");
                continue;
            }
            String md = Files.readString(temp.resolve("groups-" + limit + ".md"), StandardCharsets.UTF_8);
            boolean stopped = md.contains("(time limit reached)");
            assertThat(stopped || md.contains("(converged)")).as(limit + ": groups.md says how the search stopped").isTrue();
            String note = "the search stopped at the time limit (" + limit + ") while it was still improving: another"
                    + " run, even with the same seed, may give other groups";
            assertThat(match.out().contains(note)).as(limit + ": " + match.out()).isEqualTo(stopped);
            assertThat(match.err()).as("the console's notes stay for what needs the coordinator").doesNotContain(note);
            assertThat(md.contains("another run, even with the same seed")).isEqualTo(stopped);
            limited += stopped ? 1 : 0;
        }
        assertThat(Cli.run("match", "--help").out()).contains("the same seed gives the same groups when the search"
                + " settles");
        assertThat(limited).as("a 1 ms search is cut short, or refused above").isLessThanOrEqualTo(1);
    }
}
