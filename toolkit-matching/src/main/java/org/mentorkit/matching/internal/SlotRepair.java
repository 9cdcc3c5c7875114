package org.mentorkit.matching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mentorkit.model.MeetingSlot;

/**
 * The availability phase of group formation. After the search has grouped people by the soft criteria, this local
 * search swaps (and, where sizes allow, relocates) members between groups to lower the number of member-sessions that
 * fall outside members' availability under each group's best slot (or its saved slot), keeping every hard rule. A move
 * is taken only when it lowers that number; among the moves that lower it most, the one that keeps the most of the
 * soft criteria. So availability comes first, as {@code CommonSlotRule.PREFERRED} promises, and a grouping in which
 * everyone already has a common slot is left exactly as the search made it.
 *
 * <p>Each group keeps, for each of the 672 candidate slots of its reference zone, the member-sessions outside
 * availability; a swap is evaluated by subtracting one member's misses and adding the other's (no re-scan).
 */
public final class SlotRepair {

    private static final int CANDIDATE_GROUPS = 40;

    private final FormationPlan plan;
    private final Criteria criteria;
    private final SlotChoice choice;
    private final LocalDate from;
    private final MeetingSlot[] savedSlot; // per real group: the slot to keep, or null
    private final boolean[] movable;
    private final int[] assignment;
    private final List<List<Integer>> items = new ArrayList<>(); // per group (bench last): its items
    private final String[][] zone; // per real group: reference zones tried (saved slot's, or mentors' then members')
    private final int[][][] total; // per real group and zone: member-sessions outside for each candidate
    private final int[] cost;
    private final int[][] togetherOf;
    private final int[][] apartOf;
    private final int[][] setsOf;
    private final int[][] setCount; // isolation set -> group -> holders

