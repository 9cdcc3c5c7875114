package org.mentorkit.matching.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mentorkit.model.Problem;

/**
 * The coordinator's pins (participant id to group label) as fixed items. A label that is a group's id means that group;
 * other labels get free groups, so that equal labels share a group and different labels do not. Immutable.
 */
public final class Pins {

    private final int[] fixed; // item -> group, or -1
    private final Map<String, Integer> labels;
    private final boolean oversized;

    private Pins(int[] fixed, Map<String, Integer> labels, boolean oversized) {
        this.fixed = fixed;
        this.labels = Map.copyOf(labels);
        this.oversized = oversized;
    }

    /**
     * Resolves the pins, adding every reason they cannot hold to {@code problems} (unknown ids, more labels than
     * groups, more mentees or mentors pinned to a group than it holds).
     */
    public static Pins of(Map<String, String> pinned, ItemLayout layout, GroupNames names, int maxMentees,
            List<Problem> problems) {
        int groups = layout.groups();
        int[] fixed = new int[layout.items()];
        Arrays.fill(fixed, -1);
        Map<String, Integer> labelIndex = new HashMap<>();
        Set<Integer> taken = new HashSet<>();
        TreeSet<String> labels = new TreeSet<>(pinned.values());
        for (String label : labels) {
            for (int k = 0; k < groups; k++) {
                if (names.id(k).equals(label)) {
                    labelIndex.put(label, k);
                    taken.add(k);
                }
            }
        }
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
                return new Pins(fixed, Map.of(), false);
            }
            labelIndex.put(label, free);
            taken.add(free);
        }
        int[] mentees = new int[groups];
        int[] mentors = new int[groups];
        for (Map.Entry<String, String> pin : new TreeMap<>(pinned).entrySet()) {
            Integer p = layout.indexOf().get(pin.getKey());
            if (p == null) {
                problems.add(new Problem("cohort: constraints.pinned." + pin.getKey(),
                        "no participant has id '" + pin.getKey() + "'"));
                continue;
            }
            int g = labelIndex.get(pin.getValue());
            int item = layout.firstItemOf(p);
            fixed[item] = g;
            if (layout.isSeat(item)) {
                mentors[g]++;
            } else {
                mentees[g]++;
            }
        }
        boolean oversized = false;
        for (int g = 0; g < groups; g++) {
            if (mentees[g] > maxMentees) {
                oversized = true;
                problems.add(new Problem("cohort: constraints.pinned", mentees[g] + " mentees are pinned to group "
                        + names.id(g) + ", but a group holds at most " + maxMentees));
            }
            if (mentors[g] > layout.mentorsPerGroup()) {
                problems.add(new Problem("cohort: constraints.pinned", mentors[g] + " mentors are pinned to group "
                        + names.id(g) + ", but a group has " + layout.mentorsPerGroup()));
            }
        }
        return new Pins(fixed, labelIndex, oversized);
    }

    /** The group item {@code i} is pinned to, or -1. */
    public int groupOf(int i) {
        return fixed[i];
    }

    /** Group index of each pin label. */
    public Map<String, Integer> labels() {
        return labels;
    }

    /** Whether a group was already reported as holding more pinned mentees than any group may. */
    public boolean reportedOversize() {
        return oversized;
    }
}
