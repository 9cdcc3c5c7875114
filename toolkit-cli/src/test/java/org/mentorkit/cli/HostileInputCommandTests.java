package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.cli.Cli.run;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, reproduced first at the command line: each input gives exit 2 and a clear line, never exit 0 or 1. */
class HostileInputCommandTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");
    private static final Path SURVEYS = EXAMPLE.resolve("surveys");

    @TempDir
    Path temp;

    private Path pre;

    @BeforeEach
    void importPreProgram() {
        pre = temp.resolve("pre.responses.json");
        assertThat(run("survey", "import", "--instrument", "pre-program", SURVEYS.resolve("pre-program.redcap-records.csv")
                .toString(), "--out", pre.toString()).code()).isZero();
    }

    private static void assertRefused(Cli.Run run, String... expected) {
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(expected).doesNotContainPattern("\\b[A-Z]\\w*(Exception|Error)\\b")
                .doesNotContain("\tat ");
    }

    @Test
    void aGroupingValueThatMatchesNobodyIsAnErrorNotAFalseZero() {
        Cli.Run run = run("report", EXAMPLE.resolve("cohort.json").toString(), "--responses", pre.toString(),
                "--grouping", "Diverse=raceEthnicity:Asain;Black", "--out", temp.resolve("r").toString());
        assertRefused(run, "grouping Diverse: `Asain` is not a value of vocabulary `raceEthnicity`", "did you mean");
        assertThat(temp.resolve("r")).doesNotExist();
    }

    @Test
    void aGroupingOnABuiltInFieldLikeCountryIsAnErrorNotASilentNotStated() {
        Cli.Run run = run("report", EXAMPLE.resolve("cohort.json").toString(), "--responses", pre.toString(),
                "--grouping", "Abroad=country:France", "--out", temp.resolve("r").toString());
        assertRefused(run, "grouping Abroad: `country` is not a vocabulary of program");
    }

    @Test
    void manualCodesForUnknownParticipantsAndItemsAreErrors() throws Exception {
        Path codes = Files.writeString(temp.resolve("codes.csv"), "participant_id,item_id,themes\n"
                + "NOBODY,what_helped,scheduling\nM05,what_helpd,scheduling\n");
        Cli.Run run = run("report", EXAMPLE.resolve("cohort.json").toString(), "--responses", pre.toString(),
                "--manual-codes", codes.toString(), "--out", temp.resolve("r").toString());
        assertRefused(run, "codes.csv:2 (participant_id): `NOBODY` is not a participant of the cohort",
                "codes.csv:3 (item_id): `what_helpd` is not an item of any instrument");
    }

    @Test
    void initOnAnExistingFileIsExitTwo() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "mine");
        assertRefused(run("init", file.toString()), file.toAbsolutePath() + ": is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void cohortGivenAFolderIsExitTwoLikeValidate() {
        assertRefused(run("cohort", temp.toString(), EXAMPLE.resolve("applicants.csv").toString(), "--out",
                temp.resolve("cohort.json").toString()), temp + ": is a folder, not a file");
        assertRefused(run("validate", temp.toString()), temp + ": is a folder");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void cohortGivenAFifoEndsAtOnce() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win"));
        Path fifo = temp.resolve("applicants.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        assertRefused(run("cohort", EXAMPLE.resolve("program.json").toString(), fifo.toString(), "--out",
                temp.resolve("cohort.json").toString()), "is not a regular file (it is a pipe, a device or a socket)");
    }

    @Test
    void aProgramInWindows1252IsExitTwoNamingTheFile() throws Exception {
        Path ansi = temp.resolve("program.json");
        Files.write(ansi, Files.readString(EXAMPLE.resolve("program.json")).replaceFirst("\"name\": \"", "\"name\": \"Soci\u00e9t\u00e9 ")
                .getBytes(Charset.forName("windows-1252")));
        assertRefused(run("validate", ansi.toString()), ansi + ":", "is not UTF-8 text", "Windows-1252");
    }

    @Test
    void deeplyNestedJsonIsExitTwoNotAnUnexpectedFailure() throws Exception {
        Path deep = Files.writeString(temp.resolve("cohort.json"), "{\"participants\": " + "[".repeat(20_000) + "]".repeat(20_000) + "}");
        assertRefused(run("match", deep.toString(), "--out", temp.resolve("groups.json").toString()), deep + ":1:",
                "nested more than 64 levels");
    }

    @Test
    void aFormulaLeadingLabelIsKeptForRedcapButWarnedAbout() throws Exception {
        Path json = temp.resolve("pre.json");
        assertThat(run("survey", "export", "pre-program", "--format", "json", "--out", json.toString()).code()).isZero();
        String text = Files.readString(json);
        int label = text.indexOf("\"text\": \"") + "\"text\": \"".length();
        Files.writeString(json, text.substring(0, label) + "=HYPERLINK(\\\"http://x\\\") " + text.substring(label));
        Path csv = temp.resolve("pre.redcap.csv");
        Cli.Run run = run("survey", "export", json.toString(), "--format", "redcap", "--out", csv.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: pre-program: ").contains("starts with `=`, which a spreadsheet runs as a formula");
        assertThat(Files.readString(csv)).contains("=HYPERLINK(");
    }
}
