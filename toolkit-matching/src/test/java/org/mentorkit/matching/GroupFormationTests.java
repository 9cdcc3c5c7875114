package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.NonIsolationRule;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.internal.text.MarkdownText;

class GroupFormationTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 11);
    private static final FormationSettings QUICK = FormationSettings.builder().seed(3).maxIdleRounds(20)
            .timeLimit(Duration.ofSeconds(5)).randomBaselineDraws(3).build();

    private static Cohort cohort(int mentees, int mentors, GroupPolicy policy) {
        String[] zones = {"America/New_York", "Europe/Berlin", "Asia/Tokyo", "America/Chicago", "Europe/Paris"};
        String[] topics = {"research", "teaching", "leadership"};
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < mentors; i++) {
            people.add(Cohorts.mentor("T" + i, zones[i % zones.length], i % 2 == 0 ? "F" : "M", 1, topics[i % 3]));
        }
        for (int i = 0; i < mentees; i++) {
            people.add(Cohorts.mentee("S" + i, zones[(i * 7) % zones.length], i % 3 == 0 ? "F" : "M",
                    topics[(i * 5) % 3]));
        }
        return Cohorts.cohort(Cohorts.program(policy, List.of(), START), people, MatchingConstraints.none());
    }

    @Test
    void reportsTooFewMentorsWithTheNumbers() {
        Cohort c = cohort(20, 4, new GroupPolicy(3, 4, 1));
        assertThatThrownBy(() -> GroupFormation.form(c, QUICK))
                .isInstanceOf(InfeasibleFormationException.class)
                .extracting(e -> ((InfeasibleFormationException) e).problems().get(0).message())
                .isEqualTo("20 mentees need at least 5 groups of at most 4 mentees, but only 4 mentors with a total"
                        + " capacity of 4 groups can lead at most 4 groups");
    }

    @Test
    void reportsEveryImpossibleConstraintAtOnce() {
        Cohort base = cohort(8, 2, new GroupPolicy(4, 4, 1));
        Cohort c = new Cohort(base.program(), base.participants(), List.of(), new MatchingConstraints(
                Map.of("nobody", "G1"), List.of(List.of("S0", "S1", "S2", "S3", "S4")), List.of(List.of("S5", "S6"),
                List.of("S0", "S1"))));
        assertThatThrownBy(() -> GroupFormation.form(c, QUICK))
                .isInstanceOf(InfeasibleFormationException.class)
                .extracting(e -> ((InfeasibleFormationException) e).problems().stream().map(Problem::toString).toList())
                .asList()
                .containsExactlyInAnyOrder(
                        "cohort: constraints.pinned.nobody: no participant has id 'nobody'",
                        "cohort: constraints.together[0]: 5 mentees must be together, but a group holds at most 4",
                        "cohort: constraints.apart[1]: S0 and S1 must be apart but also together");
    }

    @Test
    void formsUnevenGroupsWhenATogetherSetNeedsALargerGroup() {
        // Pilot policy 3 to 5: 20 mentees make 5 groups of 4, but five who must be together need a group of 5.
        Cohort base = cohort(20, 5, new GroupPolicy(3, 5, 1));
        List<String> five = List.of("S0", "S1", "S2", "S3", "S4");
        Cohort c = new Cohort(base.program(), base.participants(), List.of(),
                new MatchingConstraints(Map.of(), List.of(five), List.of()));
        FormationResult result = GroupFormation.form(c, QUICK);
        assertThat(GroupFormationPropertiesTests.independentCheck(c, result.groups(), false)).isEmpty();
        assertThat(result.groups()).hasSize(5);
        assertThat(result.groups()).anySatisfy(g -> assertThat(g.menteeIds()).containsAll(five));
        // As even as the rule allows: 5, 4, 4, 4, 3.
        assertThat(result.groups().stream().map(g -> g.menteeIds().size()).sorted().toList())
                .containsExactly(3, 4, 4, 4, 5);
    }

    @Test
    void formsMoreGroupsWhenPinsNameMoreGroupsThanThePreferredCount() {
        // 20 mentees, 3 to 5 per group: 5 groups preferred; one mentor of capacity 2 makes 6 possible, and six
        // different pin labels need 6.
        Cohort base = cohort(20, 5, new GroupPolicy(3, 5, 1));
        List<Participant> people = new ArrayList<>(base.participants());
        people.set(0, Cohorts.mentor("T0", "America/New_York", "F", 2, "research"));
        Map<String, String> pins = Map.of("S0", "A", "S1", "B", "S2", "C", "S3", "D", "S4", "E", "S5", "F");
        Cohort c = new Cohort(base.program(), people, List.of(), new MatchingConstraints(pins, List.of(), List.of()));
        FormationResult result = GroupFormation.form(c, QUICK);
        assertThat(GroupFormationPropertiesTests.independentCheck(c, result.groups(), true)).isEmpty();
        assertThat(result.groups()).hasSize(6);
        Map<String, String> groupOf = groupOf(result.groups());
        assertThat(pins.keySet().stream().map(groupOf::get).distinct()).hasSize(6);
    }

    @Test
    void keepsSizesEvenWhenNoRuleNeedsOtherwise() {
        Cohort base = cohort(22, 6, new GroupPolicy(3, 5, 1));
        Cohort c = new Cohort(base.program(), base.participants(), List.of(),
                new MatchingConstraints(Map.of("S0", "X"), List.of(List.of("S1", "S2", "S3")), List.of()));
        FormationResult result = GroupFormation.form(c, QUICK);
        assertThat(result.groups()).hasSize(6); // round(22 / 4)
        assertThat(GroupFormationPropertiesTests.independentCheck(c, result.groups(), true)).isEmpty();
    }

    @Test
    void reportsALoneHolderOfAnUnderRepresentedValue() {
        List<Participant> people = List.of(Cohorts.mentor("T0", "UTC", "M", 1), Cohorts.mentor("T1", "UTC", "M", 1),
                Cohorts.mentee("S0", "UTC", "F"), Cohorts.mentee("S1", "UTC", "M"), Cohorts.mentee("S2", "UTC", "M"),
                Cohorts.mentee("S3", "UTC", "M"));
        Cohort c = Cohorts.cohort(Cohorts.program(new GroupPolicy(2, 2, 1),
                List.of(new NonIsolationRule("gender", List.of("F"), true)), START), people, MatchingConstraints.none());
        assertThatThrownBy(() -> GroupFormation.form(c, QUICK))
                .isInstanceOf(InfeasibleFormationException.class)
                .hasMessageContaining("only one mentee holds gender [F] and no mentor does");
    }

    @Test
    void sameSeedSameGroups() {
        Cohort c = cohort(24, 6, new GroupPolicy(3, 5, 1));
        // Determinism holds when the search converges; a generous limit keeps a loaded machine from stopping it first.
        FormationSettings converging = FormationSettings.builder().seed(3).maxIdleRounds(20)
                .timeLimit(Duration.ofSeconds(120)).randomBaselineDraws(3).build();
        FormationResult a = GroupFormation.form(c, converging);
        FormationResult b = GroupFormation.form(c, converging);
        assertThat(a.converged()).isTrue();
        assertThat(b.groups()).isEqualTo(a.groups());
        assertThat(a.figures().weeklyCommonHours()).isGreaterThan(a.randomFigures().weeklyCommonHours());
    }

    @Test
    void reformingKeepsEveryoneInPlaceWhenRulesStillHold() {
        Cohort c = cohort(20, 5, new GroupPolicy(3, 5, 1));
        FormationResult first = GroupFormation.form(c, QUICK);
        // One mentee withdraws, one joins late.
        String leaving = first.groups().get(0).menteeIds().get(0);
        List<Participant> now = new ArrayList<>(c.participants());
        now.removeIf(p -> p.id().equals(leaving));
        now.add(Cohorts.mentee("LATE", "Europe/Berlin", "M", "research"));
        Cohort changed = new Cohort(c.program(), now, List.of(), c.constraints());
        FormationResult second = GroupFormation.reform(changed, first.groups(), QUICK);
        assertThat(second.withdrawn()).containsExactly(leaving);
        assertThat(second.moves()).extracting(Move::participantId).containsExactly("LATE");
        Map<String, String> before = groupOf(first.groups());
        Map<String, String> after = groupOf(second.groups());
        before.forEach((id, group) -> {
            if (!id.equals(leaving)) {
                assertThat(after.get(id)).as(id).isEqualTo(group);
            }
        });
        assertThat(GroupFormationPropertiesTests.independentCheck(changed, second.groups(), false)).isEmpty();
    }

    @Test
    void reformingMovesOnlyWhatARuleForcesAndSaysWhy() {
        List<Participant> people = new ArrayList<>(List.of(Cohorts.mentor("T0", "UTC", "M", 1),
                Cohorts.mentor("T1", "UTC", "M", 1)));
        for (int i = 0; i < 8; i++) {
            people.add(Cohorts.mentee("S" + i, "UTC", i < 4 ? "F" : "M", "research"));
        }
        Cohort c = Cohorts.cohort(Cohorts.program(new GroupPolicy(3, 5, 1),
                List.of(new NonIsolationRule("gender", List.of("F"), false)), START), people,
                MatchingConstraints.none());
        List<Group> previous = List.of(
                new Group("A", "Group A", List.of("T0"), List.of("S0", "S1", "S4", "S5"), null),
                new Group("B", "Group B", List.of("T1"), List.of("S2", "S3", "S6", "S7"), null));
        // S1 withdraws: S0 would be the only woman left in A.
        List<Participant> now = new ArrayList<>(people);
        now.removeIf(p -> p.id().equals("S1"));
        Cohort changed = new Cohort(c.program(), now, List.of(), c.constraints());
        FormationResult result = GroupFormation.reform(changed, previous, QUICK);
        assertThat(GroupFormationPropertiesTests.independentCheck(changed, result.groups(), false)).isEmpty();
        // Fewest moves that keep the rules: two (S0 leaves A, which then needs a third mentee; or two women of B
        // join S0). Nobody else moves.
        assertThat(result.moves()).hasSize(2);
        assertThat(result.moves()).anySatisfy(m -> assertThat(m.reason()).contains("non-isolation"));
    }

    @Test
    void daylightSavingChangesShowInTheFewestWeeklyHours() {
        // New York and London change clocks on different dates in March: for two weeks the overlap is one hour
        // longer than usual.
        List<Participant> people = List.of(Cohorts.mentor("T0", "America/New_York", "M", 1),
                Cohorts.mentee("S0", "Europe/London", "M"), Cohorts.mentee("S1", "Europe/London", "M"));
        Cohort c = Cohorts.cohort(Cohorts.program(new GroupPolicy(2, 2, 1), List.of(), LocalDate.of(2027, 1, 4)),
                people, MatchingConstraints.none());
        GroupExplanation e = GroupFormation.form(c, QUICK).explanations().get(0);
        // Usual: London 13:00-18:00 = New York 08:00-13:00, 5 h a day, 25 h a week.
        assertThat(e.fewestWeeklyHours()).isEqualTo(25.0);
        assertThat(e.weeklyCommonHours()).isGreaterThan(25.0);
        assertThat(e.commonWindows()).hasSize(5);
        assertThat(e.commonWindows().get(0).localTimes()).extracting(CommonWindow.MemberTime::localStart)
                .containsExactly("Mon 08:00", "Mon 13:00", "Mon 13:00");
        assertThat(e.largestTimeDifference()).isEqualTo(5.0);
    }

    @Test
    void markdownEscapesParticipantTextWithTheModelsSharedEscaper() {
        List<Participant> people = List.of(Cohorts.mentor("T0", "UTC", "M", 1),
                new Participant("S0", "Ann | <b>Bold</b>", "", org.mentorkit.model.Role.MENTEE, "UTC", List.of(),
                        List.of("x*y"), "", "", "", "", Map.of(), 0, "", Map.of()),
                Cohorts.mentee("S1", "UTC", "M"));
        Cohort c = Cohorts.cohort(Cohorts.program(new GroupPolicy(2, 2, 1), List.of(), START), people,
                MatchingConstraints.none());
        String md = FormationReport.markdown(GroupFormation.form(c, QUICK));
        assertThat(md).contains(MarkdownText.escape("Ann | <b>Bold</b>")).contains(MarkdownText.escape("x*y"))
                .contains("Ann \\| \\<b\\>Bold\\</b\\>").doesNotContain("<b>");
        // The escaper is the model's, not a second one of this module's API.
        assertThat(java.util.Arrays.stream(FormationReport.class.getMethods()).map(java.lang.reflect.Method::getName))
                .doesNotContain("escape");
    }

    private static Map<String, String> groupOf(List<Group> groups) {
        Map<String, String> out = new HashMap<>();
        for (Group g : groups) {
            for (String id : g.memberIds()) {
                out.put(id, g.id());
            }
        }
        return out;
    }
}
