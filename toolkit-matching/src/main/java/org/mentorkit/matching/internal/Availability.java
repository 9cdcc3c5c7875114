package org.mentorkit.matching.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mentorkit.model.WeeklyWindow;

/**
 * Weekly availability on real dates: for every week of the program's span, each profile's windows are turned into
 * 15-minute slots of the UTC week, so that a daylight-saving change on either side moves the slots as it does in
 * reality. It feeds the time-zone criterion (shared hours of two people) and the explanations (a group's common
 * hours); the meeting slot itself is decided on the session dates by {@link SessionGrid} and {@link SlotChoice}.
 *
 * <p>Weeks in which no profile's slots differ from the week before form one segment, counted with its number of
 * weeks: a program from January to July has some 27 weeks but only a handful of segments (the weeks around the clock
 * changes of the zones present). A pair's common hours then cost one AND and popcount per segment and word, which is
 * what keeps the time-zone criterion affordable for thousands of distinct profiles (profiles squared pairs).
 */
public final class Availability {

    /** Slots of 15 minutes in a week. */
    static final int SLOTS = 7 * 24 * 4;
    private static final int WORDS = (SLOTS + 63) / 64;

    private final AvailabilityProfiles profiles;
    private final Instant firstWeek; // Monday 00:00 UTC of the program's first week
    private final int weeks;
    private final int[] segmentWeeks; // segment -> number of weeks it stands for
    private final int[] segmentFirstWeek; // segment -> its first week
    private final long[][] bits; // profile -> [segment * WORDS + word]
    private final double[] profileHours; // average weekly hours of each profile

