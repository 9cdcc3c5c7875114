package org.mentorkit.curriculum.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;
import org.mentorkit.model.WeeklyWindow;
import org.mentorkit.model.i18n.Language;

/**
 * Former members: a mentee who withdrew on 1 March 2027 stays an attendee of the sessions before that date (second
 * Tuesdays: 12 January and 9 February), whose events stay the same bytes, and is in none of the later ones; a member
 * who moved to another group is in the first group's sessions before the date and the second's from it.
 */
class SchedulerLeaveDatesTests {

    private static final Instant STAMP = Instant.parse("2026-11-27T12:00:00Z");
    private static final LocalDate LEFT = LocalDate.of(2027, 3, 1);

    private final Curriculum curriculum = DefaultCurriculum.load();
    private final Cohort before = narrowLondon(Fixtures.cohort(Fixtures.program(Fixtures.monthlySecondTuesday(
            List.of(), BlackoutRule.NEXT_WEEK), Fixtures.START, 6), Fixtures.newYorkTuesday1700()));

    /** London can meet on Mondays only, so every session she is in is outside her availability (a conflict). */
    private static Cohort narrowLondon(Cohort cohort) {
        List<Participant> people = cohort.participants().stream().map(p -> !p.id().equals("LDN") ? p
                : Fixtures.person("LDN", p.displayName(), p.role(), p.timeZone(),
                        List.of(new WeeklyWindow(java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(9, 0),
                                java.time.LocalTime.of(10, 0))))).toList();
        return new Cohort(cohort.program(), people, cohort.groups(), cohort.constraints());
    }

    @TempDir
    Path dir;

    /** London (the first mentee listed) withdrew on 1 March: a former participant with a leave date. */
    private Cohort londonWithdrew() {
        Group group = before.groups().get(0);
        Group after = new Group(group.id(), group.name(), group.mentorIds(), List.of("KOL", "SYD", "SAO"),
                group.slot()).withLeaveDate("LDN", LEFT);
        Participant london = before.participant("LDN").orElseThrow();
        return new Cohort(before.program(), before.participants().stream().filter(p -> p != london).toList(),
                List.of(after), MatchingConstraints.none(), List.of(london));
    }

    private static List<String> events(String ics) {
        List<String> events = new java.util.ArrayList<>();
        int at = ics.indexOf("BEGIN:VEVENT");
        while (at >= 0) {
            int end = ics.indexOf("END:VEVENT", at);
            events.add(ics.substring(at, end));
            at = ics.indexOf("BEGIN:VEVENT", end);
        }
        return events;
    }

    @Test
    void theSessionsBeforeTheLeaveDateAreTheSameBytesAndTheLaterOnesLeaveTheFormerMemberOut() {
        Cohort after = londonWithdrew();
        ProgramSchedule first = Scheduler.schedule(before, curriculum, "groups.json");
        ProgramSchedule second = Scheduler.schedule(after, curriculum, "groups.json");

        List<String> old = events(CalendarFiles.groupCalendar(first, first.groups().get(0), before, curriculum, STAMP));
        List<String> now = events(CalendarFiles.groupCalendar(second, second.groups().get(0), after, curriculum, STAMP));

        assertThat(now).hasSameSizeAs(old).hasSize(6);
        // Sessions 1 (12 January) and 2 (9 February) are before 1 March: the same bytes, London included.
        assertThat(now.subList(0, 2)).containsExactlyElementsOf(old.subList(0, 2));
        assertThat(now.get(0).replace("\r\n ", "")).contains("mailto:ldn@example.org");
        for (int n = 2; n < 6; n++) {
            // Later sessions: the same event without London's ATTENDEE line (same time, same SEQUENCE).
            String was = old.get(n).replace("\r\n ", "");
            String londonLine = was.lines().filter(l -> l.contains("mailto:ldn@example.org")).findFirst().orElseThrow();
            assertThat(now.get(n).replace("\r\n ", "")).as("session %d", n + 1).doesNotContain("ldn@example.org")
                    .isEqualTo(was.replace(londonLine + "\r\n", ""));
        }
        assertThat(second.groups().get(0).sessions()).extracting(ScheduledSession::sequence).containsOnly(0);
        assertThat(second.notes()).contains("group g1: LDN left on 2027-03-01; they stay an attendee of sessions 1 and 2 "
                + "(before that date), and the group's later sessions, calendars and invitations leave them out");
        // London's availability is checked where she is an attendee (sessions 1-2), not after she left.
        assertThat(first.availabilityConflicts()).filteredOn(c -> c.contains("LDN")).hasSize(6);
        assertThat(second.availabilityConflicts()).filteredOn(c -> c.contains("LDN")).hasSize(2)
                .allMatch(c -> c.startsWith("group g1, session 1 ") || c.startsWith("group g1, session 2 "));
    }

