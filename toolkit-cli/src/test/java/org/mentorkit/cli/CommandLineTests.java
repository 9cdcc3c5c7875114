package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.cli.Cli.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a coordinator meets it: exit codes, one line per problem, no stack traces. */
class CommandLineTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");

    @TempDir
    Path temp;

    @Test
    void validateAcceptsTheExampleFiles() {
        Cli.Run run = run("validate", EXAMPLE.resolve("program.json").toString(), EXAMPLE.resolve("applicants.csv").toString(),
                EXAMPLE.resolve("cohort.json").toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("20 mentees, 5 mentors");
    }

    @Test
    void validateReportsAnUnknownTimeZoneWithItsPathAndExitsWithTwo() throws Exception {
        String cohort = Files.readString(EXAMPLE.resolve("cohort.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"America/Sao_Paulo\"", "\"America/Sao Paulo\"");
        Path file = temp.resolve("cohort.json");
        Files.writeString(file, cohort, StandardCharsets.UTF_8);
        Cli.Run run = run("validate", file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("participants[0].timeZone").contains("America/Sao_Paulo")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void validateReportsMalformedJsonWithLineAndColumn() throws Exception {
        Path file = temp.resolve("program.json");
        Files.writeString(file, "{\n  \"id\": \"x\",\n  \"name\": \n}\n", StandardCharsets.UTF_8);
        Cli.Run run = run("validate", file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("program.json").contains("program.json:4:1").doesNotContain("Exception");
    }

    @Test
    void validateReportsProblemsOfEveryFileTogether() throws Exception {
        Path missing = temp.resolve("nowhere.json");
        Path text = temp.resolve("notes.txt");
        Files.writeString(text, "hello", StandardCharsets.UTF_8);
        Cli.Run run = run("validate", missing.toString(), text.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere.json: no such file").contains("notes.txt: unknown kind of file")
                .contains("2 problems found.");
    }

    @Test
    void validateReadsAnApplicantsCsvWithTheProgramGivenInTheSameCommand() throws Exception {
        // The CSV sits in a folder without program.json; the example's vocabularies differ from the default program's.
        Path csv = temp.resolve("export.csv");
        Files.copy(EXAMPLE.resolve("applicants.csv"), csv);
        Cli.Run run = run("validate", EXAMPLE.resolve("program.json").toString(), csv.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("read with program 'neuro-onc-peer-mentoring'");
        Cli.Run alone = run("validate", csv.toString());
        assertThat(alone.code()).isEqualTo(2);
        assertThat(alone.err()).contains("export.csv:").contains("raceEthnicity");
    }

    @Test
    void validateSaysAFolderIsAFolder() {
        Cli.Run run = run("validate", temp.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("is a folder");
    }

    @Test
    void initWritesAStarterFolderThatValidates() {
        Path folder = temp.resolve("my-program");
        Cli.Run init = run("init", folder.toString());
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(folder.resolve("program.json")).isRegularFile();
        assertThat(folder.resolve("applicants.csv")).isRegularFile();
        assertThat(folder.resolve("README.md")).isRegularFile();
        Cli.Run validate = run("validate", folder.resolve("program.json").toString(), folder.resolve("applicants.csv").toString());
        assertThat(validate.out()).contains("1 mentee, 0 mentors").contains("note: no mentors yet, and every group needs one");
        assertThat(validate.code()).as(validate.err()).isZero();
    }

    @Test
    void initRefusesToOverwriteWithoutForce() throws Exception {
        Path folder = temp.resolve("existing");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("program.json"), "mine", StandardCharsets.UTF_8);
        Cli.Run run = run("init", folder.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("already exists");
        assertThat(Files.readString(folder.resolve("program.json"), StandardCharsets.UTF_8)).isEqualTo("mine");
    }

    @Test
    void demoRunsThePipelineWithEveryOutputUnderTheGivenFolder() {
        Path out = temp.resolve("demo");
        Cli.Run run = run("demo", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("input").resolve("cohort.json")).isRegularFile();
        assertThat(out.resolve("groups").resolve("groups.json")).isRegularFile();
        assertThat(out.resolve("report").resolve("report.md")).isRegularFile();
        assertThat(out.resolve("packet")).isDirectoryContaining(p -> p.toString().endsWith(".pdf"));
        assertThat(out.resolve("schedule")).isDirectoryContaining(p -> p.toString().endsWith(".ics"));
        assertThat(run.out()).contains("[10/10] Write the toolkit packet").contains("20 mentees, 5 mentors")
                .containsPattern("packet\\.pdf: [0-9]+ pages").contains("10/14 (71%) after")
                .contains("Wrote 25 invitations").contains("Wrote 6 reminders");
        assertThat(out.resolve("mail").resolve("reminders-1")).isDirectoryContaining(p -> p.toString().endsWith(".eml"))
                .isDirectoryNotContaining(p -> p.getFileName().toString().equals("send-ledger.csv"));
        assertThat(out.resolve("responses").resolve("post-program.status.csv")).isRegularFile();
    }

    @Test
    void cohortCombinesProgramAndApplicantsIntoAFileThatValidates() {
        Path cohort = temp.resolve("cohort.json");
        Cli.Run run = run("cohort", EXAMPLE.resolve("program.json").toString(), EXAMPLE.resolve("applicants.csv").toString(),
                "--out", cohort.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("20 mentees and 5 mentors");
        Cli.Run validate = run("validate", cohort.toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.out()).contains("20 mentees, 5 mentors, 0 groups");
    }

    @Test
    void cohortReportsABadApplicantRowByLineAndWritesNothing() throws Exception {
        Path csv = temp.resolve("applicants.csv");
        String text = Files.readString(EXAMPLE.resolve("applicants.csv"), StandardCharsets.UTF_8)
                .replace("America/Chicago", "America/Chicgo");
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        Path cohort = temp.resolve("cohort.json");
        Cli.Run run = run("cohort", EXAMPLE.resolve("program.json").toString(), csv.toString(), "--out", cohort.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("applicants.csv:").contains("America/Chicago").doesNotContain("Exception");
        assertThat(cohort).doesNotExist();
    }

    @Test
    void outputFolderThatIsAFileAndOutputFileThatIsAFolderAreInputMistakes() throws Exception {
        Path file = temp.resolve("afile.txt");
        Files.writeString(file, "mine", StandardCharsets.UTF_8);
        Cli.Run schedule = run("schedule", EXAMPLE.resolve("cohort.json").toString(), "--out", file.toString());
        assertThat(schedule.code()).isEqualTo(2);
        assertThat(schedule.err()).contains("--out " + file).contains("is a file; expected a folder")
                .doesNotContain("Exception");
        Cli.Run cohort = run("cohort", EXAMPLE.resolve("program.json").toString(), EXAMPLE.resolve("applicants.csv").toString(),
                "--out", temp.toString());
        assertThat(cohort.code()).isEqualTo(2);
        assertThat(cohort.err()).contains("is a folder; expected the name of the file to write");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("mine");
    }

    @Test
    void unknownCommandIsInvalidInput() {
        Cli.Run run = run("frobnicate");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("frobnicate").contains("--help");
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        List<String> commands = new ArrayList<>();
        collect(new CommandLine(new Mentorkit()), commands);
        assertThat(commands).contains("init", "validate", "cohort", "match", "schedule", "survey import", "report", "packet",
                "demo");
        // picocli reports a help text it cannot format on System.err, not on the command's writer.
        java.io.PrintStream originalErr = System.err;
        java.io.ByteArrayOutputStream picocliWarnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(picocliWarnings, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("--help").code()).isZero();
            for (String command : commands) {
                Cli.Run run = run((command + " --help").split(" "));
                assertThat(run.code()).as(command).isZero();
                assertThat(run.err()).as(command).isEmpty();
                assertThat(run.out()).as(command).contains("Usage: mentorkit " + command).contains("Example")
                        .contains("--verbose");
            }
        } finally {
            System.setErr(originalErr);
        }
        assertThat(picocliWarnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static void collect(CommandLine commandLine, List<String> names) {
        commandLine.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommand() instanceof CommandLine.HelpCommand || names.contains(qualified(sub))) {
                return;
            }
            names.add(qualified(sub));
            collect(sub, names);
        });
    }

    private static String qualified(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName(" ").replaceFirst("^mentorkit ", "");
    }
}
