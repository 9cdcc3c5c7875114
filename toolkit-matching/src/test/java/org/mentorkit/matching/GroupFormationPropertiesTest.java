package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.constraints.IntRange;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.NonIsolationRule;
import org.mentorkit.model.Participant;

/**
 * Random small cohorts: every result keeps every hard rule (checked here, independently of the engine), and every
 * "infeasible" answer is confirmed by exhaustive search for the documented number of groups.
 */
class GroupFormationPropertiesTest {

    private static final String[] ZONES = {"America/New_York", "America/Los_Angeles", "Europe/London", "Asia/Tokyo",
        "Asia/Kolkata", "Australia/Sydney"};
    private static final String[] TOPICS = {"research", "teaching", "leadership", "clinical"};

    @Property(tries = 80)
    @StatisticsReport(format = Histogram.class)
    void resultsKeepEveryHardRuleAndInfeasibleMeansNoGroupingExists(
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int mentees = 3 + r.nextInt(5);
        int mentors = 1 + r.nextInt(4);
        // Minimum 2 keeps at most 3 groups, so that the exhaustive search below stays small (3^7 x 4^3 cases).
        int min = 2 + r.nextInt(2);
        int max = min + r.nextInt(3);
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < mentors; i++) {
            people.add(Cohorts.mentor("M" + i, ZONES[r.nextInt(ZONES.length)], r.nextInt(3) == 0 ? "F" : "M",
                    1 + r.nextInt(2), TOPICS[r.nextInt(TOPICS.length)]));
        }
        for (int i = 0; i < mentees; i++) {
            people.add(Cohorts.mentee("E" + i, ZONES[r.nextInt(ZONES.length)], r.nextInt(3) == 0 ? "F" : "M",
                    TOPICS[r.nextInt(TOPICS.length)]));
        }
        List<NonIsolationRule> rules = List.of(new NonIsolationRule("gender", List.of("F"), r.nextBoolean()));
        Map<String, String> pins = new HashMap<>();
        if (r.nextInt(3) == 0) {
            pins.put("E0", "G1");
        }
        List<List<String>> together = r.nextInt(3) == 0 ? List.of(List.of("E1", "E2")) : List.of();
        List<List<String>> apart = r.nextInt(3) == 0 ? List.of(List.of("E0", "E" + (mentees - 1))) : List.of();
        Cohort cohort = Cohorts.cohort(Cohorts.program(new GroupPolicy(min, max, 1), rules,
                LocalDate.of(2027, 3, 1)), people, new MatchingConstraints(pins, together, apart));
        int groups = documentedGroupCount(cohort);
        Statistics.coverage(c -> {
            c.check("formed").count(n -> n > 0);
            c.check("infeasible, confirmed by exhaustive search").count(n -> n > 0);
        });
        FormationSettings settings = FormationSettings.builder().seed(seed).maxIdleRounds(10)
                .timeLimit(Duration.ofSeconds(5)).randomBaselineDraws(1).build();
        try {
            FormationResult result = GroupFormation.form(cohort, settings);
            Statistics.collect("formed");
            List<String> broken = independentCheck(cohort, result.groups(), true);
            assertThat(broken).as("broken rules of %s", result.groups()).isEmpty();
            assertThat(result.groups()).hasSize(groups);
        } catch (InfeasibleFormationException infeasible) {
            Statistics.collect(groups > 0 ? "infeasible, confirmed by exhaustive search" : "infeasible by counting");
            assertThat(infeasible.problems()).isNotEmpty();
            if (groups > 0) {
                assertThat(Math.pow(groups, mentees) * Math.pow(mentors, groups)).isLessThan(5e6);
                List<Group> witness = exhaustiveSearch(cohort, groups);
                if (witness != null) {
                    fail("reported infeasible (" + infeasible.getMessage() + ") but this grouping keeps every rule: "
                            + witness);
                }
            }
        }
    }

    /** The number of groups docs/matching.md promises; 0 when the policy and mentors allow none. */
    static int documentedGroupCount(Cohort cohort) {
        GroupPolicy p = cohort.program().groupPolicy();
        int n = cohort.mentees().size();
        int fewest = (n + p.maxMentees() - 1) / p.maxMentees();
        int byMentors = 0;
        for (int g = 1; g <= n; g++) {
            int seats = 0;
            for (Participant m : cohort.mentors()) {
                seats += Math.min(Math.max(1, m.capacity()), g);
            }
            if (seats >= g * p.mentorsPerGroup()) {
                byMentors = g;
            }
        }
        int most = Math.min(n / p.minMentees(), byMentors);
        if (fewest > most) {
            return 0;
        }
        int target = (int) Math.round(n / ((p.minMentees() + p.maxMentees()) / 2.0));
        return Math.max(fewest, Math.min(most, target));
    }

    /** Every hard rule, checked from the cohort and the groups alone. */
    static List<String> independentCheck(Cohort cohort, List<Group> groups, boolean even) {
        List<String> broken = new ArrayList<>();
        GroupPolicy policy = cohort.program().groupPolicy();
        Map<String, Integer> groupOf = new HashMap<>();
        Map<String, Integer> leads = new HashMap<>();
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            if (group.mentorIds().size() != policy.mentorsPerGroup()) {
                broken.add(group.id() + " has " + group.mentorIds().size() + " mentors");
            }
            if (group.mentorIds().stream().distinct().count() != group.mentorIds().size()) {
                broken.add(group.id() + " lists a mentor twice");
            }
            int size = group.menteeIds().size();
            smallest = Math.min(smallest, size);
            largest = Math.max(largest, size);
            if (size < policy.minMentees() || size > policy.maxMentees()) {
                broken.add(group.id() + " has " + size + " mentees");
            }
            for (String id : group.menteeIds()) {
                if (groupOf.put(id, g) != null) {
                    broken.add(id + " is in two groups");
                }
                if (cohort.participant(id).map(Participant::isMentor).orElse(true)) {
                    broken.add(id + " is not a mentee of the cohort");
                }
            }
            for (String id : group.mentorIds()) {
                leads.merge(id, 1, Integer::sum);
                groupOf.putIfAbsent(id, g);
            }
            for (NonIsolationRule rule : cohort.program().nonIsolationRules()) {
                long holders = group.memberIds().stream().map(id -> cohort.participant(id).orElseThrow())
                        .filter(p -> !p.isMentor() || rule.countMentors())
                        .filter(p -> p.valuesOf(rule.vocabulary()).stream().anyMatch(rule.values()::contains))
                        .count();
                if (holders == 1) {
                    broken.add(group.id() + " isolates one holder of " + rule.values());
                }
            }
        }
        if (even && largest - smallest > 1) {
            broken.add("group sizes " + smallest + " to " + largest + " are not as even as possible");
        }
        for (Participant m : cohort.mentees()) {
            if (!groupOf.containsKey(m.id())) {
                broken.add(m.id() + " has no group");
            }
        }
        leads.forEach((id, count) -> {
            if (count > Math.max(1, cohort.participant(id).orElseThrow().capacity())) {
                broken.add(id + " leads " + count + " groups");
            }
        });
        var c = cohort.constraints();
        Map<String, Integer> labelGroup = new HashMap<>();
        c.pinned().forEach((id, label) -> {
            Integer g = groupOf.get(id);
            Integer earlier = labelGroup.putIfAbsent(label, g);
            if (earlier != null && !earlier.equals(g)) {
                broken.add("pinned to " + label + " but in different groups");
            }
            if (groups.stream().anyMatch(x -> x.id().equals(label)) && !groups.get(g).id().equals(label)) {
                broken.add(id + " is pinned to " + label + " but in " + groups.get(g).id());
            }
        });
        for (List<String> set : c.together()) {
            if (set.stream().map(groupOf::get).distinct().count() > 1) {
                broken.add(set + " must be together");
            }
        }
        for (List<String> set : c.apart()) {
            if (set.stream().map(groupOf::get).distinct().count() < set.size()) {
                broken.add(set + " must be apart");
            }
        }
        return broken;
    }

    /** A grouping with exactly {@code g} groups keeping every rule, or null: brute force over all assignments. */
    static List<Group> exhaustiveSearch(Cohort cohort, int g) {
        List<Participant> mentors = cohort.mentors();
        List<Participant> mentees = cohort.mentees();
        int[] mentorOf = new int[g];
        return mentorChoice(cohort, mentors, mentees, mentorOf, 0, g);
    }

    private static List<Group> mentorChoice(Cohort cohort, List<Participant> mentors, List<Participant> mentees,
            int[] mentorOf, int k, int g) {
        if (k == g) {
            return menteeChoice(cohort, mentors, mentees, mentorOf, new int[mentees.size()], 0, g);
        }
        for (int m = 0; m < mentors.size(); m++) {
            int used = 0;
            for (int x = 0; x < k; x++) {
                used += mentorOf[x] == m ? 1 : 0;
            }
            if (used < Math.max(1, mentors.get(m).capacity())) {
                mentorOf[k] = m;
                List<Group> found = mentorChoice(cohort, mentors, mentees, mentorOf, k + 1, g);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<Group> menteeChoice(Cohort cohort, List<Participant> mentors, List<Participant> mentees,
            int[] mentorOf, int[] groupOf, int i, int g) {
        if (i == mentees.size()) {
            List<Group> groups = new ArrayList<>();
            for (int k = 0; k < g; k++) {
                List<String> ids = new ArrayList<>();
                for (int x = 0; x < mentees.size(); x++) {
                    if (groupOf[x] == k) {
                        ids.add(mentees.get(x).id());
                    }
                }
                groups.add(new Group("G" + (k + 1), "Group " + (k + 1), List.of(mentors.get(mentorOf[k]).id()), ids,
                        null));
            }
            return independentCheck(cohort, groups, true).isEmpty() ? groups : null;
        }
        int most = (mentees.size() + g - 1) / g; // as even as possible: at most ceil(n / g) per group
        for (int k = 0; k < g; k++) {
            int inK = 0;
            for (int x = 0; x < i; x++) {
                inK += groupOf[x] == k ? 1 : 0;
            }
            if (inK >= most) {
                continue;
            }
            groupOf[i] = k;
            List<Group> found = menteeChoice(cohort, mentors, mentees, mentorOf, groupOf, i + 1, g);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
