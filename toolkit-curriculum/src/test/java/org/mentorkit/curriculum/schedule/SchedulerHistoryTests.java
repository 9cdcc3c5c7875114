package org.mentorkit.curriculum.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MeetingSlot;

/**
 * Effective dates: a slot change moves only the sessions from its date on, which get a higher SEQUENCE under the same
 * UID; a late joiner is in the sessions from their join date on; nothing before either date changes, byte for byte.
 * Second Tuesdays of 2027 (the first slot): 12 Jan, 9 Feb, 9 Mar, 13 Apr, 11 May, 8 Jun. Second Thursdays: 14 Jan,
 * 11 Feb, 11 Mar, 8 Apr, 13 May, 10 Jun.
 */
class SchedulerHistoryTests {

    private static final Instant STAMP = Instant.parse("2026-11-27T12:00:00Z");
    private static final MeetingSlot THURSDAY_0900 = new MeetingSlot(DayOfWeek.THURSDAY, LocalTime.of(9, 0),
            "America/New_York", 60);

    private final Curriculum curriculum = DefaultCurriculum.load();
    private final Cohort before = Fixtures.cohort(Fixtures.program(Fixtures.monthlySecondTuesday(List.of(),
            BlackoutRule.NEXT_WEEK), Fixtures.START, 6), Fixtures.newYorkTuesday1700());

    @TempDir
    Path dir;

    private Cohort changed(Group group) {
        return before.withGroups(List.of(group));
    }

    private Group group() {
        return before.groups().get(0);
    }

    private static List<ZonedDateTime> starts(ProgramSchedule schedule) {
        return schedule.groups().get(0).sessions().stream().map(ScheduledSession::start).toList();
    }

    private static ZonedDateTime newYork(int month, int day, int hour) {
        return ZonedDateTime.of(LocalDate.of(2027, month, day), LocalTime.of(hour, 0), java.time.ZoneId.of("America/New_York"));
    }

    @Test
    void sessionsBeforeASlotChangeKeepTheEarlierSlotAndLaterOnesMoveWithAHigherSequence() {
        Cohort after = changed(group().withSlotChange(THURSDAY_0900, LocalDate.of(2027, 3, 1)));

        ProgramSchedule schedule = Scheduler.schedule(after, curriculum, "groups.json");

        assertThat(starts(schedule)).containsExactly(newYork(1, 12, 17), newYork(2, 9, 17), newYork(3, 11, 9),
                newYork(4, 8, 9), newYork(5, 13, 9), newYork(6, 10, 9));
        assertThat(schedule.groups().get(0).sessions()).extracting(ScheduledSession::sequence)
                .containsExactly(0, 0, 1, 1, 1, 1);
        assertThat(schedule.groups().get(0).sessions()).extracting(ScheduledSession::slot).containsExactly(
                Fixtures.newYorkTuesday1700(), Fixtures.newYorkTuesday1700(), THURSDAY_0900, THURSDAY_0900,
                THURSDAY_0900, THURSDAY_0900);
        assertThat(schedule.notes()).contains("group g1: slot changed from TUESDAY 17:00 America/New_York to THURSDAY "
                + "09:00 America/New_York for sessions from 2027-03-01; sessions 1 and 2 are before it and keep their time; "
                + "sessions 3, 4, 5 and 6 moved (their SEQUENCE is raised so that calendar clients update them in place)");
    }

    @Test
    void aChangeInTheMiddleOfAMonthLeavesThatMonthsSessionWhereItWasAndNeverAddsASecondOne() {
        Cohort after = changed(group().withSlotChange(THURSDAY_0900, LocalDate.of(2027, 3, 10)));

        ProgramSchedule schedule = Scheduler.schedule(after, curriculum, "groups.json");

        // 9 March (Tuesday) is before the change; 11 March (Thursday) would be a second March session.
        assertThat(starts(schedule)).containsExactly(newYork(1, 12, 17), newYork(2, 9, 17), newYork(3, 9, 17),
                newYork(4, 8, 9), newYork(5, 13, 9), newYork(6, 10, 9));
        assertThat(schedule.groups().get(0).sessions()).extracting(ScheduledSession::sequence)
                .containsExactly(0, 0, 0, 1, 1, 1);
    }

