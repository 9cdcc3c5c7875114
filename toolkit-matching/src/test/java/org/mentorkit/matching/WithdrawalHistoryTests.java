package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;
import org.mentorkit.model.io.ModelJson;
import org.mentorkit.model.io.ModelValidation;

/**
 * Withdrawals keep their past: re-forming with the previous cohort records a leave date for each member who withdrew
 * (in the group they left) and keeps their participant record, carries former members through later re-forms, and
 * drops a withdrawal that takes effect before any session.
 */
class WithdrawalHistoryTests {

    private static final LocalDate MARCH = LocalDate.of(2027, 3, 15);
    private static final LocalDate MAY = LocalDate.of(2027, 5, 3);
    private static final FormationSettings SETTINGS = FormationSettings.builder().seed(3).maxIdleRounds(30)
            .timeLimit(Duration.ofSeconds(30)).randomBaselineDraws(1).build();

    private static List<WeeklyWindow> weekdays() {
        List<WeeklyWindow> out = new ArrayList<>();
        for (DayOfWeek d = DayOfWeek.MONDAY; d != DayOfWeek.SATURDAY; d = d.plus(1)) {
            out.add(new WeeklyWindow(d, LocalTime.of(8, 0), LocalTime.of(21, 0)));
        }
        return out;
    }