    /**
     * @param savedSlot per real group, the slot it must keep (re-forming), or null
     * @param movable   per item, whether this phase may move it (not pinned; when re-forming, only late joiners)
     * @param from      sessions before this date do not count (re-forming), or null for all
     */
    public SlotRepair(FormationPlan plan, Criteria criteria, SlotChoice choice, int[] assignment,
            MeetingSlot[] savedSlot, boolean[] movable, LocalDate from) {
        this.plan = plan;
        this.criteria = criteria;
        this.choice = choice;
        this.from = from;
        this.savedSlot = savedSlot;
        this.movable = movable;
        this.assignment = assignment.clone();
        int m = plan.groups + (plan.bench ? 1 : 0);
        for (int g = 0; g < m; g++) {
            items.add(new ArrayList<>());
        }
        for (int i = 0; i < assignment.length; i++) {
            items.get(assignment[i]).add(i);
        }
        int n = assignment.length;
        togetherOf = partners(plan.together, n);
        apartOf = partners(plan.apart, n);
        List<List<Integer>> sets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sets.add(new ArrayList<>());
        }
        setCount = new int[plan.isolationSets.size()][m];
        for (int s = 0; s < plan.isolationSets.size(); s++) {
            for (int i : plan.isolationSets.get(s)) {
                sets.get(i).add(s);
                setCount[s][assignment[i]]++;
            }
        }
        setsOf = sets.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        zone = new String[plan.groups][];
        total = new int[plan.groups][][];
        cost = new int[plan.groups];
        for (int g = 0; g < plan.groups; g++) {
            refresh(g);
        }
    }

    private static int[][] partners(List<int[]> pairs, int n) {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        for (int[] p : pairs) {
            out.get(p[0]).add(p[1]);
            out.get(p[1]).add(p[0]);
        }
        return out.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** The reference zones of a group: its saved slot's, else its mentors' and then its other members'. */
    private String[] zonesOf(int g) {
        if (savedSlot[g] != null) {
            return new String[] {savedSlot[g].timeZone()};
        }
        List<Integer> seats = items.get(g).stream().filter(plan::isSeat).sorted().toList();
        return choice.zonesOf(persons(items.get(g)), persons(seats)).toArray(String[]::new);
    }

    private int[] persons(List<Integer> groupItems) {
        return groupItems.stream().mapToInt(i -> plan.itemPerson[i]).toArray();
    }

    private void refresh(int g) {
        zone[g] = zonesOf(g);
        int[] persons = persons(items.get(g));
        total[g] = new int[zone[g].length][];
        for (int z = 0; z < zone[g].length; z++) {
            total[g][z] = choice.totals(persons, zone[g][z], from);
        }
        cost[g] = costOf(g, total[g], persons);
    }

    private int costOf(int g, int[][] totals, int[] persons) {
        if (savedSlot[g] != null) {
            int c = SlotChoice.candidate(savedSlot[g]);
            return c >= 0 ? totals[0][c] : choice.outside(persons, savedSlot[g], from)[0];
        }
        int best = Integer.MAX_VALUE;
        for (int[] t : totals) {
            for (int v : t) {
                best = Math.min(best, v);
            }
        }
        return best;
    }

    /** Member-sessions outside availability of group {@code g} with member {@code out} replaced by {@code in}. */
    private int costWith(int g, int out, int in) {
        if (savedSlot[g] != null && SlotChoice.candidate(savedSlot[g]) < 0) {
            List<Integer> after = new ArrayList<>(items.get(g));
            after.remove(Integer.valueOf(out));
            if (in >= 0) {
                after.add(in);
            }
            return choice.outside(persons(after), savedSlot[g], from)[0];
        }
        int best = Integer.MAX_VALUE;
        for (int z = 0; z < zone[g].length; z++) {
            int[] t = total[g][z];
            short[] minus = out < 0 ? null : choice.misses(plan.itemPerson[out], zone[g][z], from);
            short[] plus = in < 0 ? null : choice.misses(plan.itemPerson[in], zone[g][z], from);
            if (savedSlot[g] != null) {
                int c = SlotChoice.candidate(savedSlot[g]);
                return t[c] - (minus == null ? 0 : minus[c]) + (plus == null ? 0 : plus[c]);
            }
            for (int c = 0; c < t.length; c++) {
                int v = t[c] - (minus == null ? 0 : minus[c]) + (plus == null ? 0 : plus[c]);
                if (v < best) {
                    best = v;
                }
            }
        }
        return best;
    }

    /**
     * Runs until the deadline ({@link System#nanoTime()}) or until nothing helps: a descent by improving moves, then
     * iterated local search (a random swap out of a group without a common slot, descent again, kept when the total
     * went down, undone when it went up) for a number of rounds without improvement that shrinks with the cohort.
     * Returns the best assignment found.
     */
    public int[] run(long deadline, long seed) {
        descend(deadline);
        int best = outside();
        int[] bestAssignment = assignment.clone();
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        int patience = Math.max(20, 200 / Math.max(1, plan.groups));
        for (int idle = 0; best > 0 && idle < patience && System.nanoTime() < deadline; idle++) {
            if (!perturb(rnd)) {
                break;
            }
            descend(deadline);
            int now = outside();
            if (now < best) {
                best = now;
                bestAssignment = assignment.clone();
                idle = -1;
            } else if (now > best) {
                restore(bestAssignment);
            }
        }
        if (outside() > best) {
            restore(bestAssignment);
        }
        return assignment.clone();
    }

    private void descend(long deadline) {
        boolean improved = true;
        while (improved && System.nanoTime() < deadline) {
            improved = false;
            Integer[] order = new Integer[plan.groups];
            for (int g = 0; g < plan.groups; g++) {
                order[g] = g;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(cost[b], cost[a]));
            for (int g : order) {
                if (cost[g] == 0 || System.nanoTime() >= deadline) {
                    continue;
                }
                if (improve(g)) {
                    improved = true;
                }
            }
        }
    }

    /** One random swap (keeping every hard rule) of a member of a group without a common slot; false if none found. */
    private boolean perturb(java.util.SplittableRandom rnd) {
        List<Integer> bad = new ArrayList<>();
        for (int g = 0; g < plan.groups; g++) {
            if (cost[g] > 0) {
                bad.add(g);
            }
        }
        for (int attempt = 0; attempt < 50 && !bad.isEmpty(); attempt++) {
            int g = bad.get(rnd.nextInt(bad.size()));
            List<Integer> mine = items.get(g);
            int i = mine.get(rnd.nextInt(mine.size()));
            int h = rnd.nextInt(plan.groups);
            if (h == g || !movable[i] || items.get(h).isEmpty()) {
                continue;
            }
            int j = items.get(h).get(rnd.nextInt(items.get(h).size()));
            if (movable[j] && plan.isSeat(i) == plan.isSeat(j) && swapKeepsRules(i, g, j, h)) {
                move(i, g, h);
                move(j, h, g);
                refresh(g);
                refresh(h);
                return true;
            }
        }
        return false;
    }

    private void restore(int[] target) {
        for (List<Integer> list : items) {
            list.clear();
        }
        for (int[] row : setCount) {
            Arrays.fill(row, 0);
        }
        for (int i = 0; i < target.length; i++) {
            assignment[i] = target[i];
            items.get(target[i]).add(i);
            for (int s : setsOf[i]) {
                setCount[s][target[i]]++;
            }
        }
        for (int g = 0; g < plan.groups; g++) {
            refresh(g);
        }
    }

    /**
     * Single moves and swaps after which group {@code g} and the other group involved both have a common slot (every
     * hard rule kept), as {item, group, item swapped back or -1}; at most {@code limit}.
     */
    public List<int[]> fixes(int g, int limit, long deadline) {
        List<int[]> out = new ArrayList<>();
        for (int i : items.get(g)) {
            if (!movable[i] || System.nanoTime() > deadline) {
                continue;
            }
            boolean seat = plan.isSeat(i);
            for (int h = 0; h < plan.groups + (plan.bench && seat ? 1 : 0) && out.size() < limit; h++) {
                if (h == g) {
                    continue;
                }
                for (int j : items.get(h)) {
                    if (out.size() < limit && movable[j] && plan.isSeat(j) == seat && swapKeepsRules(i, g, j, h)
                            && (seat ? seatSwapCost(i, g, j, h) : costWith(g, i, j) + costWith(h, j, i)) == 0) {
                        out.add(new int[] {i, h, j});
                    }
                }
                if (out.size() < limit && !seat && h < plan.groups && relocationKeepsRules(i, g, h)
                        && costWith(g, i, -1) + costWith(h, -1, i) == 0) {
                    out.add(new int[] {i, h, -1});
                }
            }
        }
        return out;
    }

    /** The reference zones group {@code g} is evaluated in. */
    public List<String> zones(int g) {
        return List.of(zone[g]);
    }

    /** Member-sessions outside availability over all groups. */
    public int outside() {
        int s = 0;
        for (int c : cost) {
            s += c;
        }
        return s;
    }

    private boolean improve(int g) {
        int bestDelta = 0;
        double bestGain = Double.NEGATIVE_INFINITY;
        int bestI = -1;
        int bestJ = -1;
        int bestH = -1;
        for (int i : new ArrayList<>(items.get(g))) {
            if (!movable[i]) {
                continue;
            }
            boolean seat = plan.isSeat(i);
            for (int h : candidates(i, g)) {
                boolean bench = h == plan.groups;
                int before = cost[g] + (bench ? 0 : cost[h]);
                for (int j : items.get(h)) {
                    if (!movable[j] || plan.isSeat(j) != seat || !swapKeepsRules(i, g, j, h)) {
                        continue;
                    }
                    int after = seat ? seatSwapCost(i, g, j, h) : costWith(g, i, j) + costWith(h, j, i);
                    int delta = after - before;
                    if (delta < bestDelta || delta == bestDelta && delta < 0) {
                        double gain = gain(i, g, j, h);
                        if (delta < bestDelta || gain > bestGain) {
                            bestDelta = delta;
                            bestGain = gain;
                            bestI = i;
                            bestJ = j;
                            bestH = h;
                        }
                    }
                }
                if (!seat && !bench && relocationKeepsRules(i, g, h)) {
                    int delta = costWith(g, i, -1) + costWith(h, -1, i) - before;
                    if (delta < bestDelta || delta == bestDelta && delta < 0) {
                        double gain = gain(i, g, -1, h);
                        if (delta < bestDelta || gain > bestGain) {
                            bestDelta = delta;
                            bestGain = gain;
                            bestI = i;
                            bestJ = -1;
                            bestH = h;
                        }
                    }
                }
            }
        }
        if (bestI < 0) {
            return cycle(g);
        }
        int[] moved = bestJ >= 0 ? new int[] {bestI, bestJ} : new int[] {bestI};
        int[] to = bestJ >= 0 ? new int[] {bestH, g} : new int[] {bestH};
        return apply(moved, to);
    }

    /**
     * Applies moves and keeps them only when the member-sessions outside availability really went down (the
     * estimate tries the groups' current reference zones; a changed membership can change which zones are tried).
     */
    private boolean apply(int[] moved, int[] to) {
        int[] fromGroups = new int[moved.length];
        java.util.Set<Integer> touched = new java.util.TreeSet<>();
        for (int k = 0; k < moved.length; k++) {
            fromGroups[k] = assignment[moved[k]];
            touched.add(fromGroups[k]);
            touched.add(to[k]);
        }
        touched.removeIf(x -> x >= plan.groups);
        int before = touched.stream().mapToInt(x -> cost[x]).sum();
        for (int k = 0; k < moved.length; k++) {
            move(moved[k], fromGroups[k], to[k]);
        }
        touched.forEach(this::refresh);
        int after = touched.stream().mapToInt(x -> cost[x]).sum();
        if (after < before) {
            return true;
        }
        for (int k = moved.length - 1; k >= 0; k--) {
            move(moved[k], to[k], fromGroups[k]);
        }
        touched.forEach(this::refresh);
        return false;
    }

    /**
     * Three mentees in three groups each move one group on (i from g to h, j from h to k, l from k to g): what a
     * single swap cannot do when a group's misfit fits only where someone else must first make room.
     */
    private boolean cycle(int g) {
        int bestDelta = 0;
        int[] best = null;
        for (int i : items.get(g)) {
            if (!movable[i] || plan.isSeat(i)) {
                continue;
            }
            for (int h : limit(candidates(i, g), CYCLE_GROUPS)) {
                if (h >= plan.groups) {
                    continue;
                }
                for (int j : items.get(h)) {
                    if (!movable[j] || plan.isSeat(j)) {
                        continue;
                    }
                    int hAfter = costWith(h, j, i);
                    for (int k : limit(candidates(j, h), CYCLE_GROUPS)) {
                        if (k == g || k >= plan.groups) {
                            continue;
                        }
                        for (int l : items.get(k)) {
                            if (!movable[l] || plan.isSeat(l)) {
                                continue;
                            }
                            int gAfter = costWith(g, i, l);
                            if (gAfter >= cost[g]) {
                                continue;
                            }
                            int delta = gAfter + hAfter + costWith(k, l, j) - cost[g] - cost[h] - cost[k];
                            if (delta < bestDelta && keepsRules(new int[] {i, j, l}, new int[] {h, k, g})) {
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

    private static final int CYCLE_GROUPS = 10;

    private static List<Integer> limit(List<Integer> list, int n) {
        return list.size() <= n ? list : list.subList(0, n);
    }

    /** The groups worth trying for item {@code i}, most promising first: those whose best slots it fits best. */
    private List<Integer> candidates(int i, int g) {
        List<Integer> out = new ArrayList<>();
        int m = plan.groups + (plan.bench && plan.isSeat(i) ? 1 : 0);
        for (int h = 0; h < m; h++) {
            if (h != g) {
                out.add(h);
            }
        }
        short[] mine = choice.misses(plan.itemPerson[i], zone[g][0], from);
        // Rank by how few of i's sessions miss the other group's current best slots (in this group's zone: a cheap,
        // zone-independent-enough proxy), then keep the best few.
        double[] score = new double[plan.groups + 1];
        for (int h : out) {
            if (h == plan.groups) {
                score[h] = Double.NEGATIVE_INFINITY;
                continue;
            }
            int[] t = total[h][0];
            int best = Integer.MAX_VALUE;
            for (int c = 0; c < t.length; c++) {
                best = Math.min(best, t[c] + mine[c]);
            }
            score[h] = best - cost[h];
        }
        out.sort((a, b) -> Double.compare(score[a], score[b]));
        return limit(out, CANDIDATE_GROUPS);
    }

    private int seatSwapCost(int i, int g, int j, int h) {
        // A mentor swap can change the groups' reference zones: evaluate both groups afresh.
        List<Integer> ga = new ArrayList<>(items.get(g));
        ga.remove(Integer.valueOf(i));
        ga.add(j);
        int sum = costFresh(g, ga);
        if (h < plan.groups) {
            List<Integer> ha = new ArrayList<>(items.get(h));
            ha.remove(Integer.valueOf(j));
            ha.add(i);
            sum += costFresh(h, ha);
        }
        return sum;
    }

    private int costFresh(int g, List<Integer> groupItems) {
        List<Integer> saved = items.get(g);
        items.set(g, groupItems);
        String[] zones = zonesOf(g);
        items.set(g, saved);
        int[] persons = persons(groupItems);
        int[][] totals = new int[zones.length][];
        for (int z = 0; z < zones.length; z++) {
            totals[z] = choice.totals(persons, zones[z], from);
        }
        return costOf(g, totals, persons);
    }

    /** Soft-criteria gain of the move (pair weights inside real groups); higher is better. */
    private double gain(int i, int g, int j, int h) {
        double gain = 0;
        int pi = plan.itemPerson[i];
        boolean hReal = h < plan.groups;
        for (int k : items.get(g)) {
            if (k != i) {
                int pk = plan.itemPerson[k];
                gain -= pk == pi ? 0 : criteria.pair(pi, pk);
                if (j >= 0 && pk != plan.itemPerson[j]) {
                    gain += criteria.pair(plan.itemPerson[j], pk);
                }
            }
        }
        if (hReal) {
            for (int k : items.get(h)) {
                if (k != j) {
                    int pk = plan.itemPerson[k];
                    gain += pk == pi ? 0 : criteria.pair(pi, pk);
                    if (j >= 0 && pk != plan.itemPerson[j]) {
                        gain -= criteria.pair(plan.itemPerson[j], pk);
                    }
                }
            }
        }
        return gain;
    }

    private boolean swapKeepsRules(int i, int g, int j, int h) {
        return keepsRules(new int[] {i, j}, new int[] {h, g});
    }

    private boolean relocationKeepsRules(int i, int g, int h) {
        long inG = items.get(g).stream().filter(k -> !plan.isSeat(k)).count();
        long inH = items.get(h).stream().filter(k -> !plan.isSeat(k)).count();
        return inG - 1 >= plan.lower[g] && inH + 1 <= plan.upper[h] && keepsRules(new int[] {i}, new int[] {h});
    }

    /** Whether moving each {@code moved[k]} to group {@code to[k]} keeps together, apart and non-isolation rules. */
    private boolean keepsRules(int[] moved, int[] to) {
        for (int k = 0; k < moved.length; k++) {
            int mine = to[k];
            for (int a : togetherOf[moved[k]]) {
                if (after(a, moved, to) != mine) {
                    return false;
                }
            }
            for (int a : apartOf[moved[k]]) {
                if (after(a, moved, to) == mine && mine < plan.groups) {
                    return false;
                }
            }
        }
        for (int k = 0; k < moved.length; k++) {
            for (int s : setsOf[moved[k]]) {
                for (int x = 0; x < moved.length; x++) {
                    if (!holdsIn(s, assignment[moved[x]], moved, to) || !holdsIn(s, to[x], moved, to)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private int after(int item, int[] moved, int[] to) {
        for (int k = 0; k < moved.length; k++) {
            if (moved[k] == item) {
                return to[k];
            }
        }
        return assignment[item];
    }

    /** Whether group {@code g} keeps 0 or at least 2 holders of isolation set {@code s} after the moves. */
    private boolean holdsIn(int s, int g, int[] moved, int[] to) {
        if (g >= plan.groups) {
            return true;
        }
        int count = setCount[s][g];
        for (int k = 0; k < moved.length; k++) {
            if (contains(setsOf[moved[k]], s)) {
                if (assignment[moved[k]] == g) {
                    count--;
                }
                if (to[k] == g) {
                    count++;
                }
            }
        }
        return count != 1;
    }

    private static boolean contains(int[] a, int x) {
        for (int y : a) {
            if (y == x) {
                return true;
            }
        }
        return false;
    }

    private void move(int item, int from, int to) {
        items.get(from).remove(Integer.valueOf(item));
        items.get(to).add(item);
        assignment[item] = to;
        for (int s : setsOf[item]) {
            setCount[s][from]--;
            setCount[s][to]++;
        }
    }
}
