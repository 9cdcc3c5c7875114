package org.mentorkit.curriculum.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.i18n.Language;

/**
 * Join and leave dates across the date line are judged on the session's date in the slot's zone, as the effective
 * date is, never on its date in the member's zone. Monthly on the second Tuesday from 12 January 2027 (sessions on 12
 * January, 9 February, 9 March, 13 April, 11 May and 8 June in the slot's zone).
 * <ul>
 * <li>A New York slot (Tuesday 17:00): session 3 is Tuesday 9 March in New York but Wednesday 10 March 09:00 in
 * Sydney. A Sydney member leaving on 10 March stays in it (its event is the same bytes as before); a Sydney member
 * joining on 10 March is not added to it.</li>
 * <li>A Sydney slot (Tuesday 08:00): session 3 is Tuesday 9 March in Sydney but Monday 8 March 13:00 in Los Angeles. A
 * Los Angeles member leaving on 9 March is out of it; one joining on 9 March is in it.</li>
 * </ul>
 */
class SchedulerDateLineTests {

    private static final Instant STAMP = Instant.parse("2026-11-27T12:00:00Z");
    private static final MeetingSlot SYDNEY_TUESDAY_0800 = new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(8, 0),
            "Australia/Sydney", 60);

    private final Curriculum curriculum = DefaultCurriculum.load();

    @TempDir
    Path dir;

    /** The five-city group (with a Los Angeles mentee, LAX) at the given slot, everyone there from the start. */
    private static Cohort cohort(MeetingSlot slot) {
        List<Participant> people = new ArrayList<>(Fixtures.fiveCities());
        people.add(Fixtures.person("LAX", "Los Angeles Mentee", Role.MENTEE, "America/Los_Angeles", Fixtures.allWeek()));
        Group group = new Group("g1", "Group 1", List.of("NY1"), List.of("LDN", "KOL", "SYD", "SAO", "LAX"), slot);
        return new Cohort(Fixtures.program(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK),
                Fixtures.START, 6), people, List.of(group), MatchingConstraints.none());
    }

    /** {@code id} withdrew on {@code left}: a former participant with a leave date. */
    private static Cohort withdrew(Cohort before, String id, LocalDate left) {
        Group group = before.groups().get(0);
        Group after = new Group(group.id(), group.name(), group.mentorIds(),
                group.menteeIds().stream().filter(m -> !m.equals(id)).toList(), group.slot()).withLeaveDate(id, left);
        Participant former = before.participant(id).orElseThrow();
        return new Cohort(before.program(), before.participants().stream().filter(p -> p != former).toList(),
                List.of(after), MatchingConstraints.none(), List.of(former));
    }

    /** {@code id} joined on {@code joined}; the cohort without them is what was scheduled before. */
    private static Cohort joined(Cohort full, String id, LocalDate joined) {
        Group group = full.groups().get(0);
        return new Cohort(full.program(), full.participants(), List.of(group.withJoinDate(id, joined)),
                MatchingConstraints.none());
    }

    private static Cohort without(Cohort full, String id) {
        Group group = full.groups().get(0);
        Group less = new Group(group.id(), group.name(), group.mentorIds(),
                group.menteeIds().stream().filter(m -> !m.equals(id)).toList(), group.slot());
        return new Cohort(full.program(), full.participants().stream().filter(p -> !p.id().equals(id)).toList(),
                List.of(less), MatchingConstraints.none());
    }

    private List<String> events(Cohort cohort) {
        ProgramSchedule schedule = Scheduler.schedule(cohort, curriculum, "groups.json");
        String ics = CalendarFiles.groupCalendar(schedule, schedule.groups().get(0), cohort, curriculum, STAMP);
        List<String> events = new ArrayList<>();
        int at = ics.indexOf("BEGIN:VEVENT");
        while (at >= 0) {
            int end = ics.indexOf("END:VEVENT", at);
            events.add(ics.substring(at, end).replace("\r\n ", "")); // unfolded: an address is one line
            at = ics.indexOf("BEGIN:VEVENT", end);
        }
        assertThat(events).hasSize(6);
        return events;
    }

    /** The sessions (1 = first) whose events list {@code id} as an attendee. */
    private static List<Integer> attended(List<String> events, String id) {
        List<Integer> out = new ArrayList<>();
        for (int n = 0; n < events.size(); n++) {
            if (events.get(n).contains("mailto:" + id.toLowerCase() + "@example.org")) {
                out.add(n + 1);
            }
        }
        return out;
    }

    @Test
    void theDatesAreTheSlotZonesAsTheFixtureAssumes() {
        ProgramSchedule schedule = Scheduler.schedule(cohort(Fixtures.newYorkTuesday1700()), curriculum, "groups.json");
        ScheduledSession third = schedule.groups().get(0).sessions().get(2);
        assertThat(third.start().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 9));
        assertThat(third.start().withZoneSameInstant(ZoneId.of("Australia/Sydney")).toLocalDate())
                .isEqualTo(LocalDate.of(2027, 3, 10));
        schedule = Scheduler.schedule(cohort(SYDNEY_TUESDAY_0800), curriculum, "groups.json");
        third = schedule.groups().get(0).sessions().get(2);
        assertThat(third.start().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 9));
        assertThat(third.start().withZoneSameInstant(ZoneId.of("America/Los_Angeles")).toLocalDate())
                .isEqualTo(LocalDate.of(2027, 3, 8));
    }

    @Test
    void aSydneyMemberLeavingANewYorkGroupStaysInTheSessionBeforeTheDateWhichKeepsItsBytes() {
        Cohort before = cohort(Fixtures.newYorkTuesday1700());
        List<String> old = events(before);
        List<String> now = events(withdrew(before, "SYD", LocalDate.of(2027, 3, 10)));

        // Session 3 (Tuesday 9 March in New York) is before 10 March: a past event, unchanged, Sydney still in it,
        // although it is 10 March in Sydney.
        assertThat(now.subList(0, 3)).containsExactlyElementsOf(old.subList(0, 3));
        assertThat(attended(now, "SYD")).containsExactly(1, 2, 3);
    }

    @Test
    void aLosAngelesMemberLeavingASydneyGroupIsOutOfTheSessionOnTheLeaveDate() {
        Cohort before = cohort(SYDNEY_TUESDAY_0800);
        List<String> old = events(before);
        Cohort after = withdrew(before, "LAX", LocalDate.of(2027, 3, 9));
        List<String> now = events(after);

        // Session 3 is on 9 March in Sydney (Monday 8 March in Los Angeles): on the leave date, so not theirs.
        assertThat(now.subList(0, 2)).containsExactlyElementsOf(old.subList(0, 2));
        assertThat(attended(now, "LAX")).containsExactly(1, 2);
        // schedule.md gives the reason by the same rule: "after leaving" in sessions 3-6, never "before joining".
        ProgramSchedule schedule = Scheduler.schedule(after, curriculum, "groups.json");
        Map<Path, byte[]> outputs = ScheduleOutputs.generate(schedule, after, curriculum, dir, STAMP, Language.ENGLISH);
        String markdown = new String(outputs.get(dir.resolve("schedule.md")), StandardCharsets.UTF_8);
        assertThat(markdown.split("after leaving", -1)).hasSize(5);
        assertThat(markdown).doesNotContain("before joining");
    }

    @Test
    void aSydneyMemberJoiningANewYorkGroupIsNotAddedToTheSessionBeforeTheDate() {
        Cohort full = cohort(Fixtures.newYorkTuesday1700());
        List<String> old = events(without(full, "SYD"));
        List<String> now = events(joined(full, "SYD", LocalDate.of(2027, 3, 10)));

        // Session 3 (9 March in New York) happened before they joined: the same bytes, without them.
        assertThat(now.subList(0, 3)).containsExactlyElementsOf(old.subList(0, 3));
        assertThat(attended(now, "SYD")).containsExactly(4, 5, 6);
    }

    @Test
    void aLosAngelesMemberJoiningASydneyGroupIsInTheSessionOnTheJoinDate() {
        Cohort full = cohort(SYDNEY_TUESDAY_0800);
        List<String> old = events(without(full, "LAX"));
        ProgramSchedule schedule = Scheduler.schedule(joined(full, "LAX", LocalDate.of(2027, 3, 9)), curriculum,
                "groups.json");
        List<String> now = events(joined(full, "LAX", LocalDate.of(2027, 3, 9)));

        assertThat(now.subList(0, 2)).containsExactlyElementsOf(old.subList(0, 2));
        assertThat(attended(now, "LAX")).containsExactly(3, 4, 5, 6);
        assertThat(schedule.notes()).contains("group g1: LAX joined on 2027-03-09; their calendar starts at session 3 "
                + "(2027-03-09)");
    }
}
