package org.mentorkit.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.mentorkit.matching.core.GroupingInstance;
import org.mentorkit.model.MeetingSlot;

/**
 * The availability phase of group formation. After the search has grouped people by the soft criteria, this local
 * search swaps (and, where sizes allow, relocates) members between groups to lower the number of member-sessions that
 * fall outside members' availability under each group's best slot (or its saved slot), keeping every hard rule. A move
 * is taken only when it lowers that number; among the moves that lower it most, the one that keeps the most of the
 * soft criteria. So availability comes first, as {@code CommonSlotRule.PREFERRED} promises, and a grouping in which
 * everyone already has a common slot is left exactly as the search made it.
 *
 * <p>Who is where and which moves keep the rules: {@link RepairMembers}; what each group costs: {@link RepairCosts}.
 */
public final class SlotRepair {

    private static final int CANDIDATE_GROUPS = 40;
    private static final int CYCLE_GROUPS = 10;

    private final FormationPlan plan;
    private final Criteria criteria;
    private final boolean[] movable;
    private final RepairMembers members;
    private final RepairCosts costs;
    private final FormationClock clock;
    private final GroupingInstance objective; // the search's instance

    /**
     * @param savedSlot per real group, the slot it must keep (re-forming), or null
     * @param movable   per item, whether this phase may move it (not pinned; when re-forming, only late joiners)
     * @param sessions  per real group, the sessions its slots are judged on (re-forming: from the effective date, after
     *                  its earlier slots)
     * @param clock     the clock deadlines are read on
     * @param objective the instance the search scored {@code assignment} with (its items are the plan's), to choose
     *                  among groupings with equally few member-sessions outside
     */
    public SlotRepair(FormationPlan plan, Criteria criteria, SlotChoice choice, int[] assignment,
            MeetingSlot[] savedSlot, boolean[] movable, SessionPlan[] sessions, FormationClock clock,
            GroupingInstance objective) {
        this.clock = clock;
        this.objective = objective;
        this.plan = plan;
        this.criteria = criteria;
        this.movable = movable;
        members = new RepairMembers(plan, assignment);
        costs = new RepairCosts(plan, choice, members, savedSlot, sessions);
    }

    /**
     * Runs until the deadline (on the clock) or until nothing helps: a descent by improving moves, then
     * iterated local search (a random swap out of a group without a common slot, descent again, kept when the total
     * went down, undone when it went up) for a number of rounds without improvement that shrinks with the cohort.
     * Returns the best assignment found.
     */
    public int[] run(long deadline, long seed) {
        descend(deadline);
        int best = outside();
        int[] bestAssignment = members.assignment(); // where the walk goes back to after a worse step
        int[] kept = bestAssignment; // of the groupings with the fewest outside, the best by the search's objective
        double keptValue = objective.objective(kept);
        SplittableRandom rnd = new SplittableRandom(seed);
        int patience = Math.max(100, 1000 / Math.max(1, plan.groups()));
        for (int idle = 0; best > 0 && idle < patience && clock.now() < deadline; idle++) {
            if (!perturb(rnd)) {
                break;
            }
            descend(deadline);
            int now = outside();
            if (now < best) {
                best = now;
                bestAssignment = members.assignment();
                kept = bestAssignment;
                keptValue = objective.objective(kept);
                idle = -1;
            } else if (now > best) {
                restore(bestAssignment);
            } else {
                int[] here = members.assignment();
                double valueHere = objective.objective(here);
                if (valueHere > keptValue + 1e-9) {
                    kept = here;
                    keptValue = valueHere;
                }
            }
        }
        // The walk also moves on through groupings no worse than the best in member-sessions outside, by random
        // swaps; its end may have lost the criteria the search grouped by for nothing (one member who can make no
        // slot at all reshuffled four of five groups of the demo cohort). So of the groupings it reached with the
        // fewest member-sessions outside, the one the search's own objective values most is returned (the first of
        // them on a tie). The walk itself is unchanged (after a worse step it goes back to the first of them), so it
        // finds the same fewest member-sessions outside as before.
        if (!Arrays.equals(members.assignment(), kept)) {
            restore(kept);
        }
        return members.assignment();
    }

