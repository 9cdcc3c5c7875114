package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

/**
 * Mentors do not attend peer-only sessions (schedule does not invite them), so formation does not count their
 * availability there. The cohort: a Sydney mentor free Tuesdays 19:30-21:00 and three London mentees free Tuesdays
 * 08:00-10:00. Until Sydney's clock change (4 April 2027) the two overlap from 08:30 to 10:00 London time; after it not
 * at all. The program's sessions are 12 Jan, 9 Feb, 9 Mar, 13 Apr, 11 May, 8 Jun 2027: with sessions 4 to 6 peer-only
 * the group has a common slot; with every session mentor-led it has none.
 */
class PeerOnlySessionTests {

    static Cohort cohort() {
        List<Participant> people = new ArrayList<>();
        people.add(SlotFormationTests.person("T", Role.MENTOR, "Australia/Sydney",
                List.of(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(19, 30), LocalTime.of(21, 0))), "x"));
        for (int k = 0; k < 3; k++) {
            people.add(SlotFormationTests.person("S" + k, Role.MENTEE, "Europe/London",
                    List.of(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(10, 0))), "x"));
        }
        return new Cohort(SlotFormationTests.program(3, 3), people, List.of(), MatchingConstraints.none());
    }

    private static FormationSettings.Builder settings() {
        return FormationSettings.builder().seed(1).timeLimit(Duration.ofSeconds(10)).randomBaselineDraws(1);
    }

    @Test
    void theMentorsAvailabilityCountsOnlyForTheSessionsTheyAttend() {
        Cohort cohort = cohort();
        FormationResult result = GroupFormation.form(cohort, settings().sessions(6, 60, Set.of(4, 5, 6)).build());

        GroupSlot slot = result.explanations().get(0).slot();
        assertThat(result.groupsWithoutCommonSlot()).isEmpty();
        assertThat(slot.outside()).isZero();
        assertThat(slot.memberSessions()).as("3 mentees x 6 sessions + the mentor x 3").isEqualTo(21);
        // Independent check: every invited member-session lies inside the member's windows, minute by minute.
        MeetingSlot s = slot.slot();
        List<LocalDate> dates = SlotChecker.monthlyDates(SlotFormationTests.START, SlotFormationTests.MONTHS,
                SlotFormationTests.WEEK, s.day());
        assertThat(dates).hasSize(6);
        for (int k = 0; k < dates.size(); k++) {
            ZonedDateTime start = ZonedDateTime.of(dates.get(k), s.time(), ZoneId.of(s.timeZone()));
            for (Participant p : cohort.participants()) {
                boolean invited = !p.isMentor() || k < 3;
                GroupSlot.MemberSession view = slot.sessions().get(k).members().stream()
                        .filter(m -> m.participantId().equals(p.id())).findFirst().orElseThrow();
                assertThat(view.invited()).as("%s session %d", p.id(), k + 1).isEqualTo(invited);
                if (invited) {
                    assertThat(SlotChecker.inside(p.availability(), p.timeZone(), start, s.durationMinutes()))
                            .as("%s session %d at %s", p.id(), k + 1, start).isTrue();
                }
            }
        }
        assertThat(FormationReport.markdown(result)).contains("not invited (peer-only)")
                .doesNotContain("**outside availability**");
    }

    @Test
    void withEverySessionMentorLedTheSameGroupHasNoCommonSlot() {
        FormationResult result = GroupFormation.form(cohort(), settings().sessions(6, 60).build());

        GroupSlot slot = result.explanations().get(0).slot();
        assertThat(slot.memberSessions()).isEqualTo(24);
        assertThat(slot.outside()).isEqualTo(3);
        assertThat(result.groupsWithoutCommonSlot()).hasSize(1);
    }

    @Test
    void peerOnlyNumbersOutsideTheSessionsAreRefused() {
        assertThatThrownBy(() -> settings().sessions(6, 60, Set.of(0, 7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and 6");
    }
}
