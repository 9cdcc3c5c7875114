package org.mentorkit.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.GroupSizes;
import org.mentorkit.model.NonIsolationRule;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.i18n.Language;

/**
 * How a cohort is formed for one number of groups: the {@link ItemLayout} (mentees and mentor seats), the groups'
 * {@link GroupNames}, the {@link Pins}, the together/apart {@link PairRules}, the {@link SizeBounds}, the
 * non-isolation item sets and, when re-forming, each item's previous group. Every rule that can be seen to be
 * impossible before searching is reported, with its reason. Even sizes (unless the program's
 * {@code groupPolicy.sizes} is {@link GroupSizes#WITHIN_POLICY}, when every plan allows any size within the policy) and
 * the preferred number of groups ({@link GroupCounts}) are preferences that yield to the hard rules: see {@link #of}
 * and {@link #next}. Immutable;
 * {@link PlanInstance} turns a plan into a grouping instance.
 */
public final class FormationPlan {

    private final Cohort cohort;
    private final List<Group> previous;
    private final int[] counts; // group counts to try, in order of preference
    private final int position; // this plan's group count is counts[position]
    private final ItemLayout layout;
    private final GroupNames names;
    private final Pins pins;
    private final PairRules pairs;
    private final SizeBounds sizes;
    private final List<int[]> isolationSets;
    private final int[] previousGroup; // item -> previous group index or -1

    private FormationPlan(Cohort cohort, List<Group> previous, int[] counts, int position, boolean anySize,
            List<Problem> problems) {
        this.cohort = cohort;
        this.previous = List.copyOf(previous);
        this.counts = counts;
        this.position = position;
        GroupPolicy policy = cohort.program().groupPolicy();
        int groups = counts[position];
        layout = new ItemLayout(cohort.participants(), groups, policy.mentorsPerGroup());
        names = GroupNames.of(groups, previous, Language.of(cohort.program().language()));
        pins = Pins.of(cohort.constraints().pinned(), layout, names, policy.maxMentees(), problems);
        pairs = PairRules.of(cohort.constraints(), layout, pins, policy.maxMentees(), problems);
        // Wide sizes when re-forming (nobody moves only to even sizes out), when the program asks for any size
        // within its policy, and as the fallback of an even plan that found no grouping keeping every rule.
        boolean wide = anySize || !previous.isEmpty() || policy.sizesRule() == GroupSizes.WITHIN_POLICY;
        sizes = SizeBounds.of(policy, layout, pins, pairs, names, wide, problems);
        isolationSets = IsolationSets.of(cohort.program().nonIsolationRules(), layout, problems);
        previousGroup = previousPlaces(layout, previous);
    }

    /**
     * Plans the formation: the first group count (in {@link GroupCounts}' order) whose checks all pass. When none
     * passes, the preferred count's reasons are added to {@code problems} and the result is empty; it is empty exactly
     * when problems were added.
     */
    public static Optional<FormationPlan> of(Cohort cohort, List<Group> previous, List<Problem> problems) {
        List<Problem> counting = new ArrayList<>();
        int[] counts = GroupCounts.inOrder(cohort, previous, counting);
        if (!counting.isEmpty()) {
            problems.addAll(counting);
            return Optional.empty();
        }
        List<Problem> firstProblems = null;
        for (int position = 0; position < counts.length; position++) {
            List<Problem> found = new ArrayList<>();
            FormationPlan plan = new FormationPlan(cohort, previous, counts, position, false, found);
            if (found.isEmpty()) {
                return Optional.of(plan);
            }
            if (firstProblems == null) {
                firstProblems = found;
            }
        }
        problems.addAll(firstProblems);
        return Optional.empty();
    }

    /**
     * The next plan to try when the search finds no grouping keeping every rule with this one: the same number of
     * groups with sizes anywhere within min..max (when this plan kept them even), then the other group counts in
     * order of preference; empty when there is none left.
     */
    public Optional<FormationPlan> next() {
        if (!sizes.wide()) {
            List<Problem> found = new ArrayList<>();
            FormationPlan plan = new FormationPlan(cohort, previous, counts, position, true, found);
            if (found.isEmpty()) {
                return Optional.of(plan);
            }
        }
        for (int p = position + 1; p < counts.length; p++) {
            List<Problem> found = new ArrayList<>();
            FormationPlan plan = new FormationPlan(cohort, previous, counts, p, false, found);
            if (found.isEmpty()) {
                return Optional.of(plan);
            }
        }
        return Optional.empty();
    }