    /** Member-sessions outside availability over all groups. */
    public int outside() {
        return costs.outside();
    }

    /** The reference zones group {@code g} is evaluated in. */
    public List<String> zones(int g) {
        return costs.zones(g);
    }

    private void restore(int[] target) {
        members.restore(target);
        for (int g = 0; g < plan.groups(); g++) {
            costs.refresh(g);
        }
    }

    private void descend(long deadline) {
        boolean improved = true;
        while (improved && clock.now() < deadline) {
            improved = false;
            Integer[] order = new Integer[plan.groups()];
            for (int g = 0; g < plan.groups(); g++) {
                order[g] = g;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(costs.cost(b), costs.cost(a)));
            for (int g : order) {
                if (costs.cost(g) == 0 || clock.now() >= deadline) {
                    continue;
                }
                if (improve(g)) {
                    improved = true;
                }
            }
        }
    }

    /** One random swap (keeping every hard rule) of a member of a group without a common slot; false if none found. */
    private boolean perturb(SplittableRandom rnd) {
        List<Integer> bad = new ArrayList<>();
        for (int g = 0; g < plan.groups(); g++) {
            if (costs.cost(g) > 0) {
                bad.add(g);
            }
        }
        for (int attempt = 0; attempt < 50 && !bad.isEmpty(); attempt++) {
            int g = bad.get(rnd.nextInt(bad.size()));
            List<Integer> mine = members.items(g);
            int i = mine.get(rnd.nextInt(mine.size()));
            int h = rnd.nextInt(plan.groups());
            if (h == g || !movable[i] || members.items(h).isEmpty()) {
                continue;
            }
            int j = members.items(h).get(rnd.nextInt(members.items(h).size()));
            if (movable[j] && plan.isSeat(i) == plan.isSeat(j) && members.swapKeepsRules(i, g, j, h)) {
                members.move(i, g, h);
                members.move(j, h, g);
                costs.refresh(g);
                costs.refresh(h);
                return true;
            }
        }
        return false;
    }

    /**
     * Single moves and swaps after which group {@code g} and the other group involved both have a common slot (every
     * hard rule kept), as {item, group, item swapped back or -1}; at most {@code limit}, as many as the deadline allows.
     */
    public List<int[]> fixes(int g, int limit, long deadline) {
        List<int[]> out = new ArrayList<>();
        for (int i : members.items(g)) {
            if (!movable[i]) {
                continue;
            }
            boolean seat = plan.isSeat(i);
            for (int h = 0; h < plan.groups() + (plan.bench() && seat ? 1 : 0) && out.size() < limit; h++) {
                if (h == g) {
                    continue;
                }
                if (clock.now() > deadline) {
                    return out;
                }
                for (int j : members.items(h)) {
                    if (out.size() < limit && movable[j] && plan.isSeat(j) == seat && members.swapKeepsRules(i, g, j, h)
                            && (seat ? costs.seatSwapCost(i, g, j, h)
                                    : costs.costWith(g, i, j) + costs.costWith(h, j, i)) == 0) {
                        out.add(new int[] {i, h, j});
                    }
                }
                if (out.size() < limit && !seat && h < plan.groups() && members.relocationKeepsRules(i, g, h)
                        && costs.costWith(g, i, -1) + costs.costWith(h, -1, i) == 0) {
                    out.add(new int[] {i, h, -1});
                }
            }
        }
        return out;
    }

