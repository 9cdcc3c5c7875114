package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Participant;
import org.mentorkit.model.io.ModelFiles;

/**
 * What {@code match} must not do silently: throw away the groups a cohort file already holds, leave mentors out
 * without naming them.
 */
class MatchNoticesTests {

    private static final Path PILOT = Path.of("..", "examples", "pilot", "cohort.json");

    @TempDir
    Path temp;

    private Path formedPilot() {
        Path grouped = temp.resolve("grouped.json");
        Cli.Run first = Cli.run("match", PILOT.toString(), "--out", grouped.toString(), "--time-limit", "3s", "--quiet");
        assertThat(first.code()).isZero();
        assertThat(first.err()).as("a cohort without groups gets no note").isEmpty();
        return grouped;
    }

    @Test
    void formingAgainOnAFileWithGroupsSaysTheyWereNotKeptAndHowToKeepThem() throws Exception {
        Path grouped = formedPilot();
        Cohort before = ModelFiles.readCohort(grouped);
        long withSlot = before.groups().stream().filter(g -> g.meetingSlot().isPresent()).count();
        assertThat(before.groups()).hasSize(5);

        Path out = temp.resolve("again.json");
        Cli.Run run = Cli.run("match", grouped.toString(), "--out", out.toString(), "--seed", "9", "--time-limit", "3s",
                "--quiet");

        assertThat(run.code()).as("not refused: forming afresh can be wanted").isZero();
        String expected = grouped + " already has 5 groups (" + withSlot + " with a saved meeting slot); match formed"
                + " new groups from scratch and did not keep them. To keep them and their slots, run: mentorkit match"
                + " COHORT --from " + grouped + " --out NEW-GROUPS.json";
        assertThat(run.err()).contains("note: " + expected);
        String md = Files.readString(temp.resolve("again.md"), StandardCharsets.UTF_8);
        assertThat(md.substring(0, md.indexOf("## "))).as("in groups.md's header")
                .contains("**Note:** " + expected);
        assertThat(ModelFiles.readCohort(grouped).groups()).as("the input file is untouched").isEqualTo(before.groups());
    }

    @Test
    void overwritingTheCohortFileItselfSaysTheGroupsAreReplacedThere() throws Exception {
        // Groups without saved slots (hand-made, say) are replaced as before, with the note.
        Path grouped = formedPilot();
        String json = Files.readString(grouped, StandardCharsets.UTF_8);
        Files.writeString(grouped, withoutSlots(json), StandardCharsets.UTF_8);
        assertThat(ModelFiles.readCohort(grouped).groups()).allMatch(g -> g.meetingSlot().isEmpty());
        Cli.Run run = Cli.run("match", grouped.toString(), "--out", grouped.toString(), "--time-limit", "3s", "--quiet");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("did not keep them, and --out " + grouped + " is that same file, so they are"
                + " replaced there");
    }

    /** The cohort JSON with every group's saved "slot" object taken out. */
    private static String withoutSlots(String json) {
        return json.replaceAll("(?s),\\s*\"slot\"\\s*:\\s*\\{[^{}]*\\}", "")
                .replaceAll("(?s)\"slot\"\\s*:\\s*\\{[^{}]*\\}\\s*,", "");
    }

    @Test
    void formingAfreshOverAGroupsFileWithSavedSlotsIsRefusedBeforeAnythingIsFormed() throws Exception {
        // Review 3, item 1: a new cohort's groups over the groups calendars were sent from, with new group ids, exit 0.
        Path grouped = formedPilot();
        byte[] before = Files.readAllBytes(grouped);
        Path md = temp.resolve("grouped.md");
        byte[] mdBefore = Files.readAllBytes(md);
        long withSlot = ModelFiles.readCohort(grouped).groups().stream().filter(g -> g.meetingSlot().isPresent()).count();
        assertThat(withSlot).isPositive();

        Cli.Run run = Cli.run("match", PILOT.toString(), "--out", grouped.toString(), "--seed", "3", "--time-limit",
                "3s");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--out " + grouped + ": already holds 5 groups (" + withSlot
                        + " with a saved meeting slot")
                .contains("nothing was formed or written")
                .contains("mentorkit match " + PILOT + " --from " + grouped + " --effective DATE --out NEW-GROUPS.json")
                .contains("choose another --out or remove " + grouped + " first")
                .doesNotContain("forming groups [").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllBytes(grouped)).as("the groups file is untouched").isEqualTo(before);
        assertThat(Files.readAllBytes(md)).as("its explanation too").isEqualTo(mdBefore);

