package org.mentorkit.curriculum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.curriculum.schedule.Fixtures;
import org.mentorkit.curriculum.schedule.GroupSchedule;
import org.mentorkit.curriculum.schedule.Scheduler;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Role;

/**
 * Every session's local time with the real shift. The expected times are worked out by hand from the 2027 rules:
 * Los Angeles moves to PDT on 14 March, Auckland leaves NZDT (+13) for NZST (+12) on 4 April, Lord Howe Island goes
 * from +11 to +10:30 on 4 April, Kolkata never changes. The slot is 13:00 Los Angeles on second Tuesdays (12 Jan,
 * 9 Feb, 9 Mar, 13 Apr, 11 May, 8 Jun): 21:00 UTC until March, 20:00 UTC from April.
 */
class LocalTimesTests {

    private final Curriculum curriculum = DefaultCurriculum.load();

    private GroupSchedule schedule(Group group) {
        Cohort cohort = new Cohort(Fixtures.program(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK),
                Fixtures.START, 6), List.of(
                Fixtures.person("LA", "Los Angeles mentor", Role.MENTOR, "America/Los_Angeles", Fixtures.allWeek()),
                Fixtures.person("AKL", "Aroha", Role.MENTEE, "Pacific/Auckland", Fixtures.allWeek()),
                Fixtures.person("LHI", "Lord Howe", Role.MENTEE, "Australia/Lord_Howe", Fixtures.allWeek()),
                Fixtures.person("KOL", "Kolkata", Role.MENTEE, "Asia/Kolkata", Fixtures.allWeek())),
                List.of(group), MatchingConstraints.none());
        return Scheduler.schedule(cohort, curriculum, "groups.json").groups().get(0);
    }

    private static Group group(MeetingSlot slot) {
        return new Group("g1", "Group 1", List.of("LA"), List.of("AKL", "LHI", "KOL"), slot);
    }

    private static final MeetingSlot LA_1300 = new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(13, 0), "America/Los_Angeles", 60);

    @Test
    void aNewZealandMemberOfALosAngelesGroupMovesByTwoHoursNotOne() {
        GroupSchedule group = schedule(group(LA_1300));

        List<LocalTimes.Run> runs = LocalTimes.runs(group, "AKL");

        // 21:00 UTC is Wednesday 10:00 at +13; 20:00 UTC is Wednesday 08:00 at +12.
        assertThat(runs).containsExactly(
                new LocalTimes.Run(List.of(1, 2, 3), DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), 0, false),
                new LocalTimes.Run(List.of(4, 5, 6), DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), -120, true));
        assertThat(LocalTimes.describe(runs)).isEqualTo("Wed 10:00 for sessions 1-3; Wed 08:00 for sessions 4-6 "
                + "(2 hours earlier: a clock change)");
    }

    @Test
    void halfHourAndOneHourShiftsAndAZoneWithoutClockChanges() {
        GroupSchedule group = schedule(group(LA_1300));

        // Lord Howe: 21:00 UTC at +11 is Wed 08:00; 20:00 UTC at +10:30 is Wed 06:30 (1 hour 30 minutes earlier).
        assertThat(LocalTimes.describe(LocalTimes.runs(group, "LHI"))).isEqualTo("Wed 08:00 for sessions 1-3; "
                + "Wed 06:30 for sessions 4-6 (1 hour 30 minutes earlier: a clock change)");
        // Kolkata (+05:30 all year): 21:00 UTC is Wed 02:30; 20:00 UTC is Wed 01:30.
        assertThat(LocalTimes.describe(LocalTimes.runs(group, "KOL"))).isEqualTo("Wed 02:30 for sessions 1-3; "
                + "Wed 01:30 for sessions 4-6 (1 hour earlier: a clock change)");
        // The mentor is at the mentor-led sessions 1, 3 and 6 only, always 13:00 in the slot's own zone.
        assertThat(LocalTimes.describe(LocalTimes.runs(group, "LA"))).isEqualTo("Tue 13:00 for every session");
    }

    @Test
    void aSlotChangeIsNamedAsSuchNotAsAClockChange() {
        MeetingSlot thursday = new MeetingSlot(DayOfWeek.THURSDAY, LocalTime.of(13, 0), "America/Los_Angeles", 60);
        GroupSchedule group = schedule(group(LA_1300).withSlotChange(thursday, LocalDate.of(2027, 5, 1)));

        // Sessions 1-3 Wed 10:00, session 4 Wed 08:00 (clock change), sessions 5-6 on Thursdays 13:00 LA = Fri 08:00.
        assertThat(LocalTimes.describe(LocalTimes.runs(group, "AKL"))).isEqualTo("Wed 10:00 for sessions 1-3; "
                + "Wed 08:00 for session 4 (2 hours earlier: a clock change); Fri 08:00 for sessions 5 and 6 "
                + "(2 days later: the group's slot changed)");
    }

    @Test
    void shiftsAreWordedInHoursAndMinutes() {
        assertThat(LocalTimes.shift(60)).isEqualTo("1 hour later");
        assertThat(LocalTimes.shift(-120)).isEqualTo("2 hours earlier");
        assertThat(LocalTimes.shift(30)).isEqualTo("30 minutes later");
        assertThat(LocalTimes.shift(-90)).isEqualTo("1 hour 30 minutes earlier");
        assertThat(LocalTimes.shift(24 * 60 + 60)).isEqualTo("1 day 1 hour later");
    }
}
