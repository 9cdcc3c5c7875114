package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

/**
 * Among slots with the same member-sessions outside availability, the slot favours members' local daytime (08:00 to
 * 20:00) and a local time that stays put across clock changes (review of issue 10: with the preference removed, every
 * slot test still passed). Local times are computed here with java.time.
 */
class SlotPreferenceTests {

    private static final FormationSettings SETTINGS = FormationSettings.builder().seed(1).maxIdleRounds(20)
            .timeLimit(Duration.ofSeconds(30)).cpuTime(true).randomBaselineDraws(1).build();

    private static List<WeeklyWindow> weekdays(int from, int to) {
        List<WeeklyWindow> out = new ArrayList<>();
        for (DayOfWeek d = DayOfWeek.MONDAY; d != DayOfWeek.SATURDAY; d = d.plus(1)) {
            out.add(new WeeklyWindow(d, LocalTime.of(from, 0), LocalTime.of(to, 0)));
        }
        return out;
    }

    private static MeetingSlot slotOf(List<Participant> people) {
        Cohort cohort = new Cohort(SlotFormationTests.program(3, 3), people, List.of(), MatchingConstraints.none());
        return GroupFormation.form(cohort, SETTINGS).groups().get(0).slot();
    }

    /** Every member's local start and end of the group's session on one date of each month of the program. */
    private static void assertInsideDaytimeEveryMonth(MeetingSlot slot, List<Participant> people) {
        for (int month = 0; month < SlotFormationTests.MONTHS; month++) {
            ZonedDateTime start = ZonedDateTime.of(SlotFormationTests.START.plusMonths(month)
                    .with(TemporalAdjusters.nextOrSame(slot.day())), slot.time(), ZoneId.of(slot.timeZone()));
            for (Participant p : people) {
                ZonedDateTime local = start.withZoneSameInstant(ZoneId.of(p.timeZone()));
                LocalTime from = local.toLocalTime();
                LocalTime to = local.plusMinutes(slot.durationMinutes()).toLocalTime();
                assertThat(from).as("%s starts %s (slot %s)", p.id(), local, slot).isAfterOrEqualTo(LocalTime.of(8, 0));
                assertThat(to).as("%s ends (slot %s)", p.id(), slot).isBeforeOrEqualTo(LocalTime.of(20, 0))
                        .isAfter(from);
            }
        }
    }

    @Test
    void membersFreeAroundTheClockMeetInTheirDaytime() {
        List<Participant> people = new ArrayList<>();
        people.add(SlotFormationTests.person("T1", Role.MENTOR, "Europe/London", weekdays(5, 23), "research"));
        for (int k = 0; k < 3; k++) {
            people.add(SlotFormationTests.person("S" + k, Role.MENTEE, "Europe/London", weekdays(5, 23), "research"));
        }
        assertInsideDaytimeEveryMonth(slotOf(people), people);
    }

    /**
     * London and New York change their clocks two weeks apart in March, so a slot fixed in either zone moves by an hour
     * for the others in some weeks. Everyone is free 05:00 to 23:00, and the daytime overlap (13:00-20:00 London in
     * winter) is always there: the slot must be in it every month.
     */
    @Test
    void aTwoZoneGroupMeetsInBothDaytimesAcrossTheClockChanges() {
        List<Participant> people = new ArrayList<>();
        people.add(SlotFormationTests.person("T1", Role.MENTOR, "America/New_York", weekdays(5, 23), "research"));
        people.add(SlotFormationTests.person("S0", Role.MENTEE, "Europe/London", weekdays(5, 23), "research"));
        people.add(SlotFormationTests.person("S1", Role.MENTEE, "America/New_York", weekdays(5, 23), "research"));
        people.add(SlotFormationTests.person("S2", Role.MENTEE, "Europe/London", weekdays(5, 23), "research"));
        assertInsideDaytimeEveryMonth(slotOf(people), people);
    }
}