    @Test
    void anIndependentParserSeesTheFormerMemberInThePastSessionsOnlyAndTheyGetNoCalendarOfTheirOwn() {
        PythonIcalendar.require();
        Cohort after = londonWithdrew();
        ProgramSchedule schedule = Scheduler.schedule(after, curriculum, "groups.json");

        List<PythonIcalendar.Event> group = PythonIcalendar.read(
                CalendarFiles.groupCalendar(schedule, schedule.groups().get(0), after, curriculum, STAMP), dir);

        assertThat(group).hasSize(6);
        for (int n = 0; n < 6; n++) {
            if (n < 2) {
                assertThat(group.get(n).emails()).as("session %d", n + 1).contains("ldn@example.org");
                assertThat(group.get(n).names()).contains("Ana, Beatriz; Lopes");
            } else {
                assertThat(group.get(n).emails()).as("session %d", n + 1).doesNotContain("ldn@example.org");
            }
        }
        Map<Path, byte[]> outputs = ScheduleOutputs.generate(schedule, after, curriculum, dir, STAMP, Language.ENGLISH);
        assertThat(outputs.keySet()).extracting(p -> p.getFileName().toString())
                .contains("participant-KOL.ics").doesNotContain("participant-LDN.ics");
        String markdown = new String(outputs.get(dir.resolve("schedule.md")), StandardCharsets.UTF_8);
        assertThat(markdown).contains("Ana, Beatriz; Lopes").contains("after leaving");
    }

    @Test
    void aMemberWhoMovedIsInTheOldGroupBeforeTheDateAndTheNewOneFromIt() {
        // Two groups of the pilot policy (3 to 5 mentees): London moves from g1 to g2 on 1 March.
        List<Participant> people = new java.util.ArrayList<>(before.participants());
        people.add(Fixtures.person("NY2", "Second Mentor", org.mentorkit.model.Role.MENTOR, "America/New_York",
                Fixtures.allWeek()));
        for (String id : List.of("TOK", "BER", "LIM")) {
            people.add(Fixtures.person(id, id, org.mentorkit.model.Role.MENTEE, "Europe/Berlin", Fixtures.allWeek()));
        }
        Group g1 = new Group("g1", "Group 1", List.of("NY1"), List.of("KOL", "SYD", "SAO"),
                Fixtures.newYorkTuesday1700()).withLeaveDate("LDN", LEFT);
        Group g2 = new Group("g2", "Group 2", List.of("NY2"), List.of("TOK", "BER", "LIM", "LDN"),
                Fixtures.newYorkTuesday1700()).withJoinDate("LDN", LEFT);
        Cohort moved = new Cohort(before.program(), people, List.of(g1, g2), MatchingConstraints.none());

        ProgramSchedule schedule = Scheduler.schedule(moved, curriculum, "groups.json");

        for (int g = 0; g < 2; g++) {
            for (ScheduledSession s : schedule.groups().get(g).sessions()) {
                boolean inLondon = s.members().stream().anyMatch(m -> m.participantId().equals("LDN"));
                boolean beforeTheMove = s.start().toLocalDate().isBefore(LEFT);
                assertThat(inLondon).as("group %d session %d", g + 1, s.number()).isEqualTo(g == 0 == beforeTheMove);
            }
        }
        assertThat(schedule.notes()).contains("group g2: LDN joined on 2027-03-01; their calendar starts at session 3 "
                + "(2027-03-09)");
    }
}
