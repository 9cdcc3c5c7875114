package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Mentorkit.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesTheChosenDocumentsAndFormsThenImportsAForm() throws Exception {
        Path out = temp.resolve("packet");
        Run packet = run("packet", "--program", EXAMPLE.resolve("program.json").toString(), "--documents", "cover,overview",
                "--format", "pdf,md,html", "--out", out.toString());
        assertThat(packet.code()).as(packet.err()).isZero();
        assertThat(packet.out()).contains("2 documents");
        assertThat(out.resolve("packet.pdf")).exists();
        assertThat(out.resolve("packet.html")).exists();
        assertThat(out.resolve("markdown/01-overview.md")).exists();
        Path form = out.resolve("forms/post-program.pdf");
        assertThat(form).exists();

        // A blank form has no participant id: the surveys importer skips it with a reason, as any other row.
        Path responses = temp.resolve("post.responses.json");
        Run imported = run("survey", "import-pdf", "--cohort", EXAMPLE.resolve("cohort.json").toString(), form.toString(),
                "--out", responses.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("post-program: 1 forms read, 0 taken, 1 skipped").contains("post-program.pdf");
        assertThat(responses).exists();
    }

    @Test
    void writesEachGroupedParticipantsHandbookWithProgress() throws Exception {
        Cohort cohort = ModelFiles.readCohort(EXAMPLE.resolve("cohort.json"));
        Participant mentor = cohort.mentors().get(0);
        List<String> mentees = cohort.mentees().subList(0, 4).stream().map(Participant::id).toList();
        Path groups = temp.resolve("groups.json");
        ModelFiles.writeCohort(cohort.withGroups(List.of(new Group("g1", "Group 1", List.of(mentor.id()), mentees,
                new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.NOON, mentor.timeZone(), 60)))), groups);
        Path out = temp.resolve("handbooks");
        Run run = run("packet", "--cohort", EXAMPLE.resolve("cohort.json").toString(), "--groups", groups.toString(),
                "--per-participant", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("5 handbooks written").contains("No handbook for 20 participants without a group");
        assertThat(run.err()).contains("5/5");
        assertThat(out.resolve("handbooks/" + mentor.id() + ".pdf")).exists();
        assertThat(out.resolve("handbooks/" + mentees.get(3) + ".pdf")).exists();
    }

    @Test
    void unknownDocumentIsAnInputError() {
        Run run = run("packet", "--program", EXAMPLE.resolve("program.json").toString(), "--documents", "overview,brochure",
                "--out", temp.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--documents: 'brochure' is not a document");
    }

    @Test
    void perParticipantNeedsGroups() {
        Run run = run("packet", "--cohort", EXAMPLE.resolve("cohort.json").toString(), "--per-participant", "--out", temp.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no groups yet");
    }

    @Test
    void importPdfRejectsAFileThatIsNotAForm() throws Exception {
        Path notAForm = temp.resolve("notes.pdf");
        Files.writeString(notAForm, "not a pdf");
        Run run = run("survey", "import-pdf", notAForm.toString(), "--out", temp.resolve("x.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("notes.pdf");
    }
}
