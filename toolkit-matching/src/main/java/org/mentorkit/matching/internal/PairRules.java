package org.mentorkit.matching.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;

/**
 * The coordinator's together and apart sets as item pairs, with the components that together sets link (a
 * union-find over participants, for the size bounds). Every contradiction visible before searching is reported:
 * unknown ids, a set larger than a group, members pinned to different groups (together) or to one group (apart),
 * participants that must be both apart and together, more participants apart than groups. Immutable.
 */
public final class PairRules {

    private final List<int[]> together;
    private final List<int[]> apart;
    private final int[] component; // person -> representative of their together component
    private final boolean oversized;

    private PairRules(List<int[]> together, List<int[]> apart, int[] component, boolean oversized) {
        this.together = together;
        this.apart = apart;
        this.component = component;
        this.oversized = oversized;
    }

    /** Resolves the sets, adding every reason they cannot hold to {@code problems}. */
    public static PairRules of(MatchingConstraints constraints, ItemLayout layout, Pins pins, int maxMentees,
            List<Problem> problems) {
        List<Participant> people = layout.people();
        int[] root = new int[people.size()];
        for (int p = 0; p < root.length; p++) {
            root[p] = p;
        }
        boolean oversized = false;
        List<int[]> together = new ArrayList<>();
        List<List<String>> togetherSets = constraints.together();
        for (int s = 0; s < togetherSets.size(); s++) {
            String where = "cohort: constraints.together[" + s + "]";
            List<Integer> members = resolve(togetherSets.get(s), layout, where, problems);
            int menteeCount = 0;
            int mentorCount = 0;
            Set<Integer> pinnedTo = new TreeSet<>();
            for (int p : members) {
                int item = layout.firstItemOf(p);
                if (layout.isSeat(item)) {
                    mentorCount++;
                } else {
                    menteeCount++;
                }
                if (pins.groupOf(item) >= 0) {
                    pinnedTo.add(pins.groupOf(item));
                }
            }
            if (menteeCount > maxMentees) {
                oversized = true;
                problems.add(new Problem(where, menteeCount + " mentees must be together, but a group holds at most "
                        + maxMentees));
            }
            if (mentorCount > layout.mentorsPerGroup()) {
                problems.add(new Problem(where, mentorCount + " mentors must be together, but a group has "
                        + layout.mentorsPerGroup()));
            }
            if (pinnedTo.size() > 1) {
                problems.add(new Problem(where, "these participants must be together but are pinned to different"
                        + " groups"));
            }
            for (int k = 1; k < members.size(); k++) {
                together.add(new int[] {layout.firstItemOf(members.get(0)), layout.firstItemOf(members.get(k))});
                union(root, members.get(0), members.get(k));
            }
        }
        List<int[]> apart = new ArrayList<>();
        List<List<String>> apartSets = constraints.apart();
        int groups = layout.groups();
        for (int s = 0; s < apartSets.size(); s++) {
            String where = "cohort: constraints.apart[" + s + "]";
            List<Integer> members = resolve(apartSets.get(s), layout, where, problems);
            if (members.size() > groups) {
                problems.add(new Problem(where, members.size() + " participants must be in different groups, but only "
                        + groups + " group" + (groups == 1 ? " is" : "s are") + " formed"));
            }
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int p = members.get(x);
                    int q = members.get(y);
                    if (find(root, p) == find(root, q)) {
                        problems.add(new Problem(where, people.get(p).id() + " and " + people.get(q).id()
                                + " must be apart but also together"));
                        continue;
                    }
                    for (int i : layout.itemsOf(p)) {
                        for (int j : layout.itemsOf(q)) {
                            apart.add(new int[] {i, j});
                            if (pins.groupOf(i) >= 0 && pins.groupOf(i) == pins.groupOf(j)) {
                                problems.add(new Problem(where, people.get(p).id() + " and " + people.get(q).id()
                                        + " must be apart but are pinned to the same group"));
                            }
                        }
                    }
                }
            }
        }
        for (int p = 0; p < root.length; p++) {
            root[p] = find(root, p);
        }
        return new PairRules(List.copyOf(together), List.copyOf(apart), root, oversized);
    }

    private static List<Integer> resolve(List<String> ids, ItemLayout layout, String location,
            List<Problem> problems) {
        List<Integer> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Integer p = layout.indexOf().get(id);
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

    /** Item pairs that must share a group (copies). */
    public List<int[]> together() {
        return together.stream().map(int[]::clone).toList();
    }

    /** Item pairs that must be in different groups (copies). */
    public List<int[]> apart() {
        return apart.stream().map(int[]::clone).toList();
    }

    /** The representative of person {@code p}'s together component (p itself when p is in no together set). */
    public int component(int p) {
        return component[p];
    }

    /** Whether a together set was already reported as larger than any group. */
    public boolean reportedOversize() {
        return oversized;
    }
}
