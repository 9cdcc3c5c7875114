package org.mentorkit.curriculum.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;

/**
 * Lines of every calendar are folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence, with names in
 * scripts of two and three octets per character and long texts; read back by biweekly and checked on the bytes.
 */
class CalendarFoldingTests {

    private static final Instant STAMP = Instant.parse("2026-11-27T12:00:00Z");
    private static final String CHINESE = "王秀英";
    private static final String ARABIC = "فاطمة الزهراء";
    private static final String LONG_CJK = "王秀英".repeat(30);
    private static final String MIXED = "Zoë Ångström-Łukasiewicz 王秀英 فاطمة الزهراء 😀 Nguyễn Thị";

    private final Curriculum curriculum = DefaultCurriculum.load();

    private Cohort cohort() {
        List<Participant> people = List.of(
                Fixtures.person("M1", ARABIC, Role.MENTOR, "Asia/Riyadh", Fixtures.allWeek()),
                Fixtures.person("E1", CHINESE, Role.MENTEE, "Asia/Shanghai", Fixtures.allWeek()),
                Fixtures.person("E2", LONG_CJK, Role.MENTEE, "Asia/Shanghai", Fixtures.allWeek()),
                Fixtures.person("E3", MIXED, Role.MENTEE, "Europe/Warsaw", Fixtures.allWeek()));
        Group group = new Group("g1", "المجموعة الأولى " + "小组一".repeat(20), List.of("M1"), List.of("E1", "E2", "E3"),
                Fixtures.newYorkTuesday1700());
        return new Cohort(Fixtures.program(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK), Fixtures.START, 6),
                people, List.of(group), MatchingConstraints.none());
    }

    private Map<String, String> calendars() {
        Cohort cohort = cohort();
        ProgramSchedule schedule = Scheduler.schedule(cohort, curriculum, "groups.json");
        return Map.of(
                "group", CalendarFiles.groupCalendar(schedule, schedule.groups().get(0), cohort, curriculum, STAMP),
                "M1", CalendarFiles.participantCalendar(schedule, "M1", cohort, curriculum, STAMP),
                "E2", CalendarFiles.participantCalendar(schedule, "E2", cohort, curriculum, STAMP),
                "E3", CalendarFiles.participantCalendar(schedule, "E3", cohort, curriculum, STAMP));
    }

    @Test
    void everyPhysicalLineIsAtMost75OctetsAndNoFoldCutsAUtf8Sequence() {
        calendars().forEach((which, ics) -> {
            byte[] octets = ics.getBytes(StandardCharsets.UTF_8);
            assertThat(IcsOctetLines.problems(octets)).as(which).isEmpty();
            assertThat(ics).as(which + ": lines are folded, not left long").contains("\r\n ");
        });
    }

    @Test
    void namesAndLongTextsSurviveFoldingExactly() {
        Map<String, String> calendars = calendars();
        ICalendar group = Biweekly.parse(calendars.get("group")).first();
        assertThat(group.getEvents().get(0).getAttendees()).extracting(a -> a.getCommonName())
                .containsExactly(ARABIC, CHINESE, LONG_CJK, MIXED);
        assertThat(group.getEvents().get(0).getDescription().getValue()).contains("Group: المجموعة الأولى " + "小组一".repeat(20));
        StrictIcsReader.Component strict = StrictIcsReader.read(calendars.get("E2"));
        assertThat(strict.children("VEVENT").get(0).all("ATTENDEE")).extracting(p -> p.params().get("CN"))
                .contains(LONG_CJK, MIXED);
    }

    @Test
    void pythonsIcalendarReadsTheSameNamesAndDescription(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        PythonIcalendar.require();
        List<PythonIcalendar.Event> events = PythonIcalendar.read(calendars().get("group"), dir);
        assertThat(events).hasSize(6);
        assertThat(events.get(0).names()).containsExactly(ARABIC, CHINESE, LONG_CJK, MIXED);
        assertThat(events.get(0).description()).contains("Group: المجموعة الأولى " + "小组一".repeat(20))
                .contains("Agenda:\n- 5 min: Welcome and why we are here");
    }

    @Test
    void theOctetCheckItselfCatchesALineCutInsideACharacter() {
        byte[] name = "DESCRIPTION:王秀英".getBytes(StandardCharsets.UTF_8);
        byte[] cut = new byte[name.length + 3];
        // CRLF and a space inserted after the first octet of 秀 (three octets: E7 A7 80).
        int at = "DESCRIPTION:王".getBytes(StandardCharsets.UTF_8).length + 1;
        System.arraycopy(name, 0, cut, 0, at);
        cut[at] = '\r';
        cut[at + 1] = '\n';
        cut[at + 2] = ' ';
        System.arraycopy(name, at, cut, at + 3, name.length - at);
        assertThat(IcsOctetLines.problems(cut)).containsExactly("line 1: a UTF-8 sequence is cut by the fold",
                "line 2: a UTF-8 sequence is cut by the fold");
    }
}
