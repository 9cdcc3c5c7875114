package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mentorkit curriculum} and {@code mentorkit schedule} as a coordinator runs them. */
class CurriculumAndScheduleCommandTests {

    private static final Path SAMPLE = Path.of("..", "examples", "surgical-leadership-curriculum", "sample");

    @TempDir
    Path temp;

    @Test
    void listsAndShowsTheDefaultCurriculum() {
        assertThat(run("curriculum", "list").out()).contains("mentorkit-peer-6", "3 mentor-led, 3 peer-only");
        Cli.Run show = run("curriculum", "show", "mentorkit-peer-6");
        assertThat(show.code()).isZero();
        assertThat(show.out()).startsWith("# Six-Month Facilitated Peer-Mentorship Curriculum").contains("## Session 6:");
    }

    @Test
    void appliesAnOverlayAndShowsTheSavedResult() throws Exception {
        Path out = temp.resolve("ours.json");
        Cli.Run apply = run("curriculum", "apply", "mentorkit-peer-6", SAMPLE.resolve("overlay.json").toString(), "--out", out.toString());
        assertThat(apply.err()).isEmpty();
        assertThat(apply.code()).isZero();
        Path guide = temp.resolve("guide.md");
        assertThat(run("curriculum", "show", out.toString(), "--out", guide.toString()).code()).isZero();
        assertThat(Files.readString(guide)).contains("# Example Society Peer Mentoring 2027", "Kickoff and group compact");
    }

    @Test
    void aBadOverlayExitsTwoWithOneLinePerProblemAndNoStackTrace() throws Exception {
        Path overlay = temp.resolve("bad.json");
        Files.writeString(overlay, "{\"remove\": [\"wellbeing\"]}");
        Cli.Run run = run("curriculum", "apply", "mentorkit-peer-6", overlay.toString(), "--out", temp.resolve("x.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("remove[0]: no session 'wellbeing'", "(did you mean 'well-being'?)", "1 problem found.")
                .doesNotContain("Exception", "\tat ");
        assertThat(temp.resolve("x.json")).doesNotExist();
    }

    @Test
    void schedulesTheSampleCohortIntoCalendarsAndOverviews() throws Exception {
        Path dir = temp.resolve("calendars");
        Cli.Run run = run("schedule", SAMPLE.resolve("groups.json").toString(), "--out", dir.toString(),
                "--timestamp", "2026-11-27T12:00:00Z");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("wrote 13 files", "group g2 has no saved meeting slot: proposed",
                "1 group has no saved meeting slot (g2): the calendars use the proposed slot; run again with --save",
                "participant KOL").doesNotContain("Priya", "had no meeting slot");
        assertThat(dir.resolve("group-g1.ics")).exists();
        assertThat(dir.resolve("participant-SYD.ics")).content().contains("DTSTART;TZID=Australia/Sydney:20270113T090000");
        assertThat(dir.resolve("schedule.csv")).exists();
    }

    @Test
    void saveRecordsTheProposedSlotOnceAndLaterRunsKeepItWithoutChangingAnyOtherGroup() throws Exception {
        Path groups = temp.resolve("groups.json");
        Files.copy(SAMPLE.resolve("groups.json"), groups);
        org.mentorkit.model.Cohort before = org.mentorkit.model.io.ModelFiles.readCohort(groups);

        Cli.Run first = run("schedule", groups.toString(), "--out", temp.resolve("a").toString(), "--save",
                "--timestamp", "2026-11-27T12:00:00Z");
        assertThat(first.err()).isEmpty();
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("Saved the proposed meeting slot of 1 group (g2) in " + groups);
        org.mentorkit.model.Cohort after = org.mentorkit.model.io.ModelFiles.readCohort(groups);
        assertThat(after.participants()).isEqualTo(before.participants());
        assertThat(after.program()).isEqualTo(before.program());
        assertThat(after.groups().get(0)).isEqualTo(before.groups().get(0));
        assertThat(before.groups().get(1).slot()).isNull();
        assertThat(after.groups().get(1)).isEqualTo(before.groups().get(1).withSlot(after.groups().get(1).slot()));
        assertThat(after.groups().get(1).slot()).isNotNull();
        // schedule.md of the run that saved it says so (review 3, item 2: it said "not saved in the groups file yet").
        assertThat(temp.resolve("a").resolve("schedule.md")).content()
                .contains("(proposed from members' availability; saved in the groups file by this run)")
                .doesNotContain("not saved in the groups file yet");

        Cli.Run second = run("schedule", groups.toString(), "--out", temp.resolve("b").toString(), "--save",
                "--timestamp", "2026-11-27T12:00:00Z");
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("--save: every group already had a saved meeting slot; " + groups
                + " left as it was.").doesNotContain("proposed");
        assertThat(temp.resolve("b").resolve("group-g2.ics")).hasSameTextualContentAs(temp.resolve("a").resolve("group-g2.ics"));
        assertThat(org.mentorkit.model.io.ModelFiles.readCohort(groups)).isEqualTo(after);
    }

    @Test
    void withoutSaveScheduleMdSaysTheProposedSlotIsNotSavedAndWithSaveThatItIsInTheProgramsLanguage() throws Exception {
        Path unsaved = temp.resolve("unsaved");
        assertThat(run("schedule", SAMPLE.resolve("groups.json").toString(), "--out", unsaved.toString(), "--language",
                "ja").code()).isZero();
        assertThat(unsaved.resolve("schedule.md")).content().contains("まだグループファイルに保存されていません")
                .doesNotContain("今回の実行でグループファイルに保存しました");
        Path groups = temp.resolve("groups-ja.json");
        Files.copy(SAMPLE.resolve("groups.json"), groups);
        Path saved = temp.resolve("saved");
        assertThat(run("schedule", groups.toString(), "--out", saved.toString(), "--language", "ja", "--save").code())
                .isZero();
        assertThat(saved.resolve("schedule.md")).content().contains("今回の実行でグループファイルに保存しました")
                .doesNotContain("まだグループファイルに保存されていません");
    }

    @Test
    void anUnknownZoneAndACadenceThatDoesNotFitExitTwoWithPaths() throws Exception {
        String sample = Files.readString(SAMPLE.resolve("groups.json"));
        Path badZone = temp.resolve("bad-zone.json");
        Files.writeString(badZone, sample.replace("\"timeZone\": \"Australia/Sydney\"", "\"timeZone\": \"Australia/Sidney\""));
        Cli.Run zone = run("schedule", badZone.toString(), "--out", temp.resolve("a").toString());
        assertThat(zone.code()).isEqualTo(2);
        assertThat(zone.err()).contains("participants[3].timeZone").contains("Australia/Sydney").doesNotContain("\tat ");
        Path tooShort = temp.resolve("too-short.json");
        Files.writeString(tooShort, sample.replace("\"lengthMonths\": 6", "\"lengthMonths\": 3"));
        Cli.Run cadence = run("schedule", tooShort.toString(), "--out", temp.resolve("b").toString());
        assertThat(cadence.code()).isEqualTo(2);
        assertThat(cadence.err()).contains(tooShort + ": program.cadence: the 6 sessions of curriculum 'mentorkit-peer-6' do not fit");
        assertThat(temp.resolve("b")).doesNotExist();
    }

    @Test
    void anUnknownCurriculumIdExitsTwoWithASuggestion() {
        Cli.Run run = run("schedule", SAMPLE.resolve("groups.json").toString(), "--curriculum", "mentorkit-peer6",
                "--out", temp.resolve("o").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("did you mean 'mentorkit-peer-6'?");
    }
}