        // The two ways on work: another --out, or the file removed first.
        assertThat(Cli.run("match", PILOT.toString(), "--out", temp.resolve("elsewhere.json").toString(),
                "--time-limit", "3s", "--quiet").code()).isZero();
        Files.delete(grouped);
        assertThat(Cli.run("match", PILOT.toString(), "--out", grouped.toString(), "--time-limit", "3s", "--quiet")
                .code()).isZero();
    }

    @Test
    void aCohortFileWithoutGroupsAsOutIsReplacedAsBefore() throws Exception {
        Path copy = temp.resolve("cohort-copy.json");
        Files.copy(PILOT, copy);
        Cli.Run run = Cli.run("match", copy.toString(), "--out", copy.toString(), "--time-limit", "3s", "--quiet");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(ModelFiles.readCohort(copy).groups()).hasSize(5);
    }

    @Test
    void reformingFromTheSameFileKeepsTheGroupsAndNeedsNoNote() {
        Path grouped = formedPilot();
        Path out = temp.resolve("kept.json");
        Cli.Run run = Cli.run("match", grouped.toString(), "--from", grouped.toString(), "--out", out.toString(),
                "--quiet");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(ModelFiles.readCohort(out).groups()).isEqualTo(ModelFiles.readCohort(grouped).groups());
    }

    @Test
    void withFromTheCohortFilesOwnDifferentGroupsAreSaidToBeUnused() {
        Path grouped = formedPilot();
        Path other = temp.resolve("other.json");
        assertThat(Cli.run("match", PILOT.toString(), "--out", other.toString(), "--seed", "5", "--time-limit", "3s",
                "--quiet").code()).isZero();
        assertThat(ModelFiles.readCohort(other).groups()).isNotEqualTo(ModelFiles.readCohort(grouped).groups());

        Cli.Run run = Cli.run("match", grouped.toString(), "--from", other.toString(), "--out",
                temp.resolve("v2.json").toString(), "--quiet");

        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("note: " + grouped + " already has 5 groups").contains("they were not used: with"
                + " --from, the groups kept are those of " + other);
    }

    @Test
    void mentorsLeftOverByTheGroupSizesAreNamedOnStdoutAndInTheReport() throws Exception {
        // The pilot's 20 mentees make 5 groups of 4 with one mentor each; three more mentors cannot all lead one.
        String pilot = Files.readString(PILOT, StandardCharsets.UTF_8);
        StringBuilder extra = new StringBuilder();
        for (int k = 1; k <= 3; k++) {
            extra.append("{\"id\": \"X").append(k).append("\", \"displayName\": \"Extra | <b>").append(k)
                    .append("</b>\", \"email\": \"x").append(k).append("@example.org\", \"role\": \"MENTOR\", ")
                    .append("\"timeZone\": \"Europe/Paris\", \"capacity\": 1, \"interests\": [\"global health\"]},\n");
        }
        Path cohort = temp.resolve("many-mentors.json");
        Files.writeString(cohort, pilot.replaceFirst("\"participants\": \\[", "\"participants\": [\n" + extra),
                StandardCharsets.UTF_8);
        Path out = temp.resolve("groups.json");

        Cli.Run run = Cli.run("match", cohort.toString(), "--out", out.toString(), "--time-limit", "3s", "--quiet");

        assertThat(run.code()).as(run.err()).isZero();
        // Who is in no group, read back from the groups file (not from the report's own list).
        Cohort formed = ModelFiles.readCohort(out);
        Set<String> inGroups = new TreeSet<>();
        formed.groups().forEach(g -> inGroups.addAll(g.memberIds()));
        List<Participant> left = formed.participants().stream().filter(p -> !inGroups.contains(p.id())).toList();
        assertThat(left).hasSize(3).allMatch(Participant::isMentor);
        List<String> ids = left.stream().map(Participant::id).toList();
        String reason = "fewer groups than mentors: the 20 mentees make 5 groups under the program's group sizes (3 to"
                + " 5 mentees, 1 mentor per group), which need 5 mentor places; the cohort has 8 mentors";
        assertThat(run.out()).contains("mentors without a group (3): " + String.join(", ", ids) + " (" + reason);
        String md = Files.readString(temp.resolve("groups.md"), StandardCharsets.UTF_8);
        List<String> named = new ArrayList<>();
        for (Participant p : left) {
            named.add(p.displayName().replace("|", "\\|").replace("<", "\\<").replace(">", "\\>") + " (" + p.id() + ")");
        }
        assertThat(md).contains("Mentors without a group (3): " + String.join(", ", named) + ". Why: ")
                .doesNotContain("Mentees without a group");
    }
}
