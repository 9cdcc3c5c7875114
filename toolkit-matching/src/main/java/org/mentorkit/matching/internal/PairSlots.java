package org.mentorkit.matching.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mentorkit.model.Participant;

/**
 * Which pairs of participants could share a meeting slot at all: a slot (in UTC or a mentor's zone; UTC only above
 * 600 participants) inside both
 * availabilities for every session of the program. A group with a pair that cannot is a group without a common slot,
 * so the search is steered away from such pairs before the availability phase ({@link SlotRepair}) works on groups.
 */
public final class PairSlots {

    private static final int MAX_ZONES = 20;
    private static final int LARGE = 600;

    private final long[][] bits; // participant -> candidate slots (over the zones tried) free for every session

    public PairSlots(SlotChoice choice, List<Participant> people) {
        Set<String> zones = new LinkedHashSet<>();
        zones.add("UTC");
        // Above a few hundred people the pair test runs on UTC slots only: it is a steer, and n^2 pairs must stay cheap.
        for (Participant p : people.size() > LARGE ? List.<Participant>of() : people) {
            if (p.isMentor() && zones.size() < MAX_ZONES) {
                zones.add(p.timeZone());
            }
        }
        List<String> tried = new ArrayList<>(zones);
        int words = (tried.size() * SlotChoice.CANDIDATES + 63) / 64;
        bits = new long[people.size()][];
        java.util.Map<Object, long[]> byProfile = new java.util.HashMap<>();
        SessionPlan all = choice.plan(null);
        for (int p = 0; p < people.size(); p++) {
            int person = p;
            bits[p] = byProfile.computeIfAbsent(choice.profileKey(p), k -> {
                long[] b = new long[words];
                for (int z = 0; z < tried.size(); z++) {
                    short[] misses = choice.misses(person, tried.get(z), all);
                    for (int c = 0; c < misses.length; c++) {
                        if (misses[c] == 0) {
                            int bit = z * SlotChoice.CANDIDATES + c;
                            b[bit >>> 6] |= 1L << (bit & 63);
                        }
                    }
                }
                return b;
            });
        }
    }

    /**
     * Whether some two participants have no slot free for both in every session: then groups may lack a common slot
     * and the availability phase has work to do. Compared per distinct profile, stopping at the first such pair.
     */
    public boolean anyIncompatible() {
        Set<long[]> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<long[]> distinct = new ArrayList<>();
        for (long[] b : bits) {
            if (seen.add(b)) { // participants of one profile share one array
                distinct.add(b);
            }
        }
        for (int a = 0; a < distinct.size(); a++) {
            for (int b = a; b < distinct.size(); b++) {
                if (!overlap(distinct.get(a), distinct.get(b))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlap(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if ((a[i] & b[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code p} and {@code q} have a slot free for both in every session. */
    public boolean compatible(int p, int q) {
        return overlap(bits[p], bits[q]);
    }
}
