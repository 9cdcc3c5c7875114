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
 * c "seats"; spare seats wait on an unscored bench), the size bounds, and the coordinator's rules as item rules. Every
 * rule that can be seen to be impossible before searching is reported here, with its reason.
 */
public final class FormationPlan {

    public final Cohort cohort;
    public final List<Participant> people;
    public final Map<String, Integer> indexOf = new HashMap<>();
    public final int[] itemPerson; // item -> participant index
    public final int mentees; // items 0..mentees-1 are mentees, the rest are mentor seats
    public final int groups; // real groups; the bench (if any) is group index `groups`
    public final boolean bench;
    public final int lower;
    public final int upper;
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

    private FormationPlan(Cohort cohort, List<Group> previous, List<Problem> problems) {
        this.cohort = cohort;
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
        int minSize = policy.minMentees();
        int maxSize = policy.maxMentees();
        int byMentors = maxGroupsByMentors(mentorList);
        int fewest = n == 0 ? 0 : ceilDiv(n, maxSize);
        int most = Math.min(n / minSize, byMentors);
        if (n == 0) {
            problems.add(new Problem("cohort: participants", "the cohort has no mentees to place in groups"));
        } else if (fewest > n / minSize) {
            problems.add(new Problem("program: groupPolicy", n + " mentees cannot be split into groups of "
                    + minSize + " to " + maxSize + " mentees"));
        } else if (fewest > byMentors) {
            problems.add(new Problem("program: groupPolicy", n + " mentees need at least " + fewest
                    + " groups of at most " + maxSize + " mentees" + (mentorsPerGroup > 1 ? " with " + mentorsPerGroup
                    + " mentors each" : "") + ", but only " + mentorList.size() + " mentor"
                    + (mentorList.size() == 1 ? "" : "s") + " with a total capacity of " + capacity(mentorList)
                    + " group" + (capacity(mentorList) == 1 ? "" : "s") + " can lead at most " + byMentors + " group"
                    + (byMentors == 1 ? "" : "s")));
        }
        int g;
        if (!problems.isEmpty()) {
            g = 1;
        } else if (!previous.isEmpty()) {
            g = Math.max(fewest, Math.min(most, previous.size()));
        } else {
            int target = (int) Math.round(n / ((minSize + maxSize) / 2.0));
            g = Math.max(fewest, Math.min(most, target));
        }
        groups = g;
        boolean reform = !previous.isEmpty();
        lower = reform ? minSize : Math.max(minSize, n / g);
        upper = reform ? maxSize : Math.min(maxSize, ceilDiv(n, g));

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
            isolation(problems);
            previousPlaces();
        }
    }

    /** Plans the formation, adding to {@code problems} every reason it cannot work (nothing when it can). */
    public static FormationPlan of(Cohort cohort, List<Group> previous, List<Problem> problems) {
        return new FormationPlan(cohort, previous, problems);
    }

    private int maxGroupsByMentors(List<Integer> mentorList) {
        // The most groups g such that mentors can fill g * mentorsPerGroup seats with distinct mentors per group.
        int best = 0;
        for (int g = 1; g <= Math.max(1, mentees); g++) {
            long seats = 0;
            for (int p : mentorList) {
                seats += Math.min(Math.max(1, people.get(p).capacity()), g);
            }
            if (seats >= (long) g * mentorsPerGroup) {
                best = g;
            } else {
                break;
            }
        }
        return best;
    }

    private int capacity(List<Integer> mentorList) {
        return mentorList.stream().mapToInt(p -> Math.max(1, people.get(p).capacity())).sum();
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
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
            if (mentees[g] > upper) {
                problems.add(new Problem("cohort: constraints.pinned", mentees[g] + " mentees are pinned to group "
                        + groupIds[g] + ", but a group holds at most " + upper));
            }
            if (mentors[g] > mentorsPerGroup) {
                problems.add(new Problem("cohort: constraints.pinned", mentors[g] + " mentors are pinned to group "
                        + groupIds[g] + ", but a group has " + mentorsPerGroup));
            }
        }
        pinLabels = labelIndex;
    }

    private Map<String, Integer> pinLabels = Map.of();

    private void pairRules(List<Problem> problems) {
        List<List<String>> togetherSets = cohort.constraints().together();
        int[] root = new int[people.size()];
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
            if (menteeCount > upper) {
                problems.add(new Problem("cohort: constraints.together[" + s + "]", menteeCount
                        + " mentees must be together, but a group holds at most " + upper));
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
            b.classBounds(g, 0, lower, upper);
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
