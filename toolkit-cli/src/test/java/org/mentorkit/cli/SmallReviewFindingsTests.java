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

    /** Review 3, item 4 a: "group G1: matching.commonSlot is REQUIRED, but ..." named no file. */
    @Test
    void aRequiredCommonSlotThatNoGroupHasNamesTheCohortFile() throws Exception {
        String pilot = Files.readString(PILOT.resolve("cohort.json"), StandardCharsets.UTF_8);
        // Everyone available one hour a week, each a different hour: no group has a time everyone can make.
        java.util.regex.Matcher role = java.util.regex.Pattern.compile("\"role\": \"(MENTEE|MENTOR)\",").matcher(pilot);
        StringBuilder text = new StringBuilder();
        int k = 0;
        while (role.find()) {
            String day = java.time.DayOfWeek.of(1 + k / 10).name();
            int hour = 8 + k % 10;
            role.appendReplacement(text, role.group().replace("$", "\\$") + " \"availability\": [{\"day\": \"" + day
                    + "\", \"start\": \"" + String.format("%02d:00", hour) + "\", \"end\": \""
                    + String.format("%02d:30", hour) + "\"}],");
            k++;
        }
        role.appendTail(text);
        Path required = temp.resolve("cohort-req.json");
        Files.writeString(required, text.toString().replaceFirst("\"matching\": \\{", "\"matching\": {\"commonSlot\":"
                + " \"REQUIRED\", "), StandardCharsets.UTF_8);

        Cli.Run match = run("match", required.toString(), "--out", temp.resolve("g.json").toString(), "--quiet",
                "--time-limit", "2s");

        assertThat(match.code()).isEqualTo(2);
        assertThat(match.err()).contains(required + ": group G1: matching.commonSlot is REQUIRED")
                .doesNotContain("]: group G");
    }

    /** Review 3, item 4 b: "Mon-Fri 18:00-17:00" gave the same error five times, "window 1" to "window 5". */
    @Test
    void aWrittenRangeOfDaysWithTheEndBeforeTheStartIsSaidOnceForTheRangeAsWritten() throws Exception {
        java.util.List<String> lines = Files.readAllLines(PILOT.resolve("applicants.csv"), StandardCharsets.UTF_8);
        String row = lines.get(1).replace("America/Sao_Paulo,,", "America/Sao_Paulo,Mon-Fri 18:00-17:00; Sat 10:00-11:00,");
        Path csv = temp.resolve("applicants.csv");
        Files.writeString(csv, lines.get(0) + "\n" + row + "\n", StandardCharsets.UTF_8);

        Cli.Run validate = run("validate", "--program", PILOT.resolve("program.json").toString(), csv.toString());

        assertThat(validate.code()).isEqualTo(2);
        String said = csv + ":2 (availability): `Mon-Fri 18:00-17:00`: must be after start (18:00); found 17:00";
        assertThat(validate.err()).contains(said).doesNotContain("window ");
        assertThat(validate.err().split(java.util.regex.Pattern.quote(said), -1)).as("said once").hasSize(2);
    }

    /** Review 3, item 4 c and d: "1 vocabularies"; "0 withdrawn, 0 moved or placed:" with nothing after the colon. */
    @Test
    void countsAgreeWithTheirNounAndAnEmptyListHasNoColon() throws Exception {
        org.mentorkit.model.Program pilot = ModelFiles.readProgram(PILOT.resolve("program.json"));
        Path one = temp.resolve("one-vocabulary.json");
        ModelFiles.writeProgram(new org.mentorkit.model.Program(pilot.id(), pilot.name(), pilot.society(),
                pilot.description(), pilot.startDate(), pilot.lengthMonths(), pilot.cadence(), pilot.deliveryMode(),
                pilot.groupPolicy(), pilot.matching(), pilot.vocabularies().subList(0, 1), pilot.applicantColumns(),
                pilot.contactEmail(), pilot.language()), one);
        Cli.Run validate = run("validate", one.toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.out()).contains(": 1 vocabulary)").doesNotContain("1 vocabularies");

        Path groups = temp.resolve("groups.json");
        assertThat(run("match", PILOT.resolve("cohort.json").toString(), "--out", groups.toString(), "--quiet",
                "--time-limit", "2s").code()).isZero();
        Cli.Run same = run("match", PILOT.resolve("cohort.json").toString(), "--from", groups.toString(), "--out",
                temp.resolve("again.json").toString(), "--quiet");
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out()).contains("0 withdrawn, 0 moved or placed (everyone stays in their group)")
                .doesNotContain("moved or placed:");
    }
}
