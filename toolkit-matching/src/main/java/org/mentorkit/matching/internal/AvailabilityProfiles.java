package org.mentorkit.matching.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.WeeklyWindow;

/**
 * Participants indexed by availability profile: two participants with the same zone and the same windows (as
 * {@link Program#availabilityOf} gives them, so the program's default counts) share one profile. Everything computed
 * from availability ({@link SessionGrid}, {@link Availability}) is computed once per profile, not once per person.
 */
public final class AvailabilityProfiles {

    private final int[] profileOf; // participant -> profile
    private final List<ZoneId> zones = new ArrayList<>(); // profile -> zone
    private final List<List<WeeklyWindow>> windows = new ArrayList<>(); // profile -> windows

    public AvailabilityProfiles(List<Participant> people, Program program) {
        profileOf = new int[people.size()];
        Map<Key, Integer> known = new HashMap<>();
        for (int p = 0; p < people.size(); p++) {
            Participant x = people.get(p);
            Key key = new Key(x.timeZone(), List.copyOf(program.availabilityOf(x)));
            Integer id = known.get(key);
            if (id == null) {
                id = zones.size();
                known.put(key, id);
                zones.add(ZoneId.of(key.zone()));
                windows.add(key.windows());
            }
            profileOf[p] = id;
        }
    }

    private record Key(String zone, List<WeeklyWindow> windows) {
    }

    /** The profile of participant {@code p}. */
    public int of(int p) {
        return profileOf[p];
    }

    /** The number of participants indexed. */
    public int people() {
        return profileOf.length;
    }

    /** The number of distinct profiles. */
    public int count() {
        return zones.size();
    }

    /** The zone of a profile. */
    public ZoneId zone(int profile) {
        return zones.get(profile);
    }

    /** The weekly windows of a profile. */
    public List<WeeklyWindow> windows(int profile) {
        return windows.get(profile);
    }
}
