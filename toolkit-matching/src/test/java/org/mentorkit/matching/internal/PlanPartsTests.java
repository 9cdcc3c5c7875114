package org.mentorkit.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.ApplicantColumns;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.CriterionWeights;
import org.mentorkit.model.DeliveryMode;
import org.mentorkit.model.Group;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MatchingSettings;
import org.mentorkit.model.NonIsolationRule;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.Vocabulary;
import org.mentorkit.model.WorkingWeek;
import org.mentorkit.model.i18n.Language;

/** The parts of a formation plan, each on its own: layout, names, pins, pair rules, sizes, counts, isolation sets. */
class PlanPartsTests {

    private static Program program(int min, int max, int mentorsPerGroup, List<NonIsolationRule> rules) {
        return new Program("plan", "Plan", "Society", "", LocalDate.of(2027, 1, 11), 6,
                new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, 2, DayOfWeek.TUESDAY, 60, List.of(), null),
                DeliveryMode.VIRTUAL, new GroupPolicy(min, max, mentorsPerGroup), new MatchingSettings(
                CriterionWeights.defaults(), rules, WorkingWeek.windows()), List.of(new Vocabulary("gender", "Gender",
                List.of("F", "M"), List.of("F"), false)), ApplicantColumns.defaults(), "");
    }

    private static Participant person(String id, Role role, int capacity, String gender) {
        return Participant.builder(id, id, role, "UTC").capacity(capacity).attribute("gender", List.of(gender))
                .build();
    }

    /** Mentees E0..E{mentees-1} and mentors M0.. with the given capacities; genders M unless listed as F. */
    private static List<Participant> people(int mentees, int[] capacities, String... women) {
        List<String> f = List.of(women);
        List<Participant> out = new ArrayList<>();
        for (int k = 0; k < capacities.length; k++) {
            out.add(person("M" + k, Role.MENTOR, capacities[k], f.contains("M" + k) ? "F" : "M"));
        }
        for (int k = 0; k < mentees; k++) {
            out.add(person("E" + k, Role.MENTEE, 0, f.contains("E" + k) ? "F" : "M"));
        }
        return out;
    }

    @Test
    void layoutPutsMenteesFirstThenOneSeatPerGroupAMentorCanLead() {
        ItemLayout layout = new ItemLayout(people(5, new int[] {3, 1}), 2, 1);
        assertThat(layout.mentees()).isEqualTo(5);
        assertThat(layout.items()).isEqualTo(5 + 2 + 1); // capacity 3 with 2 groups: 2 seats
        assertThat(layout.person(0)).isEqualTo(2); // E0 comes after the two mentors in cohort order
        assertThat(layout.itemsOf(0)).containsExactly(5, 6);
        assertThat(layout.isSeat(4)).isFalse();
        assertThat(layout.isSeat(5)).isTrue();
        assertThat(layout.isExtraSeat(6)).isTrue();
        assertThat(layout.isExtraSeat(5)).isFalse();
        assertThat(layout.bench()).isTrue(); // 3 seats for 2 groups
        assertThat(layout.seatPairs()).hasSize(1);
        assertThat(layout.seatPairs().get(0)).containsExactly(5, 6);
        assertThat(layout.indexOf()).containsEntry("E4", 6);
    }

    @Test
    void namesKeepThePreviousGroupsAndSkipTheirIds() {
        List<Group> previous = List.of(new Group("G2", "Blue", List.of(), List.of(), null));
        GroupNames names = GroupNames.of(3, previous, Language.ENGLISH);
        assertThat(names.ids()).containsExactly("G2", "G1", "G3");
        assertThat(names.names()).containsExactly("Blue", "Group 1", "Group 3");
    }

    @Test
    void newGroupsAreNamedInEveryBuiltInLanguageAndPreviousNamesAreKept() {
        List<Group> previous = List.of(new Group("G2", "Group 2", List.of(), List.of(), null));
        Map<String, List<String>> expected = Map.of(
                "en", List.of("Group 2", "Group 1", "Group 3"),
                "fr", List.of("Group 2", "Groupe 1", "Groupe 3"),
                "de", List.of("Group 2", "Gruppe 1", "Gruppe 3"),
                "es", List.of("Group 2", "Grupo 1", "Grupo 3"),
                "pt-BR", List.of("Group 2", "Grupo 1", "Grupo 3"),
                "ja", List.of("Group 2", "グループ1", "グループ3"));
        expected.forEach((tag, names) -> assertThat(GroupNames.of(3, previous, Language.of(tag)).names()).as(tag)
                .containsExactlyElementsOf(names));
        // The number is text, not a number formatted for the locale ("Groupe 1 000").
        assertThat(GroupNames.of(1000, List.of(), Language.of("fr")).name(999)).isEqualTo("Groupe 1000");
    }

    @Test
    void pinsMapLabelsToGroupsAndReportOverfullGroups() {
        ItemLayout layout = new ItemLayout(people(6, new int[] {1, 1}), 2, 1);
        GroupNames names = GroupNames.of(2, List.of(), Language.ENGLISH);
        List<Problem> problems = new ArrayList<>();
        Pins pins = Pins.of(Map.of("E0", "G2", "E1", "team", "E2", "team", "E3", "team", "M0", "team", "X", "G2"),
                layout, names, 2, problems);
        assertThat(pins.labels()).containsEntry("G2", 1).containsEntry("team", 0);
        assertThat(pins.groupOf(layout.firstItemOf(layout.indexOf().get("E0")))).isEqualTo(1);
        assertThat(pins.groupOf(layout.firstItemOf(layout.indexOf().get("M0")))).isEqualTo(0);
        assertThat(pins.groupOf(layout.firstItemOf(layout.indexOf().get("E5")))).isEqualTo(-1);
        assertThat(pins.reportedOversize()).isTrue();
        assertThat(problems).extracting(Problem::message).containsExactly("no participant has id 'X'",
                "3 mentees are pinned to group G1, but a group holds at most 2");
    }

    @Test
    void pairRulesLinkComponentsAndReportContradictions() {
        ItemLayout layout = new ItemLayout(people(6, new int[] {1, 1}), 2, 1);
        Pins pins = Pins.of(Map.of(), layout, GroupNames.of(2, List.of(), Language.ENGLISH), 3, new ArrayList<>());
        List<Problem> problems = new ArrayList<>();
        PairRules rules = PairRules.of(new MatchingConstraints(Map.of(), List.of(List.of("E0", "E1"),
                List.of("E1", "E2")), List.of(List.of("E0", "E2"), List.of("E3", "E4", "E5"))), layout, pins, 3,
                problems);
        int e0 = layout.indexOf().get("E0");
        assertThat(rules.component(e0)).isEqualTo(rules.component(layout.indexOf().get("E2")));
        assertThat(rules.component(layout.indexOf().get("E3"))).isNotEqualTo(rules.component(e0));
        assertThat(rules.together()).hasSize(2);
        assertThat(rules.apart()).hasSize(3); // E3, E4, E5 pairwise, although they cannot all be apart
        assertThat(problems).extracting(Problem::message).containsExactly("E0 and E2 must be apart but also together",
                "3 participants must be in different groups, but only 2 groups are formed");
    }

    @Test
    void sizesStayEvenUnlessATogetherSetNeedsALargerGroup() {
        GroupPolicy policy = new GroupPolicy(3, 5, 1);
        ItemLayout layout = new ItemLayout(people(20, new int[] {1, 1, 1, 1, 1}), 5, 1);
        GroupNames names = GroupNames.of(5, List.of(), Language.ENGLISH);
        Pins pins = Pins.of(Map.of(), layout, names, 5, new ArrayList<>());
        PairRules none = PairRules.of(MatchingConstraints.none(), layout, pins, 5, new ArrayList<>());
        SizeBounds even = SizeBounds.of(policy, layout, pins, none, names, false, new ArrayList<>());
        for (int g = 0; g < 5; g++) {
            assertThat(even.lower(g)).isEqualTo(4);
            assertThat(even.upper(g)).isEqualTo(4);
        }
        assertThat(even.wide()).isFalse();
        PairRules five = PairRules.of(new MatchingConstraints(Map.of(), List.of(List.of("E0", "E1", "E2", "E3",
                "E4")), List.of()), layout, pins, 5, new ArrayList<>());
        SizeBounds uneven = SizeBounds.of(policy, layout, pins, five, names, false, new ArrayList<>());
        // The pilot's example: 20 mentees, five together: 5, then 15 shared by four groups as 3..4.
        assertThat(uneven.lower(0)).isEqualTo(5);
        assertThat(uneven.upper(0)).isEqualTo(5);
        assertThat(uneven.lower(1)).isEqualTo(3);
        assertThat(uneven.upper(1)).isEqualTo(4);
        SizeBounds wide = SizeBounds.of(policy, layout, pins, none, names, true, new ArrayList<>());
        assertThat(wide.wide()).isTrue();
        assertThat(wide.lower(2)).isEqualTo(3);
        assertThat(wide.upper(2)).isEqualTo(5);
    }

    @Test
    void groupCountsStartWithThePreferredAndReportImpossiblePolicies() {
        Cohort cohort = new Cohort(program(3, 5, 1, List.of()), people(20, new int[] {1, 1, 1, 1, 1, 1, 1}),
                List.of(), MatchingConstraints.none());
        // round(20 / 4) = 5 preferred; feasible 4 (ceil(20/5)) to 6 (floor(20/3), 7 mentors).
        assertThat(GroupCounts.inOrder(cohort, List.of(), new ArrayList<>())).containsExactly(5, 4, 6);
        Cohort few = new Cohort(program(3, 5, 1, List.of()), people(20, new int[] {1, 1}), List.of(),
                MatchingConstraints.none());
        List<Problem> problems = new ArrayList<>();
        assertThat(GroupCounts.inOrder(few, List.of(), problems)).isEmpty();
        assertThat(problems).extracting(Problem::message).containsExactly("20 mentees need at least 4 groups of at"
                + " most 5 mentees, but only 2 mentors with a total capacity of 2 groups can lead at most 2 groups");
        assertThat(GroupCounts.maxGroupsByMentors(few.participants().subList(0, 2), 20, 1)).isEqualTo(2);
    }

    @Test
    void isolationSetsHoldTheHoldersAndReportALoneHolder() {
        NonIsolationRule women = new NonIsolationRule("gender", List.of("F"), true);
        ItemLayout layout = new ItemLayout(people(4, new int[] {1}, "E1", "E3", "M0"), 1, 1);
        List<Problem> problems = new ArrayList<>();
        List<int[]> sets = IsolationSets.of(List.of(women), layout, problems);
        assertThat(sets.get(0)).containsExactly(1, 3, 4);
        assertThat(problems).isEmpty();
        ItemLayout alone = new ItemLayout(people(4, new int[] {1}, "E1"), 1, 1);
        IsolationSets.of(List.of(women), alone, problems);
        assertThat(problems).extracting(Problem::message).containsExactly(
                "only one mentee holds gender [F] and no mentor does, so that mentee would be the only one in any group");
    }

    @Test
    void aPlanTriesWideSizesThenOtherCountsAndBuildsItsInstance() {
        Cohort cohort = new Cohort(program(3, 5, 1, List.of()), people(20, new int[] {1, 1, 1, 1, 1, 1}),
                List.of(), MatchingConstraints.none());
        List<Problem> problems = new ArrayList<>();
        FormationPlan plan = FormationPlan.of(cohort, List.of(), problems).orElseThrow();
        assertThat(problems).isEmpty();
        assertThat(plan.groups()).isEqualTo(5);
        assertThat(plan.lower(0)).isEqualTo(4);
        FormationPlan wide = plan.next().orElseThrow();
        assertThat(wide.groups()).isEqualTo(5);
        assertThat(wide.lower(0)).isEqualTo(3);
        assertThat(wide.upper(0)).isEqualTo(5);
        FormationPlan four = wide.next().orElseThrow();
        assertThat(four.groups()).isEqualTo(4);
        assertThat(four.next().orElseThrow().groups()).isEqualTo(4); // four groups, wide sizes
        var instance = PlanInstance.of(plan, new Criteria(plan.people(), new Availability(
                new AvailabilityProfiles(plan.people(), cohort.program()), cohort.program().startDate(),
                cohort.program().startDate().plusMonths(6)),
                CriterionWeights.defaults(), plan.rules()), false);
        assertThat(instance.items()).isEqualTo(26);
        assertThat(instance.groups()).isEqualTo(6); // five groups and the bench of the sixth mentor's seat
        assertThat(instance.scored(5)).isFalse();
        assertThat(instance.upper(0, 1)).isEqualTo(1);
    }
}
