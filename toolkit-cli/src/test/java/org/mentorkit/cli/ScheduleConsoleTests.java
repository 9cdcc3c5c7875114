package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.ApplicantColumns;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.CriterionWeights;
import org.mentorkit.model.DeliveryMode;
import org.mentorkit.model.Group;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MatchingSettings;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;
import org.mentorkit.model.io.ModelJson;

/** What {@code mentorkit schedule} prints: a summary a coordinator can read for any cohort size, ids never names. */
class ScheduleConsoleTests {

    private static final List<WeeklyWindow> TUESDAY = List.of(
            new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(15, 0)));

    @TempDir
    Path temp;

    /** A participant free on Tuesdays 12:00-15:00 London time (also used by StaleCalendarsTests). */
    static Participant person(String id, Role role) {
        return new Participant(id, "Secret Name " + id, id.toLowerCase() + "@example.org", role, "Europe/London", TUESDAY,
                List.of(), "", "", "", "", Map.of(), role == Role.MENTOR ? 1 : 0, "", Map.of());
    }

    static Program program(Cadence cadence) {
        return new Program("cons", "Console", "Probe Society", "", LocalDate.of(2027, 1, 12), 6, cadence,
                DeliveryMode.VIRTUAL, new GroupPolicy(3, 5, 1),
                new MatchingSettings(CriterionWeights.defaults(), List.of(), List.of()), List.of(),
                ApplicantColumns.defaults(), "");
    }

    /** One mentor and four mentees who can meet only on Tuesdays, in a group saved for Thursday 09:00. */
    private Path groupOutsideEveryonesWindow(Cadence cadence) throws Exception {
        List<Participant> people = new ArrayList<>();
        people.add(person("MEN", Role.MENTOR));
        for (int k = 0; k < 4; k++) {
            people.add(person("E" + k, Role.MENTEE));
        }
        Group group = new Group("G1", "Group 1", List.of("MEN"), List.of("E0", "E1", "E2", "E3"),
                new MeetingSlot(DayOfWeek.THURSDAY, LocalTime.of(9, 0), "Europe/London", 60));
        Path file = temp.resolve("groups.json");
        Files.writeString(file, ModelJson.write(new Cohort(program(cadence), people, List.of(group),
                MatchingConstraints.none())));
        return file;
    }

    @Test
    void manyMemberSessionsOutsideAvailabilityPrintACountTwelveLinesAndHowManyMoreWhileScheduleMdListsThemAll()
            throws Exception {
        Path groups = groupOutsideEveryonesWindow(
                new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, 2, DayOfWeek.TUESDAY, 60, List.of(), null));
        Path out = temp.resolve("out");

        Cli.Run run = Cli.run("schedule", groups.toString(), "--out", out.toString(), "--timestamp",
                "2027-01-01T00:00:00Z");

        assertThat(run.code()).as(run.err()).isZero();
        // 4 mentees in 6 sessions and the mentor in the 3 mentor-led ones.
        assertThat(run.out()).contains("27 member-sessions fall outside the member's availability; the first 12:\n")
                .contains("\n  and 15 more (see schedule.md)\n").doesNotContain("Secret Name");
        List<String> listed = run.out().lines().filter(line -> line.startsWith("  group G1, session ")).toList();
        assertThat(listed).hasSize(12);
        String markdown = Files.readString(out.resolve("schedule.md"));
        assertThat(markdown).contains("## Sessions outside a member's availability (27)");
        assertThat(markdown.lines().filter(line -> line.startsWith("- group G1, session ")).count()).isEqualTo(27);
        listed.forEach(line -> assertThat(markdown).contains("- " + line.strip()));
    }

    @Test
    void aBlackoutMoveInAFortnightlyProgramIsNamedWithItsGapsOnScreenAndInScheduleMd() throws Exception {
        Path groups = groupOutsideEveryonesWindow(new Cadence(CadenceKind.EVERY_N_WEEKS, 2, 1, DayOfWeek.TUESDAY, 60,
                List.of(LocalDate.of(2027, 2, 11)), BlackoutRule.NEXT_WEEK));
        Path out = temp.resolve("out");

        Cli.Run run = Cli.run("schedule", groups.toString(), "--out", out.toString(), "--timestamp",
                "2027-01-01T00:00:00Z");

        assertThat(run.code()).as(run.err()).isZero();
        // Thursdays from 14 January: session 3 on the blackout date 11 February moves to the 18th; session 4 is the 25th.
        String gaps = "moved from 2027-02-11 (blackout date) to 2027-02-18 by the NEXT_WEEK rule; now 3 weeks after"
                + " session 2 and 1 week before session 4 (the program meets every 2 weeks)";
        assertThat(run.out()).containsPattern("note: group G1, session 3 \\([^)]+\\): " + java.util.regex.Pattern.quote(gaps));
        // In the notes of schedule.md, where Markdown escapes the underscore.
        assertThat(Files.readString(out.resolve("schedule.md"))).contains(gaps.replace("_", "\\_"));
    }
}