    @Test
    void theEventsBeforeTheChangeAreTheSameBytesAndAnIndependentParserSeesTheMovedOnesAsNewerVersions() {
        PythonIcalendar.require();
        ProgramSchedule first = Scheduler.schedule(before, curriculum, "groups.json");
        Cohort after = changed(group().withSlotChange(THURSDAY_0900, LocalDate.of(2027, 3, 1))
                .withJoinDate("SAO", LocalDate.of(2027, 3, 1)));
        ProgramSchedule second = Scheduler.schedule(after, curriculum, "groups.json");
        String oldIcs = CalendarFiles.groupCalendar(first, first.groups().get(0), before, curriculum, STAMP);
        String newIcs = CalendarFiles.groupCalendar(second, second.groups().get(0), after, curriculum, STAMP);

        List<String> oldEvents = events(oldIcs);
        List<String> newEvents = events(newIcs);
        // São Paulo is still listed in sessions 1 and 2 of the first version: the join date takes her out of them.
        assertThat(newEvents.get(0)).isEqualTo(oldEvents.get(0).replace(saoAttendee(oldEvents.get(0)), ""));

        Map<String, PythonIcalendar.Event> oldByUid = PythonIcalendar.byUid(PythonIcalendar.read(oldIcs, dir));
        Map<String, PythonIcalendar.Event> newByUid = PythonIcalendar.byUid(PythonIcalendar.read(newIcs, dir));
        assertThat(newByUid.keySet()).containsExactlyElementsOf(oldByUid.keySet());
        int moved = 0;
        for (String uid : oldByUid.keySet()) {
            PythonIcalendar.Event old = oldByUid.get(uid);
            PythonIcalendar.Event now = newByUid.get(uid);
            if (old.start().equals(now.start())) {
                assertThat(now.sequence()).as(uid).isEqualTo(old.sequence());
            } else {
                moved++;
                assertThat(now.sequence()).as(uid).isGreaterThan(old.sequence());
                assertThat(Instant.parse(now.start())).as(uid).isAfter(Instant.parse("2027-03-01T00:00:00Z"));
            }
        }
        assertThat(moved).isEqualTo(4);
    }

    @Test
    void aLateJoinersCalendarStartsAtTheirFirstSessionAfterJoining() {
        PythonIcalendar.require();
        Cohort after = changed(group().withJoinDate("SAO", LocalDate.of(2027, 3, 1)));
        ProgramSchedule schedule = Scheduler.schedule(after, curriculum, "groups.json");

        List<PythonIcalendar.Event> events = PythonIcalendar.read(
                CalendarFiles.participantCalendar(schedule, "SAO", after, curriculum, STAMP), dir);

        assertThat(events).extracting(PythonIcalendar.Event::start).containsExactly("2027-03-09T22:00:00Z",
                "2027-04-13T21:00:00Z", "2027-05-11T21:00:00Z", "2027-06-08T21:00:00Z");
        List<PythonIcalendar.Event> group = PythonIcalendar.read(
                CalendarFiles.groupCalendar(schedule, schedule.groups().get(0), after, curriculum, STAMP), dir);
        assertThat(group.get(0).emails()).doesNotContain("sao@example.org");
        assertThat(group.get(2).emails()).contains("sao@example.org");
        assertThat(group).extracting(PythonIcalendar.Event::sequence).containsOnly(0);
        assertThat(schedule.notes()).contains("group g1: SAO joined on 2027-03-01; their calendar starts at session 3 "
                + "(2027-03-09)");
        assertThat(schedule.availabilityConflicts()).noneSatisfy(c -> assertThat(c).contains("session 1").contains("SAO"));
    }

