package org.mentorkit.matching.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorkit.model.MeetingSlot;

/**
 * The sessions that members of several groups (mentors of capacity 2 or more) already hold in their other groups, so
 * that a slot chosen for one group does not put them in two sessions at once. A member-session that overlaps a
 * session the member attends in another group counts as outside their availability: a slot that avoids the clash is
 * chosen when one exists, and otherwise the clash is reported. Only sessions the member is invited to count (a
 * mentor's peer-only sessions and sessions before they joined clash with nothing), judged on the real session dates.
 */
final class MentorClashes {

    /** One session a member attends in a group: [start, end) in epoch seconds. */
    private record Held(int group, int number, long start, long end) {
    }

    /** A member-session of a group that overlaps a session of the same member in another group. */
    record Clash(int person, int number, LocalDate date, int otherGroup, int otherNumber) {
    }

    private final SlotChoice choice;
    private final Map<Integer, List<Held>> held = new HashMap<>(); // person -> sessions held in the groups decided

    MentorClashes(SlotChoice choice) {
        this.choice = choice;
    }

    /** Records the sessions {@code persons} attend in group {@code g} at {@code slot}, replacing g's earlier ones. */
    void hold(int g, int[] persons, MeetingSlot slot, SessionPlan plan) {
        release(g);
        LocalDate[] dates = plan.dates(slot.day());
        int first = plan.first(slot.day());
        ZoneId zone = ZoneId.of(slot.timeZone());
        for (int p : persons) {
            for (int k = 0; k < dates.length; k++) {
                if (choice.attends(p, first + k, dates[k])) {
                    long start = ZonedDateTime.of(dates[k], slot.time(), zone).toEpochSecond();
                    held.computeIfAbsent(p, x -> new ArrayList<>())
                            .add(new Held(g, first + k + 1, start, start + 60L * slot.durationMinutes()));
                }
            }
        }
    }

    /** Forgets group {@code g}'s sessions (before choosing its slot again). */
    void release(int g) {
        held.values().forEach(list -> list.removeIf(h -> h.group() == g));
    }

    /** Whether any of {@code persons} holds sessions in a group other than {@code g}. */
    boolean anyElsewhere(int g, int[] persons) {
        for (int p : persons) {
            for (Held h : held.getOrDefault(p, List.of())) {
                if (h.group() != g) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * For every candidate slot of {@code zone}: how many member-sessions of {@code persons} in group {@code g} would
     * overlap one of their sessions in another group while lying inside their availability (a session already
     * outside it counts once, as a miss); indexed as {@link SlotChoice#misses}. Null when nobody holds another group.
     */
    int[] extra(int g, int[] persons, String zone, SessionPlan plan) {
        if (!anyElsewhere(g, persons)) {
            return null;
        }
        SessionGrid grid = choice.grid();
        int[][][] steps = grid.steps(zone, plan);
        long length = 60L * grid.sessionMinutes();
        int[] out = new int[SlotChoice.CANDIDATES];
        for (int p : persons) {
            List<Held> other = held.getOrDefault(p, List.of()).stream().filter(h -> h.group() != g).toList();
            if (other.isEmpty()) {
                continue;
            }
            for (int d = 0; d < 7; d++) {
                if (plan.tooFew(d)) {
                    continue; // already counted as more than any real number of misses
                }
                int k0 = plan.firstOf(d);
                LocalDate[] dates = plan.datesOf(d);
                for (int s = 0; s < SessionGrid.STARTS; s++) {
                    int[] row = steps[d][s];
                    for (int x = 0; x < row.length; x++) {
                        if (row[x] >= 0 && choice.attends(p, k0 + x, dates[x]) && grid.free(p, row[x])) {
                            long start = grid.instant(row[x]).getEpochSecond();
                            if (overlapping(other, start, start + length) != null) {
                                out[d * SessionGrid.STARTS + s]++;
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The member-sessions of {@code persons} at {@code slot} in group {@code g} that overlap their sessions in another
     * group ({@code earlierOnly}: in a group before it, in group order, so that each overlap is counted once, in the
     * later of the two groups, the member being taken to attend the earlier group's session). {@code inside}, per
     * person index and session, whether the session lies inside their availability (those outside are left out: they
     * count already).
     */
    List<Clash> of(int g, int[] persons, MeetingSlot slot, SessionPlan plan, boolean[][] inside, boolean earlierOnly) {
        List<Clash> out = new ArrayList<>();
        LocalDate[] dates = plan.dates(slot.day());
        int first = plan.first(slot.day());
        ZoneId zone = ZoneId.of(slot.timeZone());
        for (int m = 0; m < persons.length; m++) {
            int p = persons[m];
            List<Held> other = held.getOrDefault(p, List.of()).stream().filter(h -> earlierOnly ? h.group() < g : h.group() != g).toList();
            for (int k = 0; k < dates.length && !other.isEmpty(); k++) {
                if (!choice.attends(p, first + k, dates[k]) || !inside[m][k]) {
                    continue;
                }
                Instant start = ZonedDateTime.of(dates[k], slot.time(), zone).toInstant();
                Held h = overlapping(other, start.getEpochSecond(),
                        start.getEpochSecond() + 60L * slot.durationMinutes());
                if (h != null) {
                    out.add(new Clash(p, first + k + 1, dates[k], h.group(), h.number()));
                }
            }
        }
        return out;
    }

    private static Held overlapping(List<Held> sessions, long start, long end) {
        for (Held h : sessions) {
            if (start < h.end() && h.start() < end) {
                return h;
            }
        }
        return null;
    }
}
