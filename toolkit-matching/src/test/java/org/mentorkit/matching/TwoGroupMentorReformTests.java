package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

/**
 * Review finding D15: a mentor of capacity 2 who leads G1 and G2 before and after re-forming neither moved nor joined
 * G2. Before the fix the move report said "MEN: G1 -> G2" and G2 recorded a join date for the mentor, so that
 * {@code schedule} dropped them from G2's past sessions. The shape of the review's probe: one mentor, two groups of four
 * mentees, one mentee of G2 withdraws and a late joiner arrives in month 3.
 */
class TwoGroupMentorReformTests {

    private static final LocalDate EFFECTIVE = LocalDate.of(2027, 4, 1);
    private static final FormationSettings SETTINGS = FormationSettings.builder().seed(1).maxIdleRounds(30)
            .timeLimit(Duration.ofSeconds(30)).randomBaselineDraws(1).build();
    private static final List<WeeklyWindow> TUESDAY = List.of(
            new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(15, 0)));

    private static Participant person(String id, Role role, int capacity) {
        return new Participant(id, id, "", role, "Europe/London", TUESDAY, List.of("research"), "", "", "", "",
                Map.of(), capacity, "", Map.of());
    }

    /** MEN (capacity 2) leads G1 (Tue 12:00) and G2 (Tue 13:30), four mentees each, slots saved. */
    static Cohort formed() {
        List<Participant> people = new ArrayList<>();
        people.add(person("MEN", Role.MENTOR, 2));
        for (int k = 0; k < 8; k++) {
            people.add(person("E" + k, Role.MENTEE, 0));
        }
        List<Group> groups = List.of(
                new Group("G1", "Group 1", List.of("MEN"), List.of("E4", "E5", "E6", "E7"),
                        new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(12, 0), "Europe/London", 60)),
                new Group("G2", "Group 2", List.of("MEN"), List.of("E0", "E1", "E2", "E3"),
                        new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(13, 30), "Europe/London", 60)));
        return new Cohort(SlotFormationTests.program(3, 4), people, groups, MatchingConstraints.none());
    }

    /** E0 (of G2) withdrew and LATE joined. */
    static Cohort changed(Cohort before) {
        List<Participant> people = new ArrayList<>(before.participants());
        people.removeIf(p -> p.id().equals("E0"));
        people.add(person("LATE", Role.MENTEE, 0));
        return new Cohort(before.program(), people, List.of(), MatchingConstraints.none());
    }

    @Test
    void aMentorWhoLeadsTheSameTwoGroupsBeforeAndAfterIsNeitherMovedNorJoined() {
        Cohort before = formed();

        FormationResult result = GroupFormation.reform(changed(before), before, EFFECTIVE, SETTINGS);

        assertThat(result.groups()).allSatisfy(g -> assertThat(g.mentorIds()).containsExactly("MEN"));
        assertThat(result.moves()).extracting(Move::participantId).doesNotContain("MEN");
        assertThat(result.moves()).containsExactly(new Move("LATE", "", "G2", "joined after the groups were formed"));
        for (Group g : result.cohort().groups()) {
            assertThat(g.joinDates()).as(g.id()).doesNotContainKey("MEN");
            assertThat(g.leaveDates()).as(g.id()).doesNotContainKey("MEN");
        }
        Group g2 = result.cohort().groups().stream().filter(g -> g.id().equals("G2")).findFirst().orElseThrow();
        assertThat(g2.joinDates()).containsExactly(Map.entry("LATE", EFFECTIVE));
        assertThat(g2.leaveDates()).containsExactly(Map.entry("E0", EFFECTIVE));
        String report = FormationReport.markdown(result);
        int changes = report.indexOf("## Changes since the previous groups");
        assertThat(changes).isNotNegative();
        String section = report.substring(changes, report.indexOf("\n## ", changes + 1));
        assertThat(section).contains("| LATE | (new) | G2 |").doesNotContain("MEN");
    }

    @Test
    void aMentorWhoTakesOnASecondGroupJoinsItOnTheEffectiveDateAndKeepsTheFirst() {
        // Before: MEN (capacity 2) leads G1 only, OTHER leads G2. OTHER withdraws: MEN must lead G2 too.
        Cohort base = formed();
        List<Participant> people = new ArrayList<>(base.participants());
        people.add(person("OTHER", Role.MENTOR, 1));
        Group g2 = base.groups().get(1);
        Cohort before = new Cohort(base.program(), people, List.of(base.groups().get(0),
                new Group(g2.id(), g2.name(), List.of("OTHER"), g2.menteeIds(), g2.slot())), MatchingConstraints.none());
        Cohort changed = new Cohort(base.program(), base.participants(), List.of(), MatchingConstraints.none());

        FormationResult result = GroupFormation.reform(changed, before, EFFECTIVE, SETTINGS);

        assertThat(result.groups()).allSatisfy(g -> assertThat(g.mentorIds()).containsExactly("MEN"));
        assertThat(result.moves()).containsExactly(
                new Move("MEN", "", "G2", "takes on one more group, in addition to G1"));
        Map<String, Group> after = new java.util.HashMap<>();
        result.cohort().groups().forEach(g -> after.put(g.id(), g));
        assertThat(after.get("G1").joinDates()).isEmpty();
        assertThat(after.get("G2").joinDates()).containsExactly(Map.entry("MEN", EFFECTIVE));
        assertThat(after.get("G2").leaveDates()).containsExactly(Map.entry("OTHER", EFFECTIVE));
    }
}
