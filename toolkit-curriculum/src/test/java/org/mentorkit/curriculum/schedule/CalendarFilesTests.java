package org.mentorkit.curriculum.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cohort;

/**
 * The calendars ical4j wrote, read back by two readers that share nothing with it: biweekly (which computes
 * instants from the VTIMEZONE blocks in the file) and a strict test-only reader plus java.time's zone rules. The
 * expected instants are worked out by hand from the zones' rules for 2027.
 */
class CalendarFilesTests {

    private static final Instant STAMP = Instant.parse("2026-11-27T12:00:00Z");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    /** Session starts in UTC: 17:00 New York on the second Tuesdays, EST until 14 March 2027, EDT after. */
    private static final List<Instant> STARTS = List.of(
            Instant.parse("2027-01-12T22:00:00Z"), Instant.parse("2027-02-09T22:00:00Z"),
            Instant.parse("2027-03-09T22:00:00Z"), Instant.parse("2027-04-13T21:00:00Z"),
            Instant.parse("2027-05-11T21:00:00Z"), Instant.parse("2027-06-08T21:00:00Z"));

    /** What each member's own calendar must show, worked out by hand. */
    private static final Map<String, List<String>> LOCAL_STARTS = Map.of(
            "SYD", List.of("20270113T090000", "20270210T090000", "20270310T090000", "20270414T070000", "20270512T070000", "20270609T070000"),
            "KOL", List.of("20270113T033000", "20270210T033000", "20270310T033000", "20270414T023000", "20270512T023000", "20270609T023000"),
            "LDN", List.of("20270112T220000", "20270209T220000", "20270309T220000", "20270413T220000", "20270511T220000", "20270608T220000"),
            "SAO", List.of("20270112T190000", "20270209T190000", "20270309T190000", "20270413T180000", "20270511T180000", "20270608T180000"));

    private static final Map<String, String> ZONES = Map.of("SYD", "Australia/Sydney", "KOL", "Asia/Kolkata",
            "LDN", "Europe/London", "SAO", "America/Sao_Paulo", "NY1", "America/New_York");