    private boolean improve(int g) {
        Best best = new Best();
        for (int i : new ArrayList<>(members.items(g))) {
            if (!movable[i]) {
                continue;
            }
            boolean seat = plan.isSeat(i);
            for (int h : candidates(i, g)) {
                boolean bench = h == plan.groups();
                int before = costs.cost(g) + (bench ? 0 : costs.cost(h));
                for (int j : members.items(h)) {
                    if (!movable[j] || plan.isSeat(j) != seat || !members.swapKeepsRules(i, g, j, h)) {
                        continue;
                    }
                    int after = seat ? costs.seatSwapCost(i, g, j, h) : costs.costWith(g, i, j) + costs.costWith(h, j, i);
                    best.offer(after - before, i, j, h, g);
                }
                if (!seat && !bench && members.relocationKeepsRules(i, g, h)) {
                    best.offer(costs.costWith(g, i, -1) + costs.costWith(h, -1, i) - before, i, -1, h, g);
                }
            }
        }
        if (best.i < 0) {
            return cycle(g) || chain(g);
        }
        int[] moved = best.j >= 0 ? new int[] {best.i, best.j} : new int[] {best.i};
        int[] to = best.j >= 0 ? new int[] {best.h, g} : new int[] {best.h};
        return apply(moved, to);
    }

    /** The best move seen so far: the largest drop in cost, ties to the larger soft-criteria gain. */
    private final class Best {
        int delta = 0;
        double gain = Double.NEGATIVE_INFINITY;
        int i = -1;
        int j = -1;
        int h = -1;

        void offer(int d, int i, int j, int h, int g) {
            if (d < delta || d == delta && d < 0) {
                double gn = gain(i, g, j, h);
                if (d < delta || gn > gain) {
                    delta = d;
                    gain = gn;
                    this.i = i;
                    this.j = j;
                    this.h = h;
                }
            }
        }
    }

    /**
     * Applies moves and keeps them only when the member-sessions outside availability really went down (the
     * estimate tries the groups' current reference zones; a changed membership can change which zones are tried).
     */
    private boolean apply(int[] moved, int[] to) {
        int[] fromGroups = new int[moved.length];
        Set<Integer> touched = new TreeSet<>();
        for (int k = 0; k < moved.length; k++) {
            fromGroups[k] = members.groupOf(moved[k]);
            touched.add(fromGroups[k]);
            touched.add(to[k]);
        }
        touched.removeIf(x -> x >= plan.groups());
        int before = touched.stream().mapToInt(costs::cost).sum();
        for (int k = 0; k < moved.length; k++) {
            members.move(moved[k], fromGroups[k], to[k]);
        }
        touched.forEach(costs::refresh);
        int after = touched.stream().mapToInt(costs::cost).sum();
        if (after < before) {
            return true;
        }
        for (int k = moved.length - 1; k >= 0; k--) {
            members.move(moved[k], to[k], fromGroups[k]);
        }
        touched.forEach(costs::refresh);
        return false;
    }

    /**
     * Three mentees in three groups each move one group on (i from g to h, j from h to k, l from k to g): what a
     * single swap cannot do when a group's misfit fits only where someone else must first make room.
     */
    private boolean cycle(int g) {
        int bestDelta = 0;
        int[] best = null;
        int[] gWith = new int[plan.items()]; // g's cost with i out and l in depends on i and l only: computed once
        for (int i : members.items(g)) {
            if (!movable[i] || plan.isSeat(i)) {
                continue;
            }
            Arrays.fill(gWith, -1);
            for (int h : limit(candidates(i, g), CYCLE_GROUPS)) {
                if (h >= plan.groups()) {
                    continue;
                }
                for (int j : members.items(h)) {
                    if (!movable[j] || plan.isSeat(j)) {
                        continue;
                    }
                    int hAfter = costs.costWith(h, j, i);
                    for (int k : limit(candidates(j, h), CYCLE_GROUPS)) {
                        if (k == g || k >= plan.groups()) {
                            continue;
                        }
                        for (int l : members.items(k)) {
                            if (!movable[l] || plan.isSeat(l)) {
                                continue;
                            }
                            if (gWith[l] < 0) {
                                gWith[l] = costs.costWith(g, i, l);
                            }
                            int gAfter = gWith[l];
                            if (gAfter >= costs.cost(g)) {
                                continue;
                            }
                            int delta = gAfter + hAfter + costs.costWith(k, l, j) - costs.cost(g) - costs.cost(h)
                                    - costs.cost(k);
                            if (delta < bestDelta && members.keepsRules(new int[] {i, j, l}, new int[] {h, k, g})) {
                                bestDelta = delta;
                                best = new int[] {i, j, l, h, k, g};
                            }
                        }
                    }
                }
            }
        }
        return best != null && apply(new int[] {best[0], best[1], best[2]}, new int[] {best[3], best[4], best[5]});
    }

