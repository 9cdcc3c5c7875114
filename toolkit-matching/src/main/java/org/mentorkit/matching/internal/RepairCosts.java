package org.mentorkit.matching.internal;

import java.util.ArrayList;
import java.util.List;
import org.mentorkit.model.MeetingSlot;

/**
 * The availability phase's cost of each group: the member-sessions outside availability under the group's best slot
 * (over its reference zones) or under its saved slot. Each group keeps, per reference zone, the sum of its members'
 * misses for each of the 672 candidate slots, so a move is evaluated by subtracting one member's misses and adding
 * another's, without re-scanning the group.
 */
final class RepairCosts {

    private final FormationPlan formation;
    private final SlotChoice choice;
    private final RepairMembers members;
    private final SessionPlan[] plan; // per real group: the sessions its slots are judged on
    private final MeetingSlot[] savedSlot; // per real group: the slot to keep, or null
    private final String[][] zone; // per real group: reference zones tried (saved slot's, or mentors' then members')
    private final SlotChoice.MissTable[][] misses; // per real group and zone: its members' misses, kept at hand
    private final int[][][] total; // per real group and zone: member-sessions outside for each candidate
    private final int[][][] shortlist; // per real group and zone: the candidates that can still be a swap's best
    private final int[][] plainCount; // per real group and zone: how many of the shortlist lie on a full weekday
    private final int[] mostSessions; // per real group: the most sessions any weekday of its plan holds
    private final int[] cost;

    RepairCosts(FormationPlan formation, SlotChoice choice, RepairMembers members, MeetingSlot[] savedSlot,
            SessionPlan[] sessions) {
        this.formation = formation;
        this.choice = choice;
        this.members = members;
        this.savedSlot = savedSlot;
        this.plan = sessions;
        zone = new String[formation.groups()][];
        misses = new SlotChoice.MissTable[formation.groups()][];
        total = new int[formation.groups()][][];
        shortlist = new int[formation.groups()][][];
        plainCount = new int[formation.groups()][];
        mostSessions = new int[formation.groups()];
        cost = new int[formation.groups()];
        for (int g = 0; g < formation.groups(); g++) {
            mostSessions[g] = choice.mostSessions(sessions[g]);
            refresh(g);
        }
    }

    /** The cost of group {@code g} as last refreshed. */
    int cost(int g) {
        return cost[g];
    }

    /** Member-sessions outside availability over all groups. */
    int outside() {
        int s = 0;
        for (int c : cost) {
            s += c;
        }
        return s;
    }

    /** The reference zones group {@code g} is evaluated in. */
    List<String> zones(int g) {
        return List.of(zone[g]);
    }

    /** The fewest of group {@code g}'s first-zone totals plus {@code plus}, per candidate slot (exact). */
    int firstZoneFewestWith(int g, short[] plus) {
        return fewest(total[g][0], shortlist[g][0], plainCount[g][0], null, plus, Integer.MAX_VALUE, 0);
    }

    /** The misses of item {@code i} in group {@code g}'s first reference zone, per candidate slot. */
    short[] firstZoneMisses(int i, int g) {
        return misses[g][0].of(formation.person(i));
    }

    /** Recomputes group {@code g} after its members changed (its reference zones may change with them). */
    void refresh(int g) {
        zone[g] = zonesOf(g, members.items(g));
        int[] persons = members.persons(members.items(g));
        misses[g] = new SlotChoice.MissTable[zone[g].length];
        total[g] = new int[zone[g].length][];
        shortlist[g] = new int[zone[g].length][];
        plainCount[g] = new int[zone[g].length];
        for (int z = 0; z < zone[g].length; z++) {
            misses[g][z] = choice.table(zone[g][z], plan[g]);
            total[g][z] = choice.totals(persons, zone[g][z], plan[g]);
            shortlist[g][z] = shortlist(total[g][z], mostSessions[g], plan[g]);
            plainCount[g][z] = plainCount(shortlist[g][z], plan[g]);
        }
        cost[g] = costOf(g, total[g], persons);
    }

    /**
     * The candidates that can be the best after one member leaves and one joins: one member changes a candidate's
     * total by at most the number of sessions s, so the best after the swap is at most (fewest now + s), and a
     * candidate whose total now exceeds fewest + 2s cannot reach it. Skipping them keeps the result exact.
     */
    private static int[] shortlist(int[] t, int sessions, SessionPlan plan) {
        int fewest = Integer.MAX_VALUE;
        for (int v : t) {
            fewest = Math.min(fewest, v);
        }
        long bound = (long) fewest + 2L * sessions;
        // Candidates on full weekdays first, in ascending order of total (a counting sort over the few totals from
        // fewest to bound), so that fewest() can stop early; then those on short weekdays, read whole.
        boolean[] shortDay = new boolean[7];
        int count = 0;
        for (int d = 0; d < 7; d++) {
            shortDay[d] = plan.tooFew(d);
        }
        for (int v : t) {
            count += v <= bound ? 1 : 0;
        }
        int[] out = new int[count];
        int k = 0;
        for (long v = fewest; v <= bound; v++) {
            for (int c = 0; c < t.length; c++) {
                if (t[c] == v && !shortDay[c / SessionGrid.STARTS]) {
                    out[k++] = c;
                }
            }
        }
        for (int c = 0; c < t.length; c++) {
            if (t[c] <= bound && shortDay[c / SessionGrid.STARTS]) {
                out[k++] = c;
            }
        }
        return out;
    }

    /** How many candidates of a shortlist lie on weekdays that hold every session (they come first). */
    private static int plainCount(int[] shortlist, SessionPlan plan) {
        int k = 0;
        while (k < shortlist.length && !plan.tooFew(shortlist[k] / SessionGrid.STARTS)) {
            k++;
        }
        return k;
    }

