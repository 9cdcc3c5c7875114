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

/** What {@code match} must not do silently: leave mentors out without naming them. */
class MatchNoticesTests {

    private static final Path PILOT = Path.of("..", "examples", "pilot", "cohort.json");

    @TempDir
    Path temp;

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