    /** Three groups of a mentor and four mentees in London, each with a saved slot. */
    private static Cohort formed() {
        List<Participant> people = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            people.add(SlotFormationTests.person("T" + g, Role.MENTOR, "Europe/London", weekdays(), "research"));
            List<String> mentees = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                people.add(SlotFormationTests.person("S" + g + k, Role.MENTEE, "Europe/London", weekdays(), "research"));
                mentees.add("S" + g + k);
            }
            groups.add(new Group("G" + (g + 1), "Group " + (g + 1), List.of("T" + g), mentees,
                    new MeetingSlot(DayOfWeek.of(g + 1), LocalTime.of(12, 0), "Europe/London", 60)));
        }
        return new Cohort(SlotFormationTests.program(3, 5), people, groups, MatchingConstraints.none());
    }

    private static Cohort without(Cohort cohort, Set<String> gone) {
        List<Participant> people = new ArrayList<>(cohort.participants());
        people.removeIf(p -> gone.contains(p.id()));
        return new Cohort(cohort.program(), people, List.of(), MatchingConstraints.none());
    }

    private static Map<String, Group> byId(FormationResult result) {
        return result.groups().stream().collect(Collectors.toMap(Group::id, g -> g));
    }

    @Test
    void aWithdrawalAfterTheStartKeepsALeaveDateAndTheRecordAndTheReportSaysSo() {
        Cohort before = formed();

        FormationResult result = GroupFormation.reform(without(before, Set.of("S10", "S20")), before, MARCH, SETTINGS);

        Map<String, Group> after = byId(result);
        assertThat(after.get("G2").menteeIds()).doesNotContain("S10");
        assertThat(after.get("G2").leaveDates()).containsExactly(Map.entry("S10", MARCH));
        assertThat(after.get("G2").formerMemberIds()).containsExactly("S10");
        assertThat(after.get("G3").leaveDates()).containsExactly(Map.entry("S20", MARCH));
        assertThat(after.get("G1").leaveDates()).isEmpty();
        assertThat(result.cohort().formerParticipants()).extracting(Participant::id).containsExactlyInAnyOrder("S10", "S20");
        assertThat(result.cohort().formerParticipants()).contains(before.participant("S10").orElseThrow());
        assertThat(result.cohort().participant("S10")).isEmpty();
        assertThat(ModelValidation.problems(result.cohort())).isEmpty();
        // The groups file written and read back holds the same history.
        assertThat(ModelJson.readCohort(ModelJson.write(result.cohort()), "groups.json")).isEqualTo(result.cohort());
        assertThat(FormationReport.markdown(result)).contains(
                "S10 (left G2 on 2027-03-15: still listed in its sessions before that date)",
                "S20 (left G3 on 2027-03-15: still listed in its sessions before that date)");
    }

    @Test
    void aSecondReformKeepsEarlierFormerMembersUnchangedAndAddsTheNewOnes() {
        Cohort before = formed();
        FormationResult march = GroupFormation.reform(without(before, Set.of("S10")), before, MARCH, SETTINGS);

        FormationResult may = GroupFormation.reform(without(before, Set.of("S10", "S11")), march.cohort(), MAY,
                SETTINGS);

        Group g2 = byId(may).get("G2");
        assertThat(g2.leaveDates()).containsExactly(Map.entry("S10", MARCH), Map.entry("S11", MAY));
        assertThat(may.withdrawn()).containsExactly("S11");
        assertThat(may.cohort().formerParticipants()).extracting(Participant::id).containsExactlyInAnyOrder("S10", "S11");
        assertThat(may.cohort().formerParticipants()).contains(march.cohort().formerParticipants().get(0));
        assertThat(ModelValidation.problems(may.cohort())).isEmpty();
    }

    @Test
    void aWithdrawalEffectiveOnTheFirstDayOrWithoutADateSimplyDropsTheMember() {
        Cohort before = formed();

        for (LocalDate effective : new LocalDate[] {SlotFormationTests.START, SlotFormationTests.START.minusDays(3), null}) {
            FormationResult result = GroupFormation.reform(without(before, Set.of("S10")), before, effective, SETTINGS);

            assertThat(result.groups()).as("effective %s", effective).allMatch(g -> g.leaveDates().isEmpty());
            assertThat(result.cohort().formerParticipants()).as("effective %s", effective).isEmpty();
            assertThat(result.withdrawn()).containsExactly("S10");
            assertThat(ModelValidation.problems(result.cohort())).isEmpty();
            assertThat(FormationReport.markdown(result)).contains(
                    "Withdrawn: S10 (removed from every session: no session had happened).");
        }
    }

    @Test
    void aLateJoinerWhoWithdrawsKeepsTheirJoinDateBesideTheLeaveDate() {
        Cohort before = formed();
        List<Participant> people = new ArrayList<>(before.participants());
        people.add(SlotFormationTests.person("J1", Role.MENTEE, "Europe/London", weekdays(), "research"));
        Cohort withJoiner = new Cohort(before.program(), people, List.of(), MatchingConstraints.none());
        FormationResult march = GroupFormation.reform(withJoiner, before, MARCH, SETTINGS);
        Group joined = march.groups().stream().filter(g -> g.memberIds().contains("J1")).findFirst().orElseThrow();

        FormationResult may = GroupFormation.reform(before.withGroups(List.of()), march.cohort(), MAY, SETTINGS);

        Group left = byId(may).get(joined.id());
        assertThat(left.joinDates()).containsEntry("J1", MARCH);
        assertThat(left.leaveDates()).containsEntry("J1", MAY);
        assertThat(left.inGroupOn("J1", LocalDate.of(2027, 4, 6))).isTrue();
        assertThat(left.inGroupOn("J1", LocalDate.of(2027, 3, 2))).isFalse();
        assertThat(ModelValidation.problems(may.cohort())).isEmpty();
    }

    @Test
    void aMentorWhoWithdrawsAndIsReplacedKeepsALeaveDateInTheirGroup() {
        Cohort before = formed();
        List<Participant> people = new ArrayList<>(before.participants());
        people.removeIf(p -> p.id().equals("T1"));
        people.add(SlotFormationTests.person("T9", Role.MENTOR, "Europe/London", weekdays(), "research"));
        Cohort changed = new Cohort(before.program(), people, List.of(), MatchingConstraints.none());

        FormationResult result = GroupFormation.reform(changed, before, MARCH, SETTINGS);

        Group g2 = byId(result).get("G2");
        assertThat(g2.mentorIds()).containsExactly("T9");
        assertThat(g2.leaveDates()).containsExactly(Map.entry("T1", MARCH));
        assertThat(g2.joinDates()).containsExactly(Map.entry("T9", MARCH));
        assertThat(result.cohort().formerParticipants()).extracting(Participant::id).containsExactly("T1");
        assertThat(ModelValidation.problems(result.cohort())).isEmpty();
    }

    @Test
    void aMemberWhoMovedEarlierThenWithdrawsIsReportedLeavingTheGroupTheyWereIn() {
        Cohort before = formed();
        // March: S10 moved from G2 to G3 (G2 keeps a leave date for them, G3 a join date).
        List<Group> moved = new ArrayList<>();
        for (Group g : before.groups()) {
            if (g.id().equals("G2")) {
                List<String> mentees = new ArrayList<>(g.menteeIds());
                mentees.remove("S10");
                g = new Group(g.id(), g.name(), g.mentorIds(), mentees, g.slot()).withLeaveDate("S10", MARCH);
            } else if (g.id().equals("G3")) {
                List<String> mentees = new ArrayList<>(g.menteeIds());
                mentees.add("S10");
                g = new Group(g.id(), g.name(), g.mentorIds(), mentees, g.slot()).withJoinDate("S10", MARCH);
            }
            moved.add(g);
        }
        Cohort march = before.withGroups(moved);
        assertThat(ModelValidation.problems(march)).isEmpty();

        FormationResult may = GroupFormation.reform(without(before, Set.of("S10")), march, MAY, SETTINGS);

        assertThat(may.groupLeft("S10")).map(Group::id).contains("G3");
        assertThat(FormationReport.markdown(may))
                .contains("S10 (left G3 on 2027-05-03: still listed in its sessions before that date)")
                .doesNotContain("left G2 on");
    }

    @Test
    void formingAfreshFromAFileWithWithdrawalsDropsTheFormerMembersRecords() {
        Cohort before = formed();
        FormationResult march = GroupFormation.reform(without(before, Set.of("S10")), before, MARCH, SETTINGS);
        assertThat(march.cohort().formerParticipants()).isNotEmpty();

        FormationResult again = GroupFormation.form(march.cohort(), SETTINGS); // as `match groups.json` does

        assertThat(again.cohort().formerParticipants()).isEmpty();
        assertThat(again.groups()).allMatch(g -> g.leaveDates().isEmpty());
        assertThat(ModelValidation.problems(again.cohort())).isEmpty();
    }

    @Test
    void anEffectiveDateBeforeAGroupsLastSlotChangeIsRefusedNamingIt() {
        Cohort before = formed();
        List<Group> changed = new ArrayList<>(before.groups());
        Group g1 = changed.get(0);
        changed.set(0, g1.withSlotChange(new MeetingSlot(DayOfWeek.THURSDAY, LocalTime.of(12, 0), "Europe/London", 60),
                MAY));
        Cohort previous = before.withGroups(changed);
        assertThat(ModelValidation.problems(previous)).isEmpty();

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> GroupFormation.reform(without(before, Set.of("S10")), previous, MARCH, SETTINGS))
                .isInstanceOf(InfeasibleFormationException.class)
                .hasMessageContaining("groups[0].earlierSlots[0].until")
                .hasMessageContaining("slot last changed on 2027-05-03, after the effective date 2027-03-15");
    }

    @Test
    void aSecondForcedSlotChangeFromTheSameDateIsRefusedNotWrittenAsAnInvalidHistory() {
        Cohort before = formed();
        // G1's slot already changed on 15 March (to Monday 14:00); now its mentor is replaced by one who can only meet
        // on Wednesdays, which forces another change from the same date.
        List<Group> changed = new ArrayList<>(before.groups());
        changed.set(0, changed.get(0).withSlotChange(
                new MeetingSlot(DayOfWeek.MONDAY, LocalTime.of(14, 0), "Europe/London", 60), MARCH));
        Cohort previous = before.withGroups(changed);
        List<Participant> people = new ArrayList<>(before.participants());
        people.removeIf(p -> p.id().equals("T0"));
        people.add(SlotFormationTests.person("T9", Role.MENTOR, "Europe/London",
                List.of(new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(21, 0))), "research"));
        Cohort now = new Cohort(before.program(), people, List.of(), MatchingConstraints.none());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GroupFormation.reform(now, previous, MARCH, SETTINGS))
                .isInstanceOf(InfeasibleFormationException.class)
                .hasMessageContaining("its slot already changed on 2027-03-15");
        // From the file made before that change, the same re-forming records one change.
        FormationResult fromBefore = GroupFormation.reform(now, before, MARCH, SETTINGS);
        assertThat(ModelValidation.problems(fromBefore.cohort())).isEmpty();
    }
}