    private final Curriculum curriculum = DefaultCurriculum.load();
    private final Cohort cohort = Fixtures.cohort(Fixtures.program(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK),
            Fixtures.START, 6), Fixtures.newYorkTuesday1700());
    private final ProgramSchedule schedule = Scheduler.schedule(cohort, curriculum, "groups.json");

    private String groupIcs() {
        return CalendarFiles.groupCalendar(schedule, schedule.groups().get(0), cohort, curriculum, STAMP);
    }

    private String participantIcs(String id) {
        return CalendarFiles.participantCalendar(schedule, id, cohort, curriculum, STAMP);
    }

    private static Instant strictInstant(StrictIcsReader.Property dtstart) {
        String tzid = dtstart.params().get("TZID");
        assertThat(tzid).as("DTSTART must carry a TZID").isNotNull();
        return LocalDateTime.parse(dtstart.value(), LOCAL).atZone(ZoneId.of(tzid)).toInstant();
    }

    @Test
    void groupCalendarIsStrictRfc5545WithOneVtimezonePerTzidAndStableUids() {
        StrictIcsReader.Component calendar = StrictIcsReader.read(groupIcs());
        assertThat(calendar.one("VERSION").value()).isEqualTo("2.0");
        assertThat(calendar.one("PRODID").value()).isNotBlank();
        List<StrictIcsReader.Component> events = calendar.children("VEVENT");
        assertThat(events).hasSize(6);
        Set<String> tzids = events.stream().map(e -> e.one("DTSTART").params().get("TZID")).collect(Collectors.toSet());
        Set<String> defined = calendar.children("VTIMEZONE").stream().map(t -> t.one("TZID").value()).collect(Collectors.toSet());
        assertThat(defined).isEqualTo(tzids).containsExactly("America/New_York");
        List<String> uids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            StrictIcsReader.Component event = events.get(i);
            uids.add(event.one("UID").value());
            assertThat(event.one("DTSTAMP").value()).isEqualTo("20261127T120000Z");
            assertThat(strictInstant(event.one("DTSTART"))).isEqualTo(STARTS.get(i));
            assertThat(strictInstant(event.one("DTEND"))).isEqualTo(STARTS.get(i).plusSeconds(3600));
            assertThat(event.one("SUMMARY").value()).isNotBlank();
        }
        assertThat(uids).doesNotHaveDuplicates().first().isEqualTo("five-cities.g1.kickoff@mentorkit");
        assertThat(groupIcs()).isEqualTo(groupIcs()); // same input, same bytes: UIDs and DTSTAMP are stable
    }

    @Test
    void biweeklyReadsTheInstantsFromOurVtimezoneBlocks() {
        ICalendar ical = Biweekly.parse(groupIcs()).first();
        List<VEvent> events = ical.getEvents();
        assertThat(events).hasSize(6);
        for (int i = 0; i < 6; i++) {
            VEvent event = events.get(i);
            TimezoneAssignment assignment = ical.getTimezoneInfo().getTimezone(event.getDateStart());
            assertThat(assignment).isNotNull();
            assertThat(assignment.getComponent()).as("TZID resolved from the file's VTIMEZONE").isNotNull();
            assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(STARTS.get(i));
            assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(STARTS.get(i).plusSeconds(3600));
        }
    }

    @Test
    void eachMembersCalendarShowsTheRightLocalTimeInNewYorkLondonKolkataSydneyAndSaoPaulo() {
        for (Map.Entry<String, List<String>> member : LOCAL_STARTS.entrySet()) {
            String ics = participantIcs(member.getKey());
            StrictIcsReader.Component calendar = StrictIcsReader.read(ics);
            List<StrictIcsReader.Component> events = calendar.children("VEVENT");
            assertThat(events).as(member.getKey()).hasSize(6);
            assertThat(calendar.children("VTIMEZONE")).extracting(t -> t.one("TZID").value())
                    .containsExactly(ZONES.get(member.getKey()));
            ICalendar ical = Biweekly.parse(ics).first();
            for (int i = 0; i < 6; i++) {
                StrictIcsReader.Property dtstart = events.get(i).one("DTSTART");
                assertThat(dtstart.params().get("TZID")).isEqualTo(ZONES.get(member.getKey()));
                assertThat(dtstart.value()).as(member.getKey() + " session " + (i + 1)).isEqualTo(member.getValue().get(i));
                assertThat(strictInstant(dtstart)).isEqualTo(STARTS.get(i));
                VEvent event = ical.getEvents().get(i);
                assertThat(ical.getTimezoneInfo().getTimezone(event.getDateStart()).getComponent()).isNotNull();
                assertThat(event.getDateStart().getValue().toInstant()).as(member.getKey() + " via biweekly").isEqualTo(STARTS.get(i));
            }
        }
    }

    @Test
    void theMentorsCalendarHoldsOnlyTheMentorLedSessions() {
        StrictIcsReader.Component calendar = StrictIcsReader.read(participantIcs("NY1"));
        assertThat(calendar.children("VEVENT")).extracting(e -> e.one("UID").value()).containsExactly(
                "five-cities.g1.kickoff@mentorkit", "five-cities.g1.self-advocacy@mentorkit",
                "five-cities.g1.career-plan-closing@mentorkit");
        assertThat(calendar.children("VEVENT")).extracting(e -> e.one("DTSTART").value())
                .containsExactly("20270112T170000", "20270309T170000", "20270608T170000");
    }

    @Test
    void descriptionCarriesTheAgendaAndPreWorkAndAttendeesSurviveAwkwardNames() {
        ICalendar ical = Biweekly.parse(groupIcs()).first();
        VEvent kickoff = ical.getEvents().get(0);
        String description = kickoff.getDescription().getValue();
        assertThat(description).contains("Session 1 of 6: Kickoff: goals, expectations and our group compact")
                .contains("Agenda:\n- 5 min: Welcome and why we are here\n- 15 min: Introductions")
                .contains("- 20 min: Drafting the group compact")
                .contains("Pre-work:\n- Write down one professional goal");
        StrictIcsReader.Component strict = StrictIcsReader.read(groupIcs()).children("VEVENT").get(0);
        assertThat(StrictIcsReader.text(strict.one("DESCRIPTION").value())).isEqualTo(description);
        // Mentors first, then by participant id (KOL, LDN, SAO, SYD), whatever order the group lists them in.
        assertThat(kickoff.getAttendees()).extracting(a -> a.getEmail()).containsExactly("ny1@example.org",
                "kol@example.org", "ldn@example.org", "sao@example.org", "syd@example.org");
        assertThat(kickoff.getAttendees()).extracting(a -> a.getCommonName()).containsExactly(
                "Dr. Maya 'Mo' O'Neil, MD", "Priya | Raman <b>", "Ana, Beatriz; Lopes", "João =SUM(A1) Silva", "Chloé Nguyen");
        assertThat(kickoff.getOrganizer().getEmail()).isEqualTo("mentoring@example.org");
        VEvent peerOnly = ical.getEvents().get(1);
        assertThat(peerOnly.getAttendees()).extracting(a -> a.getEmail()).doesNotContain("ny1@example.org").hasSize(4);
    }
}