    /** The reference zones of a group: its saved slot's, else its mentors' and then its other members'. */
    private String[] zonesOf(int g, List<Integer> groupItems) {
        if (savedSlot[g] != null) {
            return new String[] {savedSlot[g].timeZone()};
        }
        List<Integer> seats = groupItems.stream().filter(formation::isSeat).sorted().toList();
        return choice.zonesOf(members.persons(groupItems), members.persons(seats)).toArray(String[]::new);
    }

    private int costOf(int g, int[][] totals, int[] persons) {
        if (savedSlot[g] != null) {
            int c = SlotChoice.candidate(savedSlot[g]);
            return c >= 0 ? totals[0][c] : choice.outside(persons, savedSlot[g], plan[g])[0];
        }
        int best = Integer.MAX_VALUE;
        for (int[] t : totals) {
            for (int v : t) {
                best = Math.min(best, v);
            }
        }
        return best;
    }

    /**
     * Member-sessions outside availability of group {@code g} with item {@code out} replaced by {@code in} (either
     * may be -1: a move in or out), in the group's current reference zones.
     */
    int costWith(int g, int out, int in) {
        if (savedSlot[g] != null && SlotChoice.candidate(savedSlot[g]) < 0) {
            List<Integer> after = new ArrayList<>(members.items(g));
            after.remove(Integer.valueOf(out));
            if (in >= 0) {
                after.add(in);
            }
            return choice.outside(members.persons(after), savedSlot[g], plan[g])[0];
        }
        int best = Integer.MAX_VALUE;
        for (int z = 0; z < zone[g].length; z++) {
            int[] t = total[g][z];
            short[] minus = out < 0 ? null : misses[g][z].of(formation.person(out));
            short[] plus = in < 0 ? null : misses[g][z].of(formation.person(in));
            if (savedSlot[g] != null) {
                int c = SlotChoice.candidate(savedSlot[g]);
                return t[c] - (minus == null ? 0 : minus[c]) + (plus == null ? 0 : plus[c]);
            }
            int slack = minus == null ? 0 : mostSessions[g];
            best = Math.min(best, fewest(t, shortlist[g][z], plainCount[g][z], minus, plus, best, slack));
        }
        return best;
    }

    /**
     * min over the listed candidates of t - minus + plus, or {@code bound} if none is lower. Exact, with two early
     * stops: at 0 (nothing is lower), and, among the first {@code plain} candidates (full weekdays, in ascending order
     * of t), once t - slack reaches the best so far: there one member's misses are at most the sessions of a weekday
     * ({@code slack}), so no later candidate can be lower. The rest (weekdays too short for the curriculum, whose
     * misses are far larger) are always read whole.
     */
    private static int fewest(int[] t, int[] candidates, int plain, short[] minus, short[] plus, int bound,
            int slack) {
        int best = bound;
        for (int k = 0; k < candidates.length && best > 0; k++) {
            int c = candidates[k];
            if (k < plain && t[c] - slack >= best) {
                k = plain - 1; // skip to the short weekdays, if any
                continue;
            }
            int v = t[c] - (minus == null ? 0 : minus[c]) + (plus == null ? 0 : plus[c]);
            if (v < best) {
                best = v;
            }
        }
        return best;
    }

    /** The cost of both groups after swapping mentor seats {@code i} (in g) and {@code j} (in h, maybe the bench). */
    int seatSwapCost(int i, int g, int j, int h) {
        // A mentor swap can change the groups' reference zones, by at most the leaver's and the newcomer's: the
        // zones kept are judged by the group's incremental totals and only a new zone afresh, which is exactly the
        // fewest outside over the zones each changed group would be tried in.
        int sum = seatSwapCostOf(g, i, j);
        if (h < formation.groups()) {
            sum += seatSwapCostOf(h, j, i);
        }
        return sum;
    }

    /**
     * Group {@code g}'s cost with seat {@code out} replaced by {@code in}, over the reference zones it would then
     * have: a group without a saved slot is tried in every member's zone and UTC (the mentors' only come first), so
     * the leaver's zone goes unless it is UTC or still someone else's, and the newcomer's joins.
     */
    private int seatSwapCostOf(int g, int out, int in) {
        if (savedSlot[g] != null) {
            return costWith(g, out, in);
        }
        String leaving = choice.timeZone(formation.person(out));
        String joining = choice.timeZone(formation.person(in));
        boolean leavingStays = leaving.equals(joining) || leaving.equals(SlotChoice.UTC);
        for (int k : members.items(g)) {
            leavingStays |= k != out && choice.timeZone(formation.person(k)).equals(leaving);
        }
        int best = Integer.MAX_VALUE;
        boolean joiningKnown = false;
        for (int z = 0; z < zone[g].length; z++) {
            joiningKnown |= zone[g][z].equals(joining);
            if (!leavingStays && zone[g][z].equals(leaving)) {
                continue;
            }
            short[] minus = misses[g][z].of(formation.person(out));
            short[] plus = misses[g][z].of(formation.person(in));
            best = Math.min(best, fewest(total[g][z], shortlist[g][z], plainCount[g][z], minus, plus, best,
                    mostSessions[g]));
        }
        if (!joiningKnown && best > 0) {
            List<Integer> after = new ArrayList<>(members.items(g));
            after.remove(Integer.valueOf(out));
            after.add(in);
            for (int t : choice.totals(members.persons(after), joining, plan[g])) {
                best = Math.min(best, t);
            }
        }
        return best;
    }
}