    /**
     * @param profiles the participants' availability profiles
     * @param from     the program's first day
     * @param until    the day after its last day
     */
    public Availability(AvailabilityProfiles profiles, LocalDate from, LocalDate until) {
        this.profiles = profiles;
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Instant> starts = new ArrayList<>();
        for (LocalDate d = monday; d.isBefore(until) || starts.isEmpty(); d = d.plusWeeks(1)) {
            starts.add(d.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        firstWeek = starts.get(0);
        weeks = starts.size();
        int k = profiles.count();
        int[] segmentOfWeek = segments(starts, profiles);
        int segmentCount = segmentOfWeek[weeks - 1] + 1;
        segmentFirstWeek = new int[segmentCount];
        segmentWeeks = new int[segmentCount];
        for (int w = weeks - 1; w >= 0; w--) {
            segmentFirstWeek[segmentOfWeek[w]] = w;
            segmentWeeks[segmentOfWeek[w]]++;
        }
        List<Instant> firstWeeks = new ArrayList<>();
        for (int w : segmentFirstWeek) {
            firstWeeks.add(starts.get(w));
        }
        bits = new long[k][];
        profileHours = new double[k];
        for (int a = 0; a < k; a++) {
            long[][] bySegment = slots(firstWeeks, profiles.zone(a), profiles.windows(a));
            bits[a] = new long[segmentCount * WORDS];
            for (int s = 0; s < segmentCount; s++) {
                System.arraycopy(bySegment[s], 0, bits[a], s * WORDS, WORDS);
            }
            profileHours[a] = common(bits[a], bits[a]);
        }
    }

    /**
     * The segment of each week. A week whose every zone keeps one UTC offset from two days before it to two days after
     * it (the local days whose windows can reach into it) is "regular": its slots depend only on those offsets, so it
     * joins the segment before it when that segment's first week is regular with the same offsets. A week with a clock
     * change nearby is a segment of its own.
     */
    private static int[] segments(List<Instant> starts, AvailabilityProfiles profiles) {
        List<ZoneRules> rules = new ArrayList<>();
        for (int a = 0; a < profiles.count(); a++) {
            ZoneRules r = profiles.zone(a).getRules();
            if (!rules.contains(r)) {
                rules.add(r);
            }
        }
        int[] out = new int[starts.size()];
        int[] segmentOffsets = null; // offsets of the current segment's first week, null when it is irregular
        int segment = -1;
        for (int w = 0; w < starts.size(); w++) {
            Instant before = starts.get(w).minus(Duration.ofDays(2));
            Instant after = starts.get(w).plus(Duration.ofDays(9));
            int[] offsets = new int[rules.size()];
            boolean regular = true;
            for (int z = 0; z < rules.size() && regular; z++) {
                ZoneOffsetTransition next = rules.get(z).nextTransition(before);
                regular = next == null || !next.getInstant().isBefore(after);
                offsets[z] = rules.get(z).getOffset(before).getTotalSeconds();
            }
            if (!regular || segmentOffsets == null || !Arrays.equals(offsets, segmentOffsets)) {
                segment++;
                segmentOffsets = regular ? offsets : null;
            }
            out[w] = segment;
        }
        return out;
    }

    /**
     * The 15-minute slots of each UTC week (Monday 00:00 to Monday 00:00) inside the windows, with each window laid on
     * its real local date: the local days from the day before the UTC Monday to the day after the UTC Sunday are
     * visited, so a window that falls partly into the week from a neighbouring local day counts exactly where it is.
     */
    private static long[][] slots(List<Instant> weekStarts, ZoneId zone, List<WeeklyWindow> windows) {
        long[][] out = new long[weekStarts.size()][WORDS];
        for (int w = 0; w < weekStarts.size(); w++) {
            long weekStart = weekStarts.get(w).getEpochSecond();
            LocalDate utcMonday = weekStarts.get(w).atZone(ZoneOffset.UTC).toLocalDate();
            for (LocalDate day = utcMonday.minusDays(1); day.isBefore(utcMonday.plusDays(8)); day = day.plusDays(1)) {
                for (WeeklyWindow window : windows) {
                    if (window.day() != day.getDayOfWeek()) {
                        continue;
                    }
                    long start = ZonedDateTime.of(day, window.start(), zone).toEpochSecond();
                    long end = window.end().equals(LocalTime.MIDNIGHT)
                            ? ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, zone).toEpochSecond()
                            : ZonedDateTime.of(day, window.end(), zone).toEpochSecond();
                    long first = Math.max(0, -Math.floorDiv(-(start - weekStart), 900));
                    long to = Math.min(SLOTS, Math.floorDiv(end - weekStart, 900));
                    for (long s = first; s < to; s++) {
                        out[w][(int) (s >>> 6)] |= 1L << (s & 63);
                    }
                }
            }
        }
        return out;
    }

    /** Average weekly hours common to two profiles' slot arrays. */
    private double common(long[] a, long[] b) {
        long quarters = 0;
        for (int s = 0; s < segmentWeeks.length; s++) {
            int c = 0;
            for (int i = s * WORDS, end = i + WORDS; i < end; i++) {
                c += Long.bitCount(a[i] & b[i]);
            }
            quarters += (long) c * segmentWeeks[s];
        }
        return quarters / 4.0 / weeks;
    }

    /** The profile (zone and windows) of participant {@code p}: equal profiles are interchangeable. */
    public int profile(int p) {
        return profiles.of(p);
    }

    /** Number of distinct profiles. */
    public int profiles() {
        return profiles.count();
    }

    /** Number of segments of weeks with identical slots for every profile. */
    int segments() {
        return segmentWeeks.length;
    }

    /** Average weekly hours of participant {@code p}'s availability. */
    public double hours(int p) {
        return profileHours[profiles.of(p)];
    }

    /** Average weekly hours in which both {@code p} and {@code q} are available. */
    public double pairHours(int p, int q) {
        return common(bits[profiles.of(p)], bits[profiles.of(q)]);
    }

    /** Weekly common hours of a group: the average over the program's weeks and the fewest in any week. */
    public double[] groupHours(List<Integer> members) {
        double min = Double.POSITIVE_INFINITY;
        double total = 0;
        for (int s = 0; s < segmentWeeks.length; s++) {
            double h = count(common(members, s)) / 4.0;
            total += h * segmentWeeks[s];
            min = Math.min(min, h);
        }
        return new double[] {total / weeks, min};
    }

    private long[] common(List<Integer> members, int segment) {
        long[] acc = new long[WORDS];
        Arrays.fill(acc, -1L);
        for (int p : members) {
            long[] x = bits[profiles.of(p)];
            for (int i = 0; i < WORDS; i++) {
                acc[i] &= x[segment * WORDS + i];
            }
        }
        return acc;
    }

    private static int count(long[] words) {
        int c = 0;
        for (long w : words) {
            c += Long.bitCount(w);
        }
        return c;
    }

    /** The group's common windows in the program's first week, as [start instant, minutes] runs of slots. */
    public List<Run> firstWeekWindows(List<Integer> members) {
        long[] common = common(members, 0);
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
            out.add(new Run(firstWeek.plusSeconds(s * 900L), (e - s) * 15));
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
        return firstWeek;
    }

    /** Number of weeks considered. */
    public int weeks() {
        return weeks;
    }
}