    @Test
    void seededHistoriesNeverMoveASessionBeforeAChangeAndRaiseSequenceExactlyForMovedSessions() {
        // Second Tuesdays, Wednesdays and Thursdays all fall on or after the start (12 January) in every month, so
        // every history fits; histories that do not are reported (see the next test).
        List<MeetingSlot> slots = List.of(Fixtures.newYorkTuesday1700(), THURSDAY_0900,
                new MeetingSlot(DayOfWeek.WEDNESDAY, LocalTime.of(7, 30), "Australia/Sydney", 60),
                new MeetingSlot(DayOfWeek.THURSDAY, LocalTime.of(20, 0), "Pacific/Auckland", 90),
                new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(17, 0), "Europe/London", 60));
        for (long seed = 1; seed <= 60; seed++) {
            java.util.Random random = new java.util.Random(seed);
            Group group = new Group("g1", "Group 1", List.of("NY1"), List.of("LDN", "KOL", "SYD", "SAO"),
                    slots.get(random.nextInt(slots.size())));
            ProgramSchedule previous = Scheduler.schedule(changed(group), curriculum, "groups.json");
            LocalDate effective = Fixtures.START;
            for (int change = 0; change < 3; change++) {
                effective = effective.plusDays(1 + random.nextInt(50));
                if (!effective.isBefore(Fixtures.START.plusMonths(6))) {
                    break;
                }
                group = group.withSlotChange(slots.get(random.nextInt(slots.size())), effective);
                ProgramSchedule next;
                try {
                    next = Scheduler.schedule(changed(group), curriculum, "groups.json");
                } catch (RuntimeException e) {
                    throw new AssertionError("seed " + seed + ": " + group, e);
                }
                for (int n = 0; n < 6; n++) {
                    ScheduledSession was = previous.groups().get(0).sessions().get(n);
                    ScheduledSession now = next.groups().get(0).sessions().get(n);
                    String what = "seed " + seed + ", change " + (change + 1) + " on " + effective + ", session " + (n + 1);
                    if (was.start().toLocalDate().isBefore(effective)) {
                        assertThat(now.start()).as(what).isEqualTo(was.start());
                    }
                    if (now.start().toInstant().equals(was.start().toInstant())) {
                        assertThat(now.sequence()).as(what).isEqualTo(was.sequence());
                    } else {
                        assertThat(now.sequence()).as(what).isEqualTo(was.sequence() + 1);
                        assertThat(now.start().toLocalDate()).as(what).isAfterOrEqualTo(effective);
                    }
                }
                previous = next;
            }
        }
    }

    @Test
    void aHistoryThatLeavesTooFewDatesIsReportedNotShortened() {
        // Second Fridays from 12 January: 12 Feb to 9 Jul (six). Changing to Tuesdays on 4 February leaves 9 Feb to
        // 8 Jun (five): the second Tuesday of July is after the end.
        Group group = new Group("g1", "Group 1", List.of("NY1"), List.of("LDN", "KOL", "SYD", "SAO"),
                new MeetingSlot(DayOfWeek.FRIDAY, LocalTime.of(9, 0), "America/New_York", 60))
                .withSlotChange(Fixtures.newYorkTuesday1700(), LocalDate.of(2027, 2, 4));

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Scheduler.schedule(changed(group), curriculum,
                "groups.json"))).isInstanceOf(org.mentorkit.model.InvalidInputException.class)
                .hasMessageContaining("do not fit between startDate 2027-01-12 and the program's end 2027-07-12")
                .hasMessageContaining("for group 'g1' with its slot changes");
    }

    private static List<String> events(String ics) {
        List<String> events = new java.util.ArrayList<>();
        String unfolded = ics.replace("\r\n ", "");
        int at = unfolded.indexOf("BEGIN:VEVENT");
        while (at >= 0) {
            int end = unfolded.indexOf("END:VEVENT", at);
            events.add(unfolded.substring(at, end));
            at = unfolded.indexOf("BEGIN:VEVENT", end);
        }
        return events;
    }

    private static String saoAttendee(String event) {
        return event.lines().filter(l -> l.contains("mailto:sao@example.org")).findFirst().orElseThrow() + "\r\n";
    }
}
