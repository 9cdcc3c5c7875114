package org.mentorkit.matching.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.Problem;

/**
 * The fewest and most mentees of each group. Sizes stay as even as possible (floor(n/g)..ceil(n/g)) unless a together
 * set or the mentees pinned to a group (with everyone who must be with them) need a larger group: such a group gets
 * exactly the size it needs and the other groups share the rest as evenly as possible; when even that does not fit the
 * policy, every group may take any size within min..max ("wide" sizes, at least what is pinned). Wide sizes are also
 * asked for directly: when re-forming (nobody should move only to even sizes out) and as the fallback when no grouping
 * with even sizes keeps every rule. Immutable.
 */
public final class SizeBounds {

    private final int[] lower;
    private final int[] upper;
    private final boolean wide;

    private SizeBounds(int[] lower, int[] upper, boolean wide) {
        this.lower = lower;
        this.upper = upper;
        this.wide = wide;
    }

    /**
     * The bounds for the layout's number of groups, adding every reason they cannot be met to {@code problems} (a
     * size already reported by the pins or the together sets is not reported twice).
     *
     * @param wideOnly any size within the policy (at least what is pinned), never even sizes
     */
    public static SizeBounds of(GroupPolicy policy, ItemLayout layout, Pins pins, PairRules pairs, GroupNames names,
            boolean wideOnly, List<Problem> problems) {
        int min = policy.minMentees();
        int max = policy.maxMentees();
        int groups = layout.groups();
        int mentees = layout.mentees();
        int[] lower = new int[groups];
        int[] upper = new int[groups];
        java.util.Arrays.fill(lower, wideOnly ? min : Math.max(min, mentees / groups));
        java.util.Arrays.fill(upper, wideOnly ? max : Math.min(max, FormationPlan.ceilDiv(mentees, groups)));
        boolean reported = pins.reportedOversize() || pairs.reportedOversize();
        Map<Integer, Integer> menteesOf = new TreeMap<>(); // component -> mentees in it
        for (int i = 0; i < mentees; i++) {
            menteesOf.merge(pairs.component(layout.person(i)), 1, Integer::sum);
        }
        Map<Integer, Integer> pinnedGroup = new HashMap<>(); // component -> group it is pinned to
        for (int i = 0; i < layout.items(); i++) {
            if (pins.groupOf(i) >= 0) {
                pinnedGroup.putIfAbsent(pairs.component(layout.person(i)), pins.groupOf(i));
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
                if (!reported) {
                    problems.add(new Problem("cohort: constraints", need[g] + " mentees must be in group "
                            + names.id(g) + " (pinned there or together with someone pinned there), but a group holds"
                            + " at most " + max));
                }
            }
        }
        for (int count : loose) {
            if (count > max) {
                fits = false;
                if (!reported) {
                    problems.add(new Problem("cohort: constraints.together", count + " mentees are linked by"
                            + " together sets, but a group holds at most " + max));
                }
            }
        }
        if (!fits) {
            return new SizeBounds(lower, upper, false);
        }
        if (wideOnly) {
            return wide(min, max, pinnedNeed, mentees, problems);
        }
        // Components larger than an even group each claim a group with no pinned mentees, largest first.
        loose.sort(Comparator.reverseOrder());
        int evenUpper = groups == 0 ? 0 : upper[0];
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
                return wide(min, max, pinnedNeed, mentees, problems);
            }
            need[nextFree++] = count;
        }
        evenOutside(need, mentees, min, max, lower, upper);
        long fewest = IntStream.of(lower).asLongStream().sum();
        long most = IntStream.of(upper).asLongStream().sum();
        if (fewest > mentees || most < mentees || IntStream.range(0, groups)
                .anyMatch(g -> lower[g] > upper[g] || lower[g] < min || upper[g] > max)) {
            return wide(min, max, pinnedNeed, mentees, problems);
        }
        return new SizeBounds(lower, upper, false);
    }

    /** Groups that need more than an even share get exactly what they need; the rest share what is left evenly. */
    private static void evenOutside(int[] need, int mentees, int min, int max, int[] lower, int[] upper) {
        int groups = need.length;
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
                    upper[g] = Math.min(max, FormationPlan.ceilDiv(Math.max(0, rest), restGroups));
                    if (need[g] > upper[g]) {
                        exact[g] = true;
                        changed = true;
                    }
                }
            }
        }
    }

    /** Any size within the policy, at least what is pinned. */
    private static SizeBounds wide(int min, int max, int[] pinnedNeed, int mentees, List<Problem> problems) {
        int groups = pinnedNeed.length;
        int[] lower = new int[groups];
        int[] upper = new int[groups];
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
        return new SizeBounds(lower, upper, true);
    }

    /** The fewest mentees group {@code g} may hold. */
    public int lower(int g) {
        return lower[g];
    }

    /** The most mentees group {@code g} may hold. */
    public int upper(int g) {
        return upper[g];
    }

    /** Whether these are wide sizes (any size within the policy), not even ones. */
    public boolean wide() {
        return wide;
    }
}
