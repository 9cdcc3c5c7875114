package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.io.ModelJson;

/**
 * Scheduling again into the folder of an earlier schedule leaves no calendar of someone who is no longer in a group
 * (review 3, defect 4b: a withdrawn member's participant-E07.ics stayed, with all six sessions, beside the new
 * calendars). Files mentorkit did not write stay, whatever their name.
 */
class StaleCalendarsTests {

    @TempDir
    Path temp;

    private Path groups(String name, List<String> mentees) throws Exception {
        Program program = ScheduleConsoleTests.program(
                new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, 2, DayOfWeek.TUESDAY, 60, List.of(), null));
        List<Participant> people = new ArrayList<>();
        people.add(ScheduleConsoleTests.person("MEN", Role.MENTOR));
        mentees.forEach(id -> people.add(ScheduleConsoleTests.person(id, Role.MENTEE)));
        Group group = new Group("G1", "Group 1", List.of("MEN"), mentees,
                new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(12, 0), "Europe/London", 60));
        Path file = temp.resolve(name);
        Files.writeString(file, ModelJson.write(new Cohort(program, people, List.of(group), MatchingConstraints.none())));
        return file;
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCalendarOfAnEarlierScheduleThatThisOneNoLongerHasIsRemovedAndSaidWhileOtherFilesStay() throws Exception {
        Path out = temp.resolve("out");
        Cli.Run first = Cli.run("schedule", groups("before.json", List.of("E0", "E1", "E2", "E3")).toString(), "--out",
                out.toString(), "--timestamp", "2027-01-01T00:00:00Z");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(names(out)).contains("participant-E3.ics");
        Files.writeString(out.resolve("participant-notes.ics"), "BEGIN:VCALENDAR\r\nPRODID:-//another tool//EN\r\n"
                + "END:VCALENDAR\r\n");
        Files.writeString(out.resolve("notes.txt"), "the coordinator's own notes");

        Cli.Run second = Cli.run("schedule", groups("after.json", List.of("E0", "E1", "E2")).toString(), "--out",
                out.toString(), "--timestamp", "2027-01-02T00:00:00Z");

        assertThat(second.code()).as(second.err()).isZero();
        assertThat(names(out)).containsExactly("group-G1.ics", "notes.txt", "participant-E0.ics", "participant-E1.ics",
                "participant-E2.ics", "participant-MEN.ics", "participant-notes.ics", "schedule.csv", "schedule.md");
        assertThat(second.out()).contains("Removed 1 calendar of an earlier schedule in " + out)
                .contains(": participant-E3.ics");
        assertThat(out.resolve("notes.txt")).hasContent("the coordinator's own notes");
    }

    @Test
    void schedulingTheSameCohortAgainRemovesNothingAndSaysNothingOfIt() throws Exception {
        Path out = temp.resolve("again");
        Path cohort = groups("same.json", List.of("E0", "E1", "E2", "E3"));
        assertThat(Cli.run("schedule", cohort.toString(), "--out", out.toString()).code()).isZero();

        Cli.Run again = Cli.run("schedule", cohort.toString(), "--out", out.toString());

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).doesNotContain("Removed");
        assertThat(names(out)).contains("participant-E3.ics", "group-G1.ics");
    }
}
