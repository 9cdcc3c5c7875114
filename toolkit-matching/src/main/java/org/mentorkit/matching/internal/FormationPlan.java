package org.mentorkit.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mentorkit.matching.core.GroupingInstance;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.NonIsolationRule;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;

/**
 * Turns a cohort into a grouping instance: how many groups, which mentors lead them (a mentor of capacity c has up to
 * c "seats"; spare seats wait on an unscored bench), the size bounds of each group, and the coordinator's rules as item
 * rules. Every rule that can be seen to be impossible before searching is reported here, with its reason. Even sizes
 * and the preferred number of groups are preferences that yield to the hard rules: see {@link #of} and {@link #next}.
 */
public final class FormationPlan {

    public final Cohort cohort;
    public final List<Participant> people;
    public final Map<String, Integer> indexOf = new HashMap<>();
    public final int[] itemPerson; // item -> participant index
    public final int mentees; // items 0..mentees-1 are mentees, the rest are mentor seats
    public final int groups; // real groups; the bench (if any) is group index `groups`
    public final boolean bench;
    public final int[] lower; // per real group: fewest mentees
    public final int[] upper; // per real group: most mentees
    public final int mentorsPerGroup;
    public final String[] groupIds;
    public final String[] groupNames;
    public final int[] fixed;
    public final List<int[]> apart = new ArrayList<>();
    public final List<int[]> together = new ArrayList<>();
    public final List<int[]> isolationSets = new ArrayList<>();
    public final List<NonIsolationRule> rules;
    public final int[] previousGroup; // item -> previous group index or -1
    public final List<Group> previous;
    private final java.util.BitSet extraSeat; // a mentor's second and later seats

    private final int[] counts; // group counts to try, in order of preference
    private final int position; // this plan's group count is counts[position]

    private FormationPlan(Cohort cohort, List<Group> previous, int[] counts, int position, boolean anySize,
            List<Problem> problems) {
        this.cohort = cohort;
        this.counts = counts;
        this.position = position;
        int g = counts[position];
        this.previous = List.copyOf(previous);
        people = cohort.participants();
        for (int p = 0; p < people.size(); p++) {
            indexOf.putIfAbsent(people.get(p).id(), p);
        }
        GroupPolicy policy = cohort.program().groupPolicy();
        mentorsPerGroup = policy.mentorsPerGroup();
        List<Integer> menteeList = new ArrayList<>();
        List<Integer> mentorList = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            (people.get(p).isMentor() ? mentorList : menteeList).add(p);
        }
        mentees = menteeList.size();
        int n = mentees;
        groups = g;
        boolean reform = !previous.isEmpty();
        lower = new int[g];
        upper = new int[g];
        // Start from sizes as even as possible (any size within the policy when re-forming, so that nobody moves
        // only to even sizes out); sizes() widens single groups where a together set or a pin needs it.
        java.util.Arrays.fill(lower, reform ? policy.minMentees() : Math.max(policy.minMentees(), n / g));
        java.util.Arrays.fill(upper, reform ? policy.maxMentees() : Math.min(policy.maxMentees(), ceilDiv(n, g)));

        // Mentor seats: a mentor of capacity c gets min(c, g) seats; the search decides which seats lead groups and
        // which wait on the bench, so a rule that needs one mentor twice (and another not at all) can be kept.
        List<Integer> seats = new ArrayList<>();
        extraSeat = new java.util.BitSet();
        for (int p : mentorList) {
            int c = Math.min(Math.max(1, people.get(p).capacity()), g);
            for (int k = 0; k < c; k++) {
                seats.add(p);
            }
        }
        int need = g * mentorsPerGroup;
        seats.sort(null);
        bench = seats.size() > need;
        itemPerson = new int[n + seats.size()];
        for (int i = 0; i < n; i++) {
            itemPerson[i] = menteeList.get(i);
        }
        for (int k = 0; k < seats.size(); k++) {
            itemPerson[n + k] = seats.get(k);
            if (k > 0 && seats.get(k - 1).equals(seats.get(k))) {
                extraSeat.set(n + k);
            }
        }
        fixed = new int[itemPerson.length];
        java.util.Arrays.fill(fixed, -1);
        previousGroup = new int[itemPerson.length];
        java.util.Arrays.fill(previousGroup, -1);

