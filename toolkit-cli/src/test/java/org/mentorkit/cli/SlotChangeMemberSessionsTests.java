package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.ApplicantColumns;
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

/**
 * A forced slot change tells each member about their own sessions only. G1 (a New York mentor, three London mentees)
 * meets on the second Tuesday of each month at 10:00 London; from 15 February a Paris joiner who can meet only on
 * Wednesday afternoons forces a change to the second Wednesdays. The built-in curriculum (its file read here, not
 * through mentorkit) makes some of sessions 3-6 peer-only, which the mentor does not attend: groups.md's "Sessions that
 * move" lists the mentor's mentor-led sessions only and every mentee's every session, each at the old and the new time
 * in the member's local time, counted here with java.time (New York's clocks change on 14 March, London's on 28
 * March). The mentor's calendar from {@code schedule} holds the same sessions at the new time.
 */
class SlotChangeMemberSessionsTests {

    private static final Path CURRICULUM = Path.of("..", "toolkit-curriculum", "src", "main", "resources", "org",
            "mentorkit", "curriculum", "internal", "default-curriculum.json");
    private static final LocalDate START = LocalDate.of(2027, 1, 11);
    private static final LocalDate EFFECTIVE = LocalDate.of(2027, 2, 15);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    @TempDir
    Path temp;

    private static Participant person(String id, Role role, String zone, WeeklyWindow... windows) {
        return new Participant(id, id, id.toLowerCase(Locale.ROOT) + "@example.org", role, zone, List.of(windows),
                List.of("research"), "", "", "", "", Map.of(), role == Role.MENTOR ? 1 : 0, "", Map.of());
    }

