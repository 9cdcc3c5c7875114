package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

/**
 * groups.md's slot-change table gives each member their own first session from the effective date, as schedule
 * invites them: a new mentor who joins on 15 March, when sessions 4 and 5 are peer-only, first attends session 6, while
 * the mentees' first is session 4. The dates are counted here independently (second Tuesdays, then second Wednesdays).
 */
class SlotChangeTableTests {

    private static final LocalDate EFFECTIVE = LocalDate.of(2027, 3, 15);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private static WeeklyWindow w(DayOfWeek day, int from, int to) {
        return new WeeklyWindow(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void eachMembersFirstSessionSkipsThePeerOnlySessionsAMentorDoesNotAttend() {
        MeetingSlot saved = new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(10, 0), "Europe/London", 60);
        List<Participant> people = new ArrayList<>();
        List<WeeklyWindow> both = List.of(w(DayOfWeek.TUESDAY, 9, 12), w(DayOfWeek.WEDNESDAY, 13, 17));
        for (int k = 0; k < 3; k++) {
            people.add(SlotFormationTests.person("S" + k, Role.MENTEE, "Europe/London", both, "x"));
        }
        people.add(SlotFormationTests.person("T9", Role.MENTOR, "America/New_York",
                List.of(w(DayOfWeek.WEDNESDAY, 9, 11)), "x"));
        Group before = new Group("G1", "Group 1", List.of("T0"), List.of("S0", "S1", "S2"), saved);
        Cohort changed = new Cohort(SlotFormationTests.program(3, 5), people, List.of(), MatchingConstraints.none());

        FormationResult result = GroupFormation.reform(changed, List.of(before), EFFECTIVE, FormationSettings.builder()
                .seed(2).timeLimit(Duration.ofSeconds(10)).randomBaselineDraws(1).sessions(6, 60, Set.of(4, 5)).build());

        assertThat(result.slotChanges()).hasSize(1);
        MeetingSlot after = result.slotChanges().get(0).after();
        assertThat(after.day()).isEqualTo(DayOfWeek.WEDNESDAY);
        List<LocalDate> tuesdays = SlotChecker.monthlyDates(SlotFormationTests.START, SlotFormationTests.MONTHS,
                SlotFormationTests.WEEK, DayOfWeek.TUESDAY);
        List<LocalDate> wednesdays = SlotChecker.monthlyDates(SlotFormationTests.START, SlotFormationTests.MONTHS,
                SlotFormationTests.WEEK, DayOfWeek.WEDNESDAY);
        String md = FormationReport.markdown(result);
        assertThat(md).contains("| member | their first session from 2027-03-15 | before the change (local) | after the"
                + " change (local) |");
        for (Participant p : people) {
            int first = p.isMentor() ? 6 : 4;
            ZoneId zone = ZoneId.of(p.timeZone());
            String was = LOCAL.format(ZonedDateTime.of(tuesdays.get(first - 1), saved.time(), ZoneId.of(saved.timeZone()))
                    .withZoneSameInstant(zone));
            String now = LOCAL.format(ZonedDateTime.of(wednesdays.get(first - 1), after.time(),
                    ZoneId.of(after.timeZone())).withZoneSameInstant(zone));
            assertThat(md).contains("| " + p.displayName() + " | session " + first + " | " + was + " | " + now + " |");
        }
    }
}
