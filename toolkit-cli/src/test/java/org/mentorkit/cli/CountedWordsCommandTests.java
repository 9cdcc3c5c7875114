package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;
import org.mentorkit.model.io.ModelFiles;

/** Counted words in console lines and groups.md agree with their counts: "1 group", never "1 groups". */
class CountedWordsCommandTests {

    private static final Path PILOT = Path.of("..", "examples", "pilot", "cohort.json");

    @TempDir
    Path temp;

    @Test
    void oneGroupIsCountedInTheSingular() throws Exception {
        Cohort pilot = ModelFiles.readCohort(PILOT);
        List<Participant> people = new ArrayList<>();
        people.add(pilot.participant("T1").orElseThrow());
        pilot.mentees().stream().limit(3).forEach(people::add);
        Path cohort = temp.resolve("one.json");
        ModelFiles.writeCohort(new Cohort(pilot.program(), people, List.<Group>of(),
                MatchingConstraints.none()), cohort);
        Path out = temp.resolve("one-groups.json");

        Cli.Run match = Cli.run("match", cohort.toString(), "--out", out.toString(), "--time-limit", "2s", "--quiet");

        assertThat(match.code()).isZero();
        assertThat(match.out()).contains("wrote " + out + " (1 group) and ");
        String md = Files.readString(temp.resolve("one-groups.md"), StandardCharsets.UTF_8);
        assertThat(md).contains("1 group, 3 mentees, 1 mentor.").contains("| leads 1 group (at most ")
                .contains("| 3 mentees (allowed 3 to 5) |").doesNotContain("1 groups");
        Cli.Run schedule = Cli.run("schedule", out.toString(), "--out", temp.resolve("schedule").toString());
        assertThat(schedule.code()).isZero();
        assertThat(schedule.out()).containsPattern("Scheduled 6 sessions for 1 group; wrote \\d+ files to ");
    }
}