    /** ceil(a / b) for a >= 0 and b > 0, without the overflow of (a + b - 1) / b near Integer.MAX_VALUE. */
    static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }

    /** Each item's group among the previous groups (-1: none); a mentor's seats go to their previous groups in order. */
    private static int[] previousPlaces(ItemLayout layout, List<Group> previous) {
        int[] out = new int[layout.items()];
        java.util.Arrays.fill(out, -1);
        Map<String, Integer> indexOf = layout.indexOf();
        List<Participant> people = layout.people();
        Map<Integer, List<Integer>> groupsOfMentor = new HashMap<>();
        for (int k = 0; k < previous.size() && k < layout.groups(); k++) {
            for (String id : previous.get(k).menteeIds()) {
                Integer p = indexOf.get(id);
                if (p != null && !people.get(p).isMentor()) {
                    out[layout.firstItemOf(p)] = k;
                }
            }
            for (String id : previous.get(k).mentorIds()) {
                Integer p = indexOf.get(id);
                if (p != null && people.get(p).isMentor()) {
                    groupsOfMentor.computeIfAbsent(p, x -> new ArrayList<>()).add(k);
                }
            }
        }
        groupsOfMentor.forEach((p, ks) -> {
            List<Integer> seats = layout.itemsOf(p);
            for (int x = 0; x < seats.size() && x < ks.size(); x++) {
                out[seats.get(x)] = ks.get(x);
            }
        });
        return out;
    }

    // ---------------------------------------------------------------- what the plan says

    public Cohort cohort() {
        return cohort;
    }

    /** The participants, in cohort order (indices are "persons"). */
    public List<Participant> people() {
        return layout.people();
    }

    /** Person index by participant id. */
    public Map<String, Integer> indexOf() {
        return layout.indexOf();
    }

    /** The groups formed before (re-forming), else empty. */
    public List<Group> previous() {
        return previous;
    }

    public ItemLayout layout() {
        return layout;
    }

    /** The number of items (mentees, then mentor seats). */
    public int items() {
        return layout.items();
    }

    /** The person of item {@code i}. */
    public int person(int i) {
        return layout.person(i);
    }

    /** Whether sizes may be anything within the policy (WITHIN_POLICY, re-forming, the fallback), not even ones. */
    public boolean wideSizes() {
        return sizes.wide();
    }

    /** The number of mentees: items 0..mentees-1. */
    public int mentees() {
        return layout.mentees();
    }

    public boolean isSeat(int item) {
        return layout.isSeat(item);
    }

    /** The number of real groups; the bench, when there is one, is group index {@code groups()}. */
    public int groups() {
        return layout.groups();
    }

    /** Whether spare mentor seats wait on a bench group. */
    public boolean bench() {
        return layout.bench();
    }

    public int mentorsPerGroup() {
        return layout.mentorsPerGroup();
    }

    /** The fewest mentees of real group {@code g}. */
    public int lower(int g) {
        return sizes.lower(g);
    }

    /** The most mentees of real group {@code g}. */
    public int upper(int g) {
        return sizes.upper(g);
    }

    public String groupId(int g) {
        return names.id(g);
    }

    public String groupName(int g) {
        return names.name(g);
    }

    /** The group item {@code i} is pinned to, or -1. */
    public int fixedGroup(int i) {
        return pins.groupOf(i);
    }

    /** Group index of each pin label, for re-checking pins. */
    public Map<String, Integer> pinLabels() {
        return pins.labels();
    }

    /** Item pairs that must be apart: a mentor's own seats, then the coordinator's apart sets (copies). */
    public List<int[]> apart() {
        List<int[]> out = new ArrayList<>(layout.seatPairs());
        out.addAll(pairs.apart());
        return out;
    }

    /** Item pairs that must be together (copies). */
    public List<int[]> together() {
        return pairs.together();
    }

    /** One item set per non-isolation rule, in rule order (copies). */
    public List<int[]> isolationSets() {
        return isolationSets.stream().map(int[]::clone).toList();
    }

    /** The non-isolation rules in force. */
    public List<NonIsolationRule> rules() {
        return cohort.program().nonIsolationRules();
    }

    /** Item {@code i}'s previous group index, or -1. */
    public int previousGroup(int i) {
        return previousGroup[i];
    }
}
