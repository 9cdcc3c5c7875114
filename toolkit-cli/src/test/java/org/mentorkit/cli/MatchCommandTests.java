package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.io.ModelFiles;

/** {@code mentorkit match}: files written, reasons for impossible rules, re-forming from previous groups. */
class MatchCommandTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");

    @TempDir
    Path temp;

    @Test
    void aProgramTooShortForTheCurriculumIsRefusedBeforeAnyGroupIsWritten() throws Exception {
        // Four months from 12 January hold five monthly dates (the 11 May one is before the end); the built-in
        // curriculum has six. schedule would refuse
        // every group's slot, so match must not write groups that only look fine.
        String pilot = Files.readString(EXAMPLE.resolve("cohort.json"), StandardCharsets.UTF_8);
        assertThat(pilot).contains("\"lengthMonths\": 6");
        Path cohort = temp.resolve("short.json");
        Files.writeString(cohort, pilot.replace("\"lengthMonths\": 6", "\"lengthMonths\": 4"), StandardCharsets.UTF_8);
        Path out = temp.resolve("groups.json");
        Files.writeString(out, "earlier groups", StandardCharsets.UTF_8);

        Cli.Run run = Cli.run("match", cohort.toString(), "--out", out.toString(), "--time-limit", "2s", "--quiet");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("short.json: curriculum 'mentorkit-peer-6': sessions[5]")
                .contains("has no date: the program's cadence gives only 5 session dates").doesNotContain("Exception");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).as("the earlier output is untouched")
                .isEqualTo("earlier groups");
    }

    @Test
    void formsGroupsForThePilotCohortAndWritesTheExplanationBeside() throws Exception {
        Path out = temp.resolve("groups.json");
        Cli.Run run = Cli.run("match", EXAMPLE.resolve("cohort.json").toString(),
                "--out", out.toString(), "--seed", "3", "--time-limit", "5s", "--quiet");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        Cohort grouped = ModelFiles.readCohort(out);
        assertThat(grouped.groups()).hasSize(5);
        assertThat(grouped.groups().stream().mapToInt(g -> g.menteeIds().size()).sum()).isEqualTo(20);
        String markdown = Files.readString(temp.resolve("groups.md"), StandardCharsets.UTF_8);
        assertThat(markdown).contains("## Overall, compared with random groups").contains("| rule checked | holds |");
        assertThat(run.out()).contains("wrote").contains("5 groups");
    }

    @Test
    void reformingFromPreviousGroupsKeepsThemWhenNothingChanged() {
        Path first = temp.resolve("groups.json");
        Path second = temp.resolve("groups-v2.json");
        assertThat(Cli.run("match", EXAMPLE.resolve("cohort.json").toString(), "--out", first.toString(),
                "--quiet").code()).isZero();
        Cli.Run run = Cli.run("match", EXAMPLE.resolve("cohort.json").toString(), "--from",
                first.toString(), "--out", second.toString(), "--quiet");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("0 withdrawn, 0 moved or placed");
        assertThat(ModelFiles.readCohort(second).groups()).isEqualTo(ModelFiles.readCohort(first).groups());
    }

    @Test
    void fiveMenteesWhoMustBeTogetherGetAGroupOfFiveUnderThePilotPolicy() throws Exception {
        // Pilot policy 3 to 5 mentees: 20 mentees make 5 groups of 4, but these five need a group of 5 (5, 4, 4, 4, 3).
        Cohort pilot = ModelFiles.readCohort(EXAMPLE.resolve("cohort.json"));
        List<String> five = List.of("M01", "M02", "M03", "M04", "M05");
        Path file = temp.resolve("cohort.json");
        ModelFiles.writeCohort(new Cohort(pilot.program(), pilot.participants(), List.of(),
                new MatchingConstraints(Map.of(), List.of(five), List.of())), file);
        Path out = temp.resolve("groups.json");
        Cli.Run run = Cli.run("match", file.toString(), "--out", out.toString(), "--seed", "3", "--time-limit", "5s",
                "--quiet");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        List<Group> groups = ModelFiles.readCohort(out).groups();
        assertThat(groups).hasSize(5).anySatisfy(g -> assertThat(g.menteeIds()).containsAll(five));
        assertThat(groups.stream().map(g -> g.menteeIds().size()).sorted().toList()).containsExactly(3, 4, 4, 4, 5);
    }

    @Test
    void tooFewMentorsIsAnErrorWithTheReasonAndExitCodeTwo() throws Exception {
        String cohort = Files.readString(EXAMPLE.resolve("cohort.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"maxMentees\"\\s*:\\s*\\d+", "\"maxMentees\": 3")
                .replaceFirst("\"minMentees\"\\s*:\\s*\\d+", "\"minMentees\": 1");
        Path file = temp.resolve("cohort.json");
        Files.writeString(file, cohort, StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("match", file.toString(), "--out",
                temp.resolve("g.json").toString(), "--quiet");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("20 mentees need at least 7 groups of at most 3 mentees")
                .doesNotContain("\tat ");
        assertThat(temp.resolve("g.json")).doesNotExist();
    }

    @Test
    void rejectsAMalformedTimeLimit() {
        Cli.Run run = Cli.run("match", EXAMPLE.resolve("cohort.json").toString(), "--out",
                temp.resolve("g.json").toString(), "--time-limit", "soon");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--time-limit").contains("'soon' is not a duration");
    }

    @Test
    void everyPilotGroupGetsACommonSlotSavedInTheGroupsFileAndShownForEverySession() throws Exception {
        Path out = temp.resolve("groups.json");
        Cli.Run run = Cli.run("match", EXAMPLE.resolve("cohort.json").toString(),
                "--out", out.toString(), "--seed", "1", "--time-limit", "10s", "--quiet");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("meeting slots: every group has a common slot");
        Cohort grouped = ModelFiles.readCohort(out);
        assertThat(grouped.groups()).allMatch(g -> g.slot() != null);
        String markdown = Files.readString(temp.resolve("groups.md"), StandardCharsets.UTF_8);
        assertThat(markdown).contains("Meeting slots: all 5 groups have a common slot").doesNotContain("**outside availability**");
        // Every session date of the program is a row of each group's table (six monthly sessions).
        assertThat(markdown.lines().filter(l -> l.startsWith("| 6: ")).count()).isEqualTo(5);
    }

    @Test
    void effectiveWithoutFromOrWithABadDateIsAnInputMistake() {
        Path out = temp.resolve("groups.json");
        Cli.Run alone = Cli.run("match", EXAMPLE.resolve("cohort.json").toString(), "--out", out.toString(),
                "--effective", "2027-03-15", "--quiet");
        assertThat(alone.code()).isEqualTo(2);
        assertThat(alone.err()).contains("--effective").contains("--from");
        Cli.Run bad = Cli.run("match", EXAMPLE.resolve("cohort.json").toString(), "--out", out.toString(),
                "--from", EXAMPLE.resolve("cohort.json").toString(), "--effective", "15/03/2027", "--quiet");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("'15/03/2027' is not a date");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void aRefusalAboutThePreviousGroupsNamesTheFromFile() throws Exception {
        Path groups = temp.resolve("groups.json");
        Cli.Run first = Cli.run("match", EXAMPLE.resolve("cohort.json").toString(), "--out", groups.toString(),
                "--seed", "3", "--time-limit", "3s", "--quiet");
        assertThat(first.code()).isZero();
        // G1's slot changed on 3 May (an earlier slot until then); re-forming from 15 March would slip a change in
        // before it, which is refused. The message must say which file holds the path it names.
        String json = Files.readString(groups, StandardCharsets.UTF_8);
        int g1 = json.indexOf("\"id\": \"G1\"");
        assertThat(g1).as("G1 in the groups file").isPositive();
        String history = "\"earlierSlots\": [ { \"until\": \"2027-05-03\", \"slot\": { \"day\": \"MONDAY\","
                + " \"time\": \"18:00\", \"timeZone\": \"America/New_York\", \"durationMinutes\": 60 } } ], ";
        Path previous = temp.resolve("previous groups.json");
        Files.writeString(previous, json.substring(0, g1) + history + json.substring(g1), StandardCharsets.UTF_8);
        assertThat(ModelFiles.readCohort(previous).groups().get(0).earlierSlots()).as("the edit reads").hasSize(1);
        Path out = temp.resolve("reformed.json");

        Cli.Run reform = Cli.run("match", EXAMPLE.resolve("cohort.json").toString(), "--from", previous.toString(),
                "--effective", "2027-03-15", "--out", out.toString(), "--time-limit", "2s", "--quiet");

        assertThat(reform.code()).isEqualTo(2);
        assertThat(reform.err()).contains("--from " + previous + ": groups[0].earlierSlots[0].until")
                .contains("slot last changed on 2027-05-03").doesNotContain("Exception");
        assertThat(Files.exists(out)).isFalse();
    }

    /**
     * A previous group without a saved slot (hand-made, its proposed slot never saved) after sessions have taken place
     * is refused (review of issue 10): re-forming used to choose it a new slot for every session, past ones included,
     * with the same calendar UIDs. Before the program starts nothing has taken place, and it is formed as before.
     */
    @Test
    void reFormingAfterTheStartRefusesAPreviousGroupWithoutASavedSlot() throws Exception {
        Path groups = temp.resolve("groups.json");
        assertThat(Cli.run("match", EXAMPLE.resolve("cohort.json").toString(), "--out", groups.toString(),
                "--time-limit", "3s", "--quiet").code()).isZero();
        Cohort formed = ModelFiles.readCohort(groups);
        List<Group> edited = new ArrayList<>(formed.groups());
        Group g2 = edited.get(1);
        edited.set(1, new Group(g2.id(), g2.name(), g2.mentorIds(), g2.menteeIds(), null));
        Path previous = temp.resolve("hand made.json");
        Files.writeString(previous, org.mentorkit.model.io.ModelJson.write(formed.withGroups(edited)),
                StandardCharsets.UTF_8);
        Path out = temp.resolve("reformed.json");

        Cli.Run started = Cli.run("match", EXAMPLE.resolve("cohort.json").toString(), "--from", previous.toString(),
                "--effective", "2027-03-15", "--out", out.toString(), "--time-limit", "2s", "--quiet");

        assertThat(started.code()).isEqualTo(2);
        assertThat(started.err()).contains("--from " + previous + ": groups[1].slot")
                .contains("group " + g2.id() + " has no saved meeting slot").contains("before 2027-03-15")
                .doesNotContain("Exception");
        assertThat(Files.exists(out)).isFalse();

        Cli.Run before = Cli.run("match", EXAMPLE.resolve("cohort.json").toString(), "--from", previous.toString(),
                "--effective", "2027-01-01", "--out", out.toString(), "--time-limit", "2s", "--quiet");
        assertThat(before.code()).as(before.err()).isZero();
        assertThat(ModelFiles.readCohort(out).groups().get(1).slot()).isNotNull();
    }
}