        groupIds = new String[g];
        groupNames = new String[g];
        Set<String> used = new java.util.HashSet<>();
        for (int k = 0; k < g && k < previous.size(); k++) {
            groupIds[k] = previous.get(k).id();
            groupNames[k] = previous.get(k).name();
            used.add(groupIds[k]);
        }
        for (int k = 0, next = 1; k < g; k++) {
            if (groupIds[k] == null) {
                while (used.contains("G" + next)) {
                    next++;
                }
                groupIds[k] = "G" + next;
                groupNames[k] = "Group " + next;
                used.add(groupIds[k]);
            }
        }
        rules = cohort.program().nonIsolationRules();
        if (problems.isEmpty()) {
            seatRules();
            pins(problems);
            pairRules(problems);
            sizes(policy, reform || anySize, problems);
            isolation(problems);
            previousPlaces();
        }
    }

    /**
     * Plans the formation, adding to {@code problems} every reason it cannot work (nothing when it can).
     *
     * <p>The number of groups is chosen from the whole feasible range (at least ceil(n / max) and the number of
     * distinct pin labels, at most floor(n / min) and what the mentors can lead): the preferred count first (the
     * previous number when re-forming, else round(n / mid)), then the others by distance from it, the first whose
     * checks all pass. When none passes, the preferred count's reasons are reported.
     */
    public static FormationPlan of(Cohort cohort, List<Group> previous, List<Problem> problems) {
        GroupPolicy policy = cohort.program().groupPolicy();
        List<Participant> mentors = cohort.participants().stream().filter(Participant::isMentor).toList();
        int n = cohort.participants().size() - mentors.size();
        int minSize = policy.minMentees();
        int maxSize = policy.maxMentees();
        int byMentors = maxGroupsByMentors(mentors, Math.max(1, n), policy.mentorsPerGroup());
        int fewest = n == 0 ? 0 : ceilDiv(n, maxSize);
        int most = Math.min(n / minSize, byMentors);
        int labels = new TreeSet<>(cohort.constraints().pinned().values()).size();
        List<Problem> counting = new ArrayList<>();
        if (n == 0) {
            counting.add(new Problem("cohort: participants", "the cohort has no mentees to place in groups"));
        } else if (fewest > n / minSize) {
            counting.add(new Problem("program: groupPolicy", n + " mentees cannot be split into groups of "
                    + minSize + " to " + maxSize + " mentees"));
        } else if (fewest > byMentors) {
            int capacity = mentors.stream().mapToInt(m -> Math.max(1, m.capacity())).sum();
            counting.add(new Problem("program: groupPolicy", n + " mentees need at least " + fewest
                    + " groups of at most " + maxSize + " mentees" + (policy.mentorsPerGroup() > 1 ? " with "
                    + policy.mentorsPerGroup() + " mentors each" : "") + ", but only " + mentors.size() + " mentor"
                    + (mentors.size() == 1 ? "" : "s") + " with a total capacity of " + capacity
                    + " group" + (capacity == 1 ? "" : "s") + " can lead at most " + byMentors + " group"
                    + (byMentors == 1 ? "" : "s")));
        } else if (labels > most) {
            counting.add(new Problem("cohort: constraints.pinned", "participants are pinned to " + labels
                    + " different groups, but only " + most + " groups can be formed"));
        }
        if (!counting.isEmpty()) {
            problems.addAll(counting);
            return new FormationPlan(cohort, previous, new int[] {1}, 0, false, problems);
        }
        int low = Math.max(fewest, labels);
        int preferred = previous.isEmpty() ? (int) Math.round(n / ((minSize + maxSize) / 2.0)) : previous.size();
        preferred = Math.max(low, Math.min(most, preferred));
        int[] counts = new int[most - low + 1];
        int k = 0;
        for (int d = 0; k < counts.length; d++) {
            if (preferred - d >= low && d > 0) {
                counts[k++] = preferred - d;
            }
            if (preferred + d <= most && (d > 0 || k == 0)) {
                counts[k++] = preferred + d;
            }
        }
        FormationPlan first = null;
        List<Problem> firstProblems = List.of();
        for (int position = 0; position < counts.length; position++) {
            List<Problem> found = new ArrayList<>();
            FormationPlan plan = new FormationPlan(cohort, previous, counts, position, false, found);
            if (found.isEmpty()) {
                return plan;
            }
            if (first == null) {
                first = plan;
                firstProblems = found;
            }
        }
        problems.addAll(firstProblems);
        return first;
    }

    /**
     * The next plan to try when the search finds no grouping keeping every rule with this one: the same number of
     * groups with sizes anywhere within min..max (when this plan kept them even), then the other group counts in
     * order of preference; empty when there is none left.
     */
    public java.util.Optional<FormationPlan> next() {
        if (!wideSizes) {
            List<Problem> found = new ArrayList<>();
            FormationPlan plan = new FormationPlan(cohort, previous, counts, position, true, found);
            if (found.isEmpty()) {
                return java.util.Optional.of(plan);
            }
        }
        for (int p = position + 1; p < counts.length; p++) {
            List<Problem> found = new ArrayList<>();
            FormationPlan plan = new FormationPlan(cohort, previous, counts, p, false, found);
            if (found.isEmpty()) {
                return java.util.Optional.of(plan);
            }
        }
        return java.util.Optional.empty();
    }

    private static int maxGroupsByMentors(List<Participant> mentors, int mostGroups, int mentorsPerGroup) {
        // The most groups g such that mentors can fill g * mentorsPerGroup seats with distinct mentors per group.
        int best = 0;
        for (int g = 1; g <= mostGroups; g++) {
            long seats = 0;
            for (Participant m : mentors) {
                seats += Math.min(Math.max(1, m.capacity()), g);
            }
            if (seats >= (long) g * mentorsPerGroup) {
                best = g;
            } else {
                break;
            }
        }
        return best;
    }

    /** ceil(a / b) for a >= 0 and b > 0, without the overflow of (a + b - 1) / b near Integer.MAX_VALUE. */
    static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }

    /** The items of a participant: one for a mentee, one per seat for a mentor. */
    public List<Integer> itemsOf(int person) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < itemPerson.length; i++) {
            if (itemPerson[i] == person) {
                out.add(i);
            }
        }
        return out;
    }

    public boolean isSeat(int item) {
        return item >= mentees;
    }

    private void seatRules() {
        for (int i = mentees; i < itemPerson.length; i++) {
            for (int j = i + 1; j < itemPerson.length; j++) {
                if (itemPerson[i] == itemPerson[j]) {
                    apart.add(new int[] {i, j});
                }
            }
        }
    }

    private void pins(List<Problem> problems) {
        Map<String, String> pinned = cohort.constraints().pinned();
        // A pin names a group id: an existing (or generated) id means that group; other labels get free groups, so
        // that equal labels share a group and different labels do not.
        Map<String, Integer> labelIndex = new HashMap<>();
        Set<Integer> taken = new java.util.HashSet<>();
        TreeSet<String> labels = new TreeSet<>(pinned.values());
        for (String label : labels) {
            for (int k = 0; k < groups; k++) {
                if (groupIds[k].equals(label)) {
                    labelIndex.put(label, k);
                    taken.add(k);
                }
            }
        }
        int[] mentees = new int[groups];
        int[] mentors = new int[groups];
        for (String label : labels) {
            if (labelIndex.containsKey(label)) {
                continue;
            }
            int free = -1;
            for (int k = 0; k < groups && free < 0; k++) {
                if (!taken.contains(k)) {
                    free = k;
                }
            }
            if (free < 0) {
                problems.add(new Problem("cohort: constraints.pinned", "participants are pinned to " + labels.size()
                        + " different groups, but only " + groups + " groups can be formed"));
                return;
            }
            labelIndex.put(label, free);
            taken.add(free);
        }
        for (Map.Entry<String, String> pin : new java.util.TreeMap<>(pinned).entrySet()) {
            Integer p = indexOf.get(pin.getKey());
            if (p == null) {
                problems.add(new Problem("cohort: constraints.pinned." + pin.getKey(),
                        "no participant has id '" + pin.getKey() + "'"));
                continue;
            }
            int g = labelIndex.get(pin.getValue());
            int item = itemsOf(p).get(0);
            fixed[item] = g;
            if (isSeat(item)) {
                mentors[g]++;
            } else {
                mentees[g]++;
            }
        }
        for (int g = 0; g < groups; g++) {
            if (mentees[g] > cohort.program().groupPolicy().maxMentees()) {
                sizeReported = true;
                problems.add(new Problem("cohort: constraints.pinned", mentees[g] + " mentees are pinned to group "
                        + groupIds[g] + ", but a group holds at most " + cohort.program().groupPolicy().maxMentees()));
            }
            if (mentors[g] > mentorsPerGroup) {
                problems.add(new Problem("cohort: constraints.pinned", mentors[g] + " mentors are pinned to group "
                        + groupIds[g] + ", but a group has " + mentorsPerGroup));
            }
        }
        pinLabels = labelIndex;
    }

    private Map<String, Integer> pinLabels = Map.of();
    private int[] root = new int[0]; // together sets as a union-find over participants
    private boolean sizeReported;
    private boolean wideSizes; // set by wide() // a pin or together set already reported as larger than any group

    /**
     * Per-group size bounds. Sizes stay as even as possible (floor(n/g)..ceil(n/g)) unless a together set or the
     * mentees pinned to a group (with everyone who must be with them) need a larger group: such a group gets exactly
     * the size it needs and the other groups share the rest as evenly as possible; when even that does not fit the
     * policy, every group may take any size within min..max. When re-forming, every group may take any size anyway.
     */
    private void sizes(GroupPolicy policy, boolean wideOnly, List<Problem> problems) {
        int min = policy.minMentees();
        int max = policy.maxMentees();
        Map<Integer, Integer> menteesOf = new java.util.TreeMap<>(); // component root -> mentees in it
        for (int i = 0; i < mentees; i++) {
            menteesOf.merge(find(root, itemPerson[i]), 1, Integer::sum);
        }
        Map<Integer, Integer> pinnedGroup = new HashMap<>(); // component root -> group it is pinned to
        for (int i = 0; i < itemPerson.length; i++) {
            if (fixed[i] >= 0) {
                pinnedGroup.putIfAbsent(find(root, itemPerson[i]), fixed[i]);
            }
        }
        int[] need = new int[groups];
        List<Integer> loose = new ArrayList<>(); // mentees of each component not pinned anywhere
        menteesOf.forEach((r, count) -> {
            Integer g = pinnedGroup.get(r);
            if (g != null) {
                need[g] += count;
            } else {
                loose.add(count);
            }
        });
        int[] pinnedNeed = need.clone();
        boolean fits = true;
        for (int g = 0; g < groups; g++) {
            if (need[g] > max) {
                fits = false;
                if (!sizeReported) {
                    problems.add(new Problem("cohort: constraints", need[g] + " mentees must be in group " + groupIds[g]
                            + " (pinned there or together with someone pinned there), but a group holds at most "
                            + max));
                }
            }
        }
        for (int count : loose) {
            if (count > max) {
                fits = false;
                if (!sizeReported) {
                    problems.add(new Problem("cohort: constraints.together", count + " mentees are linked by"
                            + " together sets, but a group holds at most " + max));
                }
            }
        }
        if (!fits) {
            return;
        }
        if (wideOnly) {
            wide(min, max, pinnedNeed, problems);
            return;
        }
        // Components larger than an even group each claim a group with no pinned mentees, largest first.
        loose.sort(java.util.Comparator.reverseOrder());
        int evenUpper = upper.length == 0 ? 0 : upper[0];
        int nextFree = 0;
        for (int count : loose) {
            if (count <= evenUpper) {
                break;
            }
            while (nextFree < groups && need[nextFree] > 0) {
                nextFree++;
            }
            if (nextFree == groups) {
                // Several large sets may have to share a group: leave that to the search, within min..max.
                wide(min, max, pinnedNeed, problems);
                return;
            }
            need[nextFree++] = count;
        }
        // Groups that need more than an even share get exactly what they need; the rest share what is left evenly.
        boolean[] exact = new boolean[groups];
        boolean changed = true;
        while (changed) {
            changed = false;
            int rest = mentees;
            int restGroups = 0;
            for (int g = 0; g < groups; g++) {
                if (exact[g]) {
                    rest -= need[g];
                } else {
                    restGroups++;
                }
            }
            for (int g = 0; g < groups; g++) {
                if (exact[g]) {
                    lower[g] = need[g];
                    upper[g] = need[g];
                } else {
                    lower[g] = Math.max(min, Math.floorDiv(rest, restGroups));
                    upper[g] = Math.min(max, ceilDiv(Math.max(0, rest), restGroups));
                    if (need[g] > upper[g]) {
                        exact[g] = true;
                        changed = true;
                    }
                }
            }
        }
        long fewest = 0;
        long most = 0;
        for (int g = 0; g < groups; g++) {
            fewest += lower[g];
            most += upper[g];
        }
        if (fewest > mentees || most < mentees || java.util.stream.IntStream.range(0, groups)
                .anyMatch(g -> lower[g] > upper[g] || lower[g] < min || upper[g] > max)) {
            wide(min, max, pinnedNeed, problems);
        }
    }

    /** Uneven sizes beyond one larger group are needed: any size within the policy, at least what is pinned. */
    private void wide(int min, int max, int[] pinnedNeed, List<Problem> problems) {
        wideSizes = true;
        long fewest = 0;
        for (int g = 0; g < groups; g++) {
            lower[g] = Math.max(min, Math.min(pinnedNeed[g], max));
            upper[g] = max;
            fewest += lower[g];
        }
        if (fewest > mentees) {
            problems.add(new Problem("cohort: constraints", mentees + " mentees cannot be split into " + groups
                    + " groups of " + min + " to " + max + " mentees that hold the mentees pinned to them"));
        }
    }

    private void pairRules(List<Problem> problems) {
        List<List<String>> togetherSets = cohort.constraints().together();
        root = new int[people.size()];
        for (int p = 0; p < root.length; p++) {
            root[p] = p;
        }
        for (int s = 0; s < togetherSets.size(); s++) {
            List<Integer> members = resolve(togetherSets.get(s), "cohort: constraints.together[" + s + "]", problems);
            int menteeCount = 0;
            int mentorCount = 0;
            Set<Integer> pinnedTo = new TreeSet<>();
            for (int p : members) {
                int item = itemsOf(p).get(0);
                if (isSeat(item)) {
                    mentorCount++;
                } else {
                    menteeCount++;
                }
                if (fixed[item] >= 0) {
                    pinnedTo.add(fixed[item]);
                }
            }
            int most = cohort.program().groupPolicy().maxMentees();
            if (menteeCount > most) {
                sizeReported = true;
                problems.add(new Problem("cohort: constraints.together[" + s + "]", menteeCount
                        + " mentees must be together, but a group holds at most " + most));
            }
            if (mentorCount > mentorsPerGroup) {
                problems.add(new Problem("cohort: constraints.together[" + s + "]", mentorCount
                        + " mentors must be together, but a group has " + mentorsPerGroup));
            }
            if (pinnedTo.size() > 1) {
                problems.add(new Problem("cohort: constraints.together[" + s + "]",
                        "these participants must be together but are pinned to different groups"));
            }
            for (int k = 1; k < members.size(); k++) {
                together.add(new int[] {itemsOf(members.get(0)).get(0), itemsOf(members.get(k)).get(0)});
                union(root, members.get(0), members.get(k));
            }
        }
        List<List<String>> apartSets = cohort.constraints().apart();
        for (int s = 0; s < apartSets.size(); s++) {
            List<Integer> members = resolve(apartSets.get(s), "cohort: constraints.apart[" + s + "]", problems);
            if (members.size() > groups) {
                problems.add(new Problem("cohort: constraints.apart[" + s + "]", members.size()
                        + " participants must be in different groups, but only " + groups + " group"
                        + (groups == 1 ? " is" : "s are") + " formed"));
            }
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int p = members.get(x);
                    int q = members.get(y);
                    if (find(root, p) == find(root, q)) {
                        problems.add(new Problem("cohort: constraints.apart[" + s + "]", people.get(p).id() + " and "
                                + people.get(q).id() + " must be apart but also together"));
                        continue;
                    }
                    for (int i : itemsOf(p)) {
                        for (int j : itemsOf(q)) {
                            apart.add(new int[] {i, j});
                            if (fixed[i] >= 0 && fixed[i] == fixed[j]) {
                                problems.add(new Problem("cohort: constraints.apart[" + s + "]", people.get(p).id()
                                        + " and " + people.get(q).id() + " must be apart but are pinned to the same"
                                        + " group"));
                            }
                        }
                    }
                }
            }
        }
    }

    private List<Integer> resolve(List<String> ids, String location, List<Problem> problems) {
        List<Integer> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Integer p = indexOf.get(id);
            if (p == null) {
                problems.add(new Problem(location, "no participant has id '" + id + "'"));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static int find(int[] root, int p) {
        while (root[p] != p) {
            root[p] = root[root[p]];
            p = root[p];
        }
        return p;
    }

    private static void union(int[] root, int p, int q) {
        root[find(root, p)] = find(root, q);
    }

    private void isolation(List<Problem> problems) {
        for (int r = 0; r < rules.size(); r++) {
            NonIsolationRule rule = rules.get(r);
            List<Integer> items = new ArrayList<>();
            int menteeHolders = 0;
            int mentorHolders = 0;
            for (int i = 0; i < itemPerson.length; i++) {
                Participant x = people.get(itemPerson[i]);
                if (isSeat(i) && !rule.countMentors()) {
                    continue;
                }
                if (Criteria.holds(x, rule)) {
                    items.add(i);
                    if (isSeat(i)) {
                        mentorHolders++;
                    } else {
                        menteeHolders++;
                    }
                }
            }
            if (menteeHolders == 1 && mentorHolders == 0) {
                problems.add(new Problem("program: matching.nonIsolation[" + r + "]", "only one mentee holds "
                        + rule.vocabulary() + " " + rule.values() + (rule.countMentors() ? " and no mentor does" : "")
                        + ", so that mentee would be the only one in any group"));
            }
            isolationSets.add(items.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private void previousPlaces() {
        for (int k = 0; k < previous.size() && k < groups; k++) {
            Group group = previous.get(k);
            for (String id : group.menteeIds()) {
                Integer p = indexOf.get(id);
                if (p != null && !people.get(p).isMentor()) {
                    previousGroup[itemsOf(p).get(0)] = k;
                }
            }
        }
        // Mentor seats: a mentor's seats go to their previous groups in order.
        Map<Integer, List<Integer>> groupsOfMentor = new HashMap<>();
        for (int k = 0; k < previous.size() && k < groups; k++) {
            for (String id : previous.get(k).mentorIds()) {
                Integer p = indexOf.get(id);
                if (p != null && people.get(p).isMentor()) {
                    groupsOfMentor.computeIfAbsent(p, x -> new ArrayList<>()).add(k);
                }
            }
        }
        groupsOfMentor.forEach((p, ks) -> {
            List<Integer> seats = itemsOf(p);
            for (int x = 0; x < seats.size() && x < ks.size(); x++) {
                previousGroup[seats.get(x)] = ks.get(x);
            }
        });
    }

    /** Group index of each pin label, for re-checking pins. */
    public Map<String, Integer> pinLabels() {
        return pinLabels;
    }

    /** Builds the grouping instance; with {@code reform}, staying in one's previous group outweighs any soft gain. */
    public GroupingInstance instance(Criteria criteria, boolean reform) {
        int items = itemPerson.length;
        int m = groups + (bench ? 1 : 0);
        GroupingInstance.Builder b = GroupingInstance.builder(items, m, 2);
        for (int g = 0; g < groups; g++) {
            b.classBounds(g, 0, lower[g], upper[g]);
            b.classBounds(g, 1, mentorsPerGroup, mentorsPerGroup);
        }
        if (bench) {
            b.classBounds(groups, 0, 0, 0);
            b.classBounds(groups, 1, 0, items);
            b.unscored(groups);
        }
        double[] rowAbs = new double[items];
        for (int i = 0; i < items; i++) {
            if (isSeat(i)) {
                b.itemClass(i, 1);
            }
            int p = itemPerson[i];
            for (int j = i + 1; j < items; j++) {
                int q = itemPerson[j];
                if (p == q) {
                    continue;
                }
                double w = criteria.pair(p, q);
                if (w != 0) {
                    b.weight(i, j, w);
                    rowAbs[i] += Math.abs(w);
                    rowAbs[j] += Math.abs(w);
                }
            }
            if (fixed[i] >= 0) {
                b.fix(i, fixed[i]);
            }
        }
        if (criteria.groupSpreadWeight() > 0) {
            double[] positions = new double[items];
            for (int i = 0; i < items; i++) {
                positions[i] = criteria.offset(itemPerson[i]);
            }
            b.spread(positions, 24, criteria.groupSpreadWeight(), 2);
        }
        for (int[] pair : apart) {
            b.apart(pair[0], pair[1]);
        }
        for (int[] pair : together) {
            b.together(pair[0], pair[1]);
        }
        for (int[] set : isolationSets) {
            b.nonIsolation(set);
        }
        if (bench) {
            // Spread groups over mentors: a mentor's second seat leads a group only when that helps.
            for (int i = extraSeat.nextSetBit(0); i >= 0; i = extraSeat.nextSetBit(i + 1)) {
                b.preference(i, groups, 1.0);
            }
        }
        if (reform) {
            double stay = 1;
            for (double r : rowAbs) {
                stay = Math.max(stay, 4 * r + 1);
            }
            for (int i = 0; i < items; i++) {
                if (previousGroup[i] >= 0) {
                    b.preference(i, previousGroup[i], stay);
                }
            }
        }
        return b.build();
    }
}
