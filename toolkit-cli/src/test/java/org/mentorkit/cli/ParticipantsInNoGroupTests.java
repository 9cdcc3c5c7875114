package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.Participant;
import org.mentorkit.model.io.ModelFiles;

/**
 * Hand-made groups that leave a participant out (the coordinator forgot a mentee): {@code validate}, {@code schedule}
 * and {@code packet} used to say nothing, and the member silently got no calendar and no roster line. Each now names
 * them (by id), and exits 0: the groups are the coordinator's decision. The one left out is found here by set
 * difference over the file's participants and groups.
 */
class ParticipantsInNoGroupTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");

    @TempDir
    Path temp;

    @Test
    void validateScheduleAndPacketNameTheMenteeTheHandMadeGroupsLeaveOut() throws Exception {
        Cohort pilot = ModelFiles.readCohort(EXAMPLE.resolve("cohort.json"));
        List<Participant> mentors = pilot.mentors();
        List<Participant> mentees = pilot.mentees();
        List<Group> groups = new ArrayList<>();
        int perGroup = (mentees.size() - 1) / mentors.size();
        for (int g = 0; g < mentors.size(); g++) {
            List<String> ids = mentees.subList(g * perGroup, (g + 1) * perGroup).stream().map(Participant::id).toList();
            groups.add(new Group("h" + (g + 1), "Hand " + (g + 1), List.of(mentors.get(g).id()), ids, null));
        }
        Path file = temp.resolve("groups-missing.json");
        ModelFiles.writeCohort(pilot.withGroups(groups), file);
        Set<String> grouped = new HashSet<>();
        groups.forEach(g -> grouped.addAll(g.memberIds()));
        List<String> left = pilot.participants().stream().map(Participant::id).filter(id -> !grouped.contains(id))
                .toList();
        assertThat(left).as("the hand-made groups leave someone out").isNotEmpty();
        String named = String.join(", ", left) + (left.size() == 1 ? " is" : " are") + " in no group";

        Cli.Run validate = Cli.run("validate", file.toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.out()).contains("note: " + named + ": they get no calendar, roster line or handbook");

        Path schedule = temp.resolve("schedule");
        Cli.Run scheduled = Cli.run("schedule", file.toString(), "--out", schedule.toString(), "--timestamp",
                "2027-01-01T00:00:00Z");
        assertThat(scheduled.code()).as(scheduled.err()).isZero();
        assertThat(scheduled.out()).contains("note: " + named + ": they get no calendar");
        assertThat(Files.readString(schedule.resolve("schedule.md"), StandardCharsets.UTF_8))
                .contains(named + ": they get no calendar");
        for (String id : left) {
            assertThat(schedule.resolve("participant-" + id + ".ics")).doesNotExist();
        }

        Cli.Run packet = Cli.run("packet", "--cohort", file.toString(), "--documents", "rosters", "--format", "md",
                "--no-forms", "--out", temp.resolve("packet").toString());
        assertThat(packet.code()).as(packet.err()).isZero();
        assertThat(packet.out()).contains("note: " + named + ": they are on no roster");

        // With everyone grouped, none of the three says it.
        Cli.Run everyone = Cli.run("validate", EXAMPLE.resolve("cohort.json").toString());
        assertThat(everyone.out()).doesNotContain("in no group");
    }
}
