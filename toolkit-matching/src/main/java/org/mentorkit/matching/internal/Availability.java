package org.mentorkit.matching.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.WeeklyWindow;

/**
 * Weekly availability on real dates: for every week of the program's span, each participant's windows are turned
 * into 15-minute slots of the UTC week, so that a daylight-saving change on either side moves the slots as it does in
 * reality. Participants with the same zone and windows share one profile, so pairwise overlaps cost a lookup.
 */
public final class Availability {

    /** Slots of 15 minutes in a week. */
    static final int SLOTS = 7 * 24 * 4;
    private static final int WORDS = (SLOTS + 63) / 64;

    private final Instant[] weekStarts; // Monday 00:00 UTC of each week
    private final int[] profileOf; // participant index -> profile
    private final List<long[][]> profiles = new ArrayList<>(); // profile -> [week][word]
    private final List<ZoneId> profileZones = new ArrayList<>();
    private final double[] profileHours; // average weekly hours of each profile
    private final double[][] pairHours; // profile x profile average weekly common hours

    /**
     * @param participants the participants, in index order
     * @param program      whose {@link Program#availabilityOf} gives each participant's windows
     * @param from         the program's first day
     * @param until        the day after its last day
     */
    public Availability(List<Participant> participants, Program program, LocalDate from, LocalDate until) {
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Instant> starts = new ArrayList<>();
        for (LocalDate d = monday; d.isBefore(until) || starts.isEmpty(); d = d.plusWeeks(1)) {
            starts.add(d.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        weekStarts = starts.toArray(new Instant[0]);
        profileOf = new int[participants.size()];
        Map<String, Integer> known = new HashMap<>();
        for (int p = 0; p < participants.size(); p++) {
            Participant x = participants.get(p);
            List<WeeklyWindow> windows = program.availabilityOf(x);
            String key = x.timeZone() + "|" + windows;
            Integer id = known.get(key);
            if (id == null) {
                id = profiles.size();
                known.put(key, id);
                ZoneId zone = ZoneId.of(x.timeZone());
                profiles.add(slots(zone, windows));
                profileZones.add(zone);
            }
            profileOf[p] = id;
        }
        int k = profiles.size();
        profileHours = new double[k];
        pairHours = new double[k][k];
        for (int a = 0; a < k; a++) {
            profileHours[a] = commonHours(java.util.Collections.singletonList(profiles.get(a)));
            for (int b = a; b < k; b++) {
                double h = commonHours(java.util.Arrays.asList(profiles.get(a), profiles.get(b)));
                pairHours[a][b] = h;
                pairHours[b][a] = h;
            }
        }
    }

    private long[][] slots(ZoneId zone, List<WeeklyWindow> windows) {
        long[][] bits = new long[weekStarts.length][WORDS];
        for (int w = 0; w < weekStarts.length; w++) {
            LocalDate localMonday = weekStarts[w].atZone(ZoneOffset.UTC).toLocalDate();
            for (WeeklyWindow window : windows) {
                LocalDate day = localMonday.plusDays(window.day().getValue() - 1L);
                Instant start = ZonedDateTime.of(day, window.start(), zone).toInstant();
                Instant end = window.end().equals(LocalTime.MIDNIGHT)
                        ? ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, zone).toInstant()
                        : ZonedDateTime.of(day, window.end(), zone).toInstant();
                long from = ceilDiv(start.getEpochSecond() - weekStarts[w].getEpochSecond(), 900);
                long to = Math.floorDiv(end.getEpochSecond() - weekStarts[w].getEpochSecond(), 900);
                for (long s = from; s < to; s++) {
                    int slot = (int) Math.floorMod(s, SLOTS); // the week is treated as cyclic at its edges
                    bits[w][slot >>> 6] |= 1L << (slot & 63);
                }
            }
        }
        return bits;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    private double commonHours(List<long[][]> members) {
        double total = 0;
        for (int w = 0; w < weekStarts.length; w++) {
            total += bitCount(and(members, w));
        }
        return total / 4.0 / weekStarts.length;
    }

    private static long[] and(List<long[][]> members, int week) {
        long[] acc = members.get(0)[week].clone();
        for (int k = 1; k < members.size(); k++) {
            long[] x = members.get(k)[week];
            for (int i = 0; i < WORDS; i++) {
                acc[i] &= x[i];
            }
        }
        return acc;
    }

    private static int bitCount(long[] bits) {
        int c = 0;
        for (long b : bits) {
            c += Long.bitCount(b);
        }
        return c;
    }

    /** The profile (zone and windows) of participant {@code p}: equal profiles are interchangeable. */
    public int profile(int p) {
        return profileOf[p];
    }

    /** Number of distinct profiles. */
    public int profiles() {
        return profiles.size();
    }

    /** Average weekly hours of participant {@code p}'s availability. */
    public double hours(int p) {
        return profileHours[profileOf[p]];
    }

    /** Average weekly hours in which both {@code p} and {@code q} are available. */
    public double pairHours(int p, int q) {
        return pairHours[profileOf[p]][profileOf[q]];
    }

    /** Weekly common hours of a group: the average over the program's weeks and the fewest in any week. */
    public double[] groupHours(List<Integer> members) {
        List<long[][]> bits = members.stream().map(p -> profiles.get(profileOf[p])).toList();
        double min = Double.POSITIVE_INFINITY;
        double total = 0;
        for (int w = 0; w < weekStarts.length; w++) {
            double h = bitCount(and(bits, w)) / 4.0;
            total += h;
            min = Math.min(min, h);
        }
        return new double[] {total / weekStarts.length, min};
    }

    /** The group's common windows in the program's first week, as [start instant, minutes] runs of slots. */
    public List<Run> firstWeekWindows(List<Integer> members) {
        List<long[][]> bits = members.stream().map(p -> profiles.get(profileOf[p])).toList();
        long[] common = and(bits, 0);
        List<Run> out = new ArrayList<>();
        int s = 0;
        while (s < SLOTS) {
            if (!isSet(common, s)) {
                s++;
                continue;
            }
            int e = s;
            while (e < SLOTS && isSet(common, e)) {
                e++;
            }
            out.add(new Run(weekStarts[0].plusSeconds(s * 900L), (e - s) * 15));
            s = e;
        }
        return out;
    }

    /** A run of common slots: its start and length. */
    public record Run(Instant start, int minutes) {
    }

    private static boolean isSet(long[] bits, int slot) {
        return (bits[slot >>> 6] & (1L << (slot & 63))) != 0;
    }

    /** The program's first instant considered (Monday 00:00 UTC of the first week). */
    public Instant firstWeek() {
        return weekStarts[0];
    }

    /** Number of weeks considered. */
    public int weeks() {
        return weekStarts.length;
    }
}