    /**
     * Two mentees each move one group on (i from g to h, j from h to k, where k has room): what a single move cannot
     * do when the group a misfit fits is full and one of its movable members fits a third group with room (a late
     * joiner who can reach a fitting group only once another late joiner has moved on).
     */
    private boolean chain(int g) {
        int bestDelta = 0;
        int[] best = null;
        for (int i : members.items(g)) {
            if (!movable[i] || plan.isSeat(i) || !members.canLeave(g)) {
                continue;
            }
            int gAfter = costs.costWith(g, i, -1);
            for (int h : limit(candidates(i, g), CYCLE_GROUPS)) {
                if (h >= plan.groups()) {
                    continue;
                }
                for (int j : members.items(h)) {
                    if (!movable[j] || plan.isSeat(j)) {
                        continue;
                    }
                    int hAfter = costs.costWith(h, j, i);
                    for (int k : limit(candidates(j, h), CYCLE_GROUPS)) {
                        if (k == g || k >= plan.groups() || !members.canEnter(k)) {
                            continue;
                        }
                        int delta = gAfter + hAfter + costs.costWith(k, -1, j) - costs.cost(g) - costs.cost(h)
                                - costs.cost(k);
                        if (delta < bestDelta && members.keepsRules(new int[] {i, j}, new int[] {h, k})) {
                            bestDelta = delta;
                            best = new int[] {i, j, h, k};
                        }
                    }
                }
            }
        }
        return best != null && apply(new int[] {best[0], best[1]}, new int[] {best[2], best[3]});
    }

    private static List<Integer> limit(List<Integer> list, int n) {
        return list.size() <= n ? list : list.subList(0, n);
    }

    /** The groups worth trying for item {@code i}, most promising first: those whose best slots it fits best. */
    private List<Integer> candidates(int i, int g) {
        List<Integer> out = new ArrayList<>();
        int m = plan.groups() + (plan.bench() && plan.isSeat(i) ? 1 : 0);
        for (int h = 0; h < m; h++) {
            if (h != g) {
                out.add(h);
            }
        }
        short[] mine = costs.firstZoneMisses(i, g);
        // Rank by how few of i's sessions miss the other group's current best slots (in this group's zone: a cheap,
        // zone-independent-enough proxy), then keep the best few.
        double[] score = new double[plan.groups() + 1];
        for (int h : out) {
            if (h == plan.groups()) {
                score[h] = Double.NEGATIVE_INFINITY;
                continue;
            }
            score[h] = costs.firstZoneFewestWith(h, mine) - costs.cost(h);
        }
        out.sort((a, b) -> Double.compare(score[a], score[b]));
        return limit(out, CANDIDATE_GROUPS);
    }

    /** Soft-criteria gain of the move (pair weights inside real groups); higher is better. */
    private double gain(int i, int g, int j, int h) {
        double gain = 0;
        int pi = plan.person(i);
        boolean hReal = h < plan.groups();
        for (int k : members.items(g)) {
            if (k != i) {
                int pk = plan.person(k);
                gain -= pk == pi ? 0 : criteria.pair(pi, pk);
                if (j >= 0 && pk != plan.person(j)) {
                    gain += criteria.pair(plan.person(j), pk);
                }
            }
        }
        if (hReal) {
            for (int k : members.items(h)) {
                if (k != j) {
                    int pk = plan.person(k);
                    gain += pk == pi ? 0 : criteria.pair(pi, pk);
                    if (j >= 0 && pk != plan.person(j)) {
                        gain -= criteria.pair(plan.person(j), pk);
                    }
                }
            }
        }
        return gain;
    }
}
