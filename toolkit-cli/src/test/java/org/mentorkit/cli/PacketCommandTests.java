package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.io.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mentorkit packet} and {@code mentorkit survey import-pdf} as a coordinator runs them. */
class PacketCommandTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");

    @TempDir
    Path temp;

    @Test
    void writesTheChosenDocumentsAndFormsThenImportsAForm() throws Exception {
        Path out = temp.resolve("packet");
        Cli.Run packet = run("packet", "--program", EXAMPLE.resolve("program.json").toString(), "--documents", "cover,overview",
                "--format", "pdf,md,html", "--out", out.toString());
        assertThat(packet.code()).as(packet.err()).isZero();
        assertThat(packet.out()).contains("2 documents");
        assertThat(out.resolve("packet.pdf")).exists();
        assertThat(out.resolve("packet.html")).exists();
        assertThat(out.resolve("markdown/01-overview.md")).exists();
        Path form = out.resolve("forms/post-program.pdf");
        assertThat(form).exists();

        // A blank form gives no response: an import that takes nothing is an error (exit 2) naming the form and
        // the reason, and writes nothing (issue 11: never 0 responses written in place of earlier work).
        Path responses = temp.resolve("post.responses.json");
        Cli.Run imported = run("survey", "import-pdf", "--cohort", EXAMPLE.resolve("cohort.json").toString(), form.toString(),
                "--out", responses.toString());
        assertThat(imported.code()).isEqualTo(2);
        assertThat(imported.err()).contains("no response taken (1 rows read, 0 taken, 1 skipped").contains("post-program.pdf");
        assertThat(responses).doesNotExist();
    }

    @Test
    void writesEachGroupedParticipantsHandbookWithProgress() throws Exception {
        Path groups = oneGroupOfFour();
        Path out = temp.resolve("handbooks");
        Cli.Run run = run("packet", "--cohort", EXAMPLE.resolve("cohort.json").toString(), "--groups", groups.toString(),
                "--per-participant", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("5 handbooks written").contains("No handbook for 20 participants without a group");
        assertThat(run.err()).contains("5/5");
        Group group = ModelFiles.readCohort(groups).groups().get(0);
        assertThat(out.resolve("handbooks/" + group.mentorIds().get(0) + ".pdf")).exists();
        assertThat(out.resolve("handbooks/" + group.menteeIds().get(3) + ".pdf")).exists();
    }

    @Test
    void publicAudienceSuppressesSmallCellsInThePacketReport() throws Exception {
        Path surveys = EXAMPLE.resolve("surveys");
        String[] common = {"packet", "--cohort", EXAMPLE.resolve("cohort.json").toString(), "--documents", "report",
            "--format", "md", "--no-forms", "--responses", surveys.resolve("pre-program.redcap-records.csv").toString(),
            surveys.resolve("post-program.redcap-records.csv").toString()};
        Path committee = temp.resolve("committee");
        Path open = temp.resolve("public");
        Cli.Run full = run(concat(common, "--out", committee.toString()));
        Cli.Run shared = run(concat(common, "--audience", "public", "--out", open.toString()));
        assertThat(full.code()).as(full.err()).isZero();
        assertThat(shared.code()).as(shared.err()).isZero();
        String fullReport = Files.readString(onlyMarkdown(committee));
        String publicReport = Files.readString(onlyMarkdown(open));
        assertThat(fullReport).contains("3/20 (15%; 95% CI 5-36%)").contains("10/14 (71%; 95% CI 45-88%)");
        assertThat(publicReport).doesNotContainPattern("(?<![0-9])3/20").doesNotContain("10/14")
                .contains("counts below 5, and any count that would reveal one, are withheld");
        assertThat(fullReport).contains("this version is for the organising committee");
        assertThat(run(concat(common, "--audience", "everyone", "--out", temp.resolve("x").toString())).code()).isEqualTo(2);
    }

    @Test
    void badUserTemplateIsAnInputErrorNamingFileLineAndVariableAndChangesNoFile() throws Exception {
        Path out = temp.resolve("packet");
        String[] common = {"packet", "--program", EXAMPLE.resolve("program.json").toString(), "--documents", "cover,overview",
                "--format", "md,html", "--out", out.toString()};
        Cli.Run first = run(common);
        assertThat(first.code()).as(first.err()).isZero();
        java.util.Map<String, byte[]> before = tree(out);
        assertThat(before).containsKeys("packet.html", "markdown/01-overview.md");

        Path templates = temp.resolve("my-templates");
        Files.createDirectories(templates);
        Path overview = templates.resolve("overview.md");
        Files.writeString(overview, "# Overview\n\nRun by {{society}}.\n\nChair: {{chairName}}\n");
        Cli.Run bad = run(concat(common, "--templates", templates.toString()));

        assertThat(bad.code()).as(bad.err()).isEqualTo(2);
        assertThat(bad.err().lines().toList()).containsExactly(
                "error [MK0003]: " + overview + ":5: the template uses {{chairName}}, which is not a variable here (see docs/packet.md"
                        + " for the variables of each template)",
                "1 problem found.");
        java.util.Map<String, byte[]> after = tree(out);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    private static java.util.Map<String, byte[]> tree(Path folder) throws java.io.IOException {
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static Path onlyMarkdown(Path packet) throws java.io.IOException {
        try (var files = Files.list(packet.resolve("markdown"))) {
            return files.filter(p -> p.toString().endsWith("report.md")).findFirst().orElseThrow();
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void unknownDocumentIsAnInputError() {
        Cli.Run run = run("packet", "--program", EXAMPLE.resolve("program.json").toString(), "--documents", "overview,brochure",
                "--out", temp.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--documents: 'brochure' is not a document");
    }

    /** Review finding D8: --documents and --format were silently dropped; now refused, naming them, nothing written. */
    @Test
    void perParticipantRefusesThePacketsOptionsNamingThem() throws Exception {
        Path groups = oneGroupOfFour();
        Path out = temp.resolve("refused");
        Cli.Run run = run("packet", "--cohort", groups.toString(), "--documents", "rosters,mentee-handbook",
                "--per-participant", "--no-forms", "--format", "pdf,md,html", "--out", out.toString());
        assertThat(run.code()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).contains("--per-participant").contains("--documents and --format do not apply")
                .doesNotContain("Exception");
        assertThat(out.resolve("handbooks")).doesNotExist();

        Cli.Run format = run("packet", "--cohort", groups.toString(), "--per-participant", "--format", "md",
                "--out", out.toString());
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("--format does not apply");
        assertThat(out.resolve("handbooks")).doesNotExist();
    }

    @Test
    void perParticipantNeedsGroups() {
        Cli.Run run = run("packet", "--cohort", EXAMPLE.resolve("cohort.json").toString(), "--per-participant", "--out", temp.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no groups yet");
    }

    @Test
    void importPdfRejectsAFileThatIsNotAForm() throws Exception {
        Path notAForm = temp.resolve("notes.pdf");
        Files.writeString(notAForm, "not a pdf");
        Cli.Run run = run("survey", "import-pdf", notAForm.toString(), "--out", temp.resolve("x.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("notes.pdf");
    }

    /** The pilot cohort with one hand-made group: its first mentor and first four mentees, Tuesdays at noon. */
    private Path oneGroupOfFour() throws Exception {
        Cohort cohort = ModelFiles.readCohort(EXAMPLE.resolve("cohort.json"));
        Participant mentor = cohort.mentors().get(0);
        List<String> mentees = cohort.mentees().subList(0, 4).stream().map(Participant::id).toList();
        Path groups = temp.resolve("groups.json");
        ModelFiles.writeCohort(cohort.withGroups(List.of(new Group("g1", "Group 1", List.of(mentor.id()), mentees,
                new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.NOON, mentor.timeZone(), 60)))), groups);
        return groups;
    }
}