    private static WeeklyWindow w(DayOfWeek day, int from, int to) {
        return new WeeklyWindow(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void eachMemberIsToldOfTheSessionsTheyAttendAndTheirCalendarHoldsThoseAtTheNewTime() throws Exception {
        List<String> kinds = sessionKinds();
        assertThat(kinds).as("the built-in curriculum has peer-only sessions after session 2").contains("PEER_ONLY")
                .hasSize(6);
        assertThat(kinds.subList(2, 6)).as("and mentor-led ones").contains("MENTOR_LED");
        Program program = new Program("change", "Change", "Society", "", START, 6,
                new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, 2, DayOfWeek.TUESDAY, 60, List.of(), null),
                DeliveryMode.VIRTUAL, new GroupPolicy(3, 5, 1),
                new MatchingSettings(CriterionWeights.defaults(), List.of(), List.of()), List.of(),
                ApplicantColumns.defaults(), "");
        List<Participant> people = new ArrayList<>(List.of(
                person("T1", Role.MENTOR, "America/New_York", w(DayOfWeek.TUESDAY, 4, 7), w(DayOfWeek.WEDNESDAY, 8, 11)),
                person("S1", Role.MENTEE, "Europe/London", w(DayOfWeek.TUESDAY, 9, 12), w(DayOfWeek.WEDNESDAY, 13, 17)),
                person("S2", Role.MENTEE, "Europe/London", w(DayOfWeek.TUESDAY, 9, 12), w(DayOfWeek.WEDNESDAY, 13, 17)),
                person("S3", Role.MENTEE, "Europe/London", w(DayOfWeek.TUESDAY, 9, 12),
                        w(DayOfWeek.WEDNESDAY, 13, 17))));
        MeetingSlot saved = new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(10, 0), "Europe/London", 60);
        Path previous = temp.resolve("groups.json");
        Files.writeString(previous, ModelJson.write(new Cohort(program, people, List.of(new Group("G1", "Group 1",
                List.of("T1"), List.of("S1", "S2", "S3"), saved)), MatchingConstraints.none())));
        people.add(person("J1", Role.MENTEE, "Europe/Paris", w(DayOfWeek.WEDNESDAY, 14, 17)));
        Path changed = temp.resolve("cohort-february.json");
        Files.writeString(changed, ModelJson.write(new Cohort(program, people, List.of(), MatchingConstraints.none())));
        Path groups = temp.resolve("groups-v2.json");

        Cli.Run match = Cli.run("match", changed.toString(), "--from", previous.toString(), "--effective",
                EFFECTIVE.toString(), "--out", groups.toString(), "--quiet", "--time-limit", "10s");

        assertThat(match.code()).as(match.err()).isZero();
        assertThat(match.out()).contains("SLOT CHANGED: group G1 from " + EFFECTIVE);
        Cohort formed = org.mentorkit.model.io.ModelFiles.readCohort(groups);
        Group g1 = formed.groups().get(0);
        assertThat(g1.menteeIds()).contains("J1");
        MeetingSlot now = g1.slot();
        assertThat(now.day()).isEqualTo(DayOfWeek.WEDNESDAY);
        ZoneId nowZone = ZoneId.of(now.timeZone());
        String md = Files.readString(temp.resolve("groups-v2.md"), StandardCharsets.UTF_8).replace("\\", "");
        List<String> lines = md.lines().toList();
        int heading = lines.indexOf("Sessions that move, member by member (the sessions each attends, in their local"
                + " time):");
        assertThat(heading).as(md).isPositive();

        for (Participant p : people) {
            ZoneId zone = ZoneId.of(p.timeZone());
            List<String> moves = new ArrayList<>();
            List<Instant> expected = new ArrayList<>();
            for (int n = 1; n <= kinds.size(); n++) {
                LocalDate tuesday = secondWeekday(n, DayOfWeek.TUESDAY);
                LocalDate wednesday = secondWeekday(n, DayOfWeek.WEDNESDAY);
                boolean theirs = !p.isMentor() || kinds.get(n - 1).equals("MENTOR_LED");
                if (tuesday.isBefore(EFFECTIVE) || !theirs) {
                    continue;
                }
                ZonedDateTime was = ZonedDateTime.of(tuesday, saved.time(), LONDON);
                ZonedDateTime is = ZonedDateTime.of(wednesday, now.time(), nowZone);
                moves.add("session " + n + ": " + LOCAL.format(was.withZoneSameInstant(zone)) + " -> "
                        + LOCAL.format(is.withZoneSameInstant(zone)));
                expected.add(is.toInstant());
            }
            assertThat(lines.subList(heading, lines.size())).as(p.id())
                    .contains("- " + p.displayName() + " (" + p.timeZone() + "): " + String.join("; ", moves));
            if (p.isMentor()) {
                assertThat(moves).as("the mentor has fewer sessions than the mentees").hasSizeLessThan(4);
            }
        }

        Path scheduled = temp.resolve("schedule");
        Cli.Run schedule = Cli.run("schedule", groups.toString(), "--out", scheduled.toString(), "--timestamp",
                "2027-01-01T00:00:00Z");
        assertThat(schedule.code()).as(schedule.err()).isZero();
        List<Instant> mentorFromEffective = new ArrayList<>();
        for (Instant start : starts(Files.readString(scheduled.resolve("participant-T1.ics"), StandardCharsets.UTF_8))) {
            if (!start.isBefore(EFFECTIVE.atStartOfDay(LONDON).toInstant())) {
                mentorFromEffective.add(start);
            }
        }
        List<Instant> mentorLed = new ArrayList<>();
        for (int n = 1; n <= kinds.size(); n++) {
            LocalDate tuesday = secondWeekday(n, DayOfWeek.TUESDAY);
            if (!tuesday.isBefore(EFFECTIVE) && kinds.get(n - 1).equals("MENTOR_LED")) {
                mentorLed.add(ZonedDateTime.of(secondWeekday(n, DayOfWeek.WEDNESDAY), now.time(), nowZone).toInstant());
            }
        }
        assertThat(mentorFromEffective).as("the mentor's calendar from the change").isEqualTo(mentorLed);
    }

    /** Session n's date: the second {@code day} of the n-th month of the program. */
    private static LocalDate secondWeekday(int n, DayOfWeek day) {
        return START.plusMonths(n - 1).withDayOfMonth(1).with(TemporalAdjusters.dayOfWeekInMonth(2, day));
    }

    /** The sessions' formats in the curriculum file's order (each session has one "format"). */
    private static List<String> sessionKinds() throws Exception {
        Matcher m = Pattern.compile("\"format\"\\s*:\\s*\"([A-Z_]+)\"").matcher(Files.readString(CURRICULUM));
        List<String> kinds = new ArrayList<>();
        while (m.find()) {
            kinds.add(m.group(1));
        }
        return kinds;
    }

    /** Every event's DTSTART in an iCalendar file, read line by line (TZID or UTC form), sorted. */
    private static List<Instant> starts(String ics) {
        TreeSet<Instant> starts = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^DTSTART(?:;TZID=([^:]+))?:(\\d{8}T\\d{6})(Z?)\\r?$").matcher(ics);
        DateTimeFormatter basic = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
        while (m.find()) {
            if (m.group(1) == null && m.group(3).isEmpty()) {
                continue; // a time-zone definition's onset, not an event
            }
            LocalDateTime local = LocalDateTime.parse(m.group(2), basic);
            ZoneId zone = m.group(3).equals("Z") ? ZoneId.of("UTC") : ZoneId.of(m.group(1));
            starts.add(local.atZone(zone).toInstant());
        }
        return List.copyOf(starts);
    }
}
