package org.mentorkit.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who is in which group while the availability phase moves people, and whether a move keeps the coordinator's hard
 * rules: together and apart pairs, non-isolation sets (no group with exactly one holder) and group sizes. The bench
 * (spare mentor seats) is group index {@code plan.groups()} when the plan has one; rules do not apply there.
 */
final class RepairMembers {

    private final FormationPlan plan;
    private final int[] assignment;
    private final List<List<Integer>> items = new ArrayList<>(); // per group (bench last): its items
    private final int[][] togetherOf;
    private final int[][] apartOf;
    private final int[][] setsOf; // item -> isolation sets it belongs to
    private final int[][] setCount; // isolation set -> group -> holders

    RepairMembers(FormationPlan plan, int[] assignment) {
        this.plan = plan;
        this.assignment = assignment.clone();
        int m = plan.groups() + (plan.bench() ? 1 : 0);
        for (int g = 0; g < m; g++) {
            items.add(new ArrayList<>());
        }
        for (int i = 0; i < assignment.length; i++) {
            items.get(assignment[i]).add(i);
        }
        int n = assignment.length;
        togetherOf = partners(plan.together(), n);
        apartOf = partners(plan.apart(), n);
        List<List<Integer>> sets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sets.add(new ArrayList<>());
        }
        setCount = new int[plan.isolationSets().size()][m];
        for (int s = 0; s < plan.isolationSets().size(); s++) {
            for (int i : plan.isolationSets().get(s)) {
                sets.get(i).add(s);
                setCount[s][assignment[i]]++;
            }
        }
        setsOf = sets.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
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

    /** The items of group {@code g} (the bench when {@code g == plan.groups()}); live, do not modify. */
    List<Integer> items(int g) {
        return items.get(g);
    }

    /** The group of item {@code i}. */
    int groupOf(int i) {
        return assignment[i];
    }

    /** A copy of the whole assignment. */
    int[] assignment() {
        return assignment.clone();
    }

    /** The participants of group {@code g}'s items. */
    int[] persons(List<Integer> groupItems) {
        return groupItems.stream().mapToInt(i -> plan.person(i)).toArray();
    }

    /** Moves item {@code item} from group {@code from} to group {@code to}. */
    void move(int item, int from, int to) {
        items.get(from).remove(Integer.valueOf(item));
        items.get(to).add(item);
        assignment[item] = to;
        for (int s : setsOf[item]) {
            setCount[s][from]--;
            setCount[s][to]++;
        }
    }

    /** Puts every item back where {@code target} says. */
    void restore(int[] target) {
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
    }

    boolean swapKeepsRules(int i, int g, int j, int h) {
        return !idlesOneToDoubleAnother(i, g, j, h) && keepsRules(new int[] {i, j}, new int[] {h, g});
    }

    /**
     * Whether swapping seat {@code i} (in g) with seat {@code j} (in h), one of them on the bench, would leave a
     * mentor without a group while another leads one more, two or more: formation gives every mentor a group before
     * anyone leads a second (capacity is a maximum), and this phase does not undo that for availability.
     */
    private boolean idlesOneToDoubleAnother(int i, int g, int j, int h) {
        int bench = plan.groups();
        if (!plan.isSeat(i) || (g != bench && h != bench) || g == h) {
            return false;
        }
        int leaving = g == bench ? j : i; // the seat that goes to the bench
        int entering = g == bench ? i : j;
        int out = plan.person(leaving);
        int in = plan.person(entering);
        return out != in && groupsLed(out) == 1 && groupsLed(in) >= 1;
    }

    /** How many real groups participant {@code person}'s seats are in. */
    private int groupsLed(int person) {
        int led = 0;
        for (int seat : plan.layout().itemsOf(person)) {
            if (assignment[seat] < plan.groups()) {
                led++;
            }
        }
        return led;
    }

    /** Whether mentee {@code i} can move from group {@code g} to group {@code h}: sizes and every rule kept. */
    boolean relocationKeepsRules(int i, int g, int h) {
        long inG = items.get(g).stream().filter(k -> !plan.isSeat(k)).count();
        long inH = items.get(h).stream().filter(k -> !plan.isSeat(k)).count();
        return inG - 1 >= plan.lower(g) && inH + 1 <= plan.upper(h) && keepsRules(new int[] {i}, new int[] {h});
    }

    /** Whether group {@code g} stays within its size bounds with one mentee fewer. */
    boolean canLeave(int g) {
        return items.get(g).stream().filter(k -> !plan.isSeat(k)).count() - 1 >= plan.lower(g);
    }

    /** Whether group {@code g} stays within its size bounds with one mentee more. */
    boolean canEnter(int g) {
        return items.get(g).stream().filter(k -> !plan.isSeat(k)).count() + 1 <= plan.upper(g);
    }

    /** Whether moving each {@code moved[k]} to group {@code to[k]} keeps together, apart and non-isolation rules. */
    boolean keepsRules(int[] moved, int[] to) {
        for (int k = 0; k < moved.length; k++) {
            int mine = to[k];
            for (int a : togetherOf[moved[k]]) {
                if (after(a, moved, to) != mine) {
                    return false;
                }
            }
            for (int a : apartOf[moved[k]]) {
                if (after(a, moved, to) == mine && mine < plan.groups()) {
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
        if (g >= plan.groups()) {
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
}
