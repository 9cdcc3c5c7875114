package org.mentorkit.matching.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorkit.model.EarlierSlot;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Program;
import org.mentorkit.model.SessionDates;
import org.mentorkit.model.WeeklyWindow;

/**
 * The program's real session times on one timeline of 15-minute UTC steps, and for every participant the steps at
 * which a session of the program's length can start inside their availability (their windows laid on the real dates in
 * their own zone, so a daylight-saving change on either side moves them as it does in reality). A candidate slot (a
 * weekday and start time in a reference zone) maps to the steps of the session dates of a {@link SessionPlan}: the
 * dates {@code schedule} uses, after the group's earlier slots when re-forming. Checking one member-session is then one bit lookup.
 * Participants of one {@link AvailabilityProfiles profile} share one timeline.
 */
public final class SessionGrid {

    /** Candidate start times per day: every 15 minutes. */
    public static final int STARTS = 24 * 4;
    private static final int STEP_SECONDS = 900;

    private final Program program;
    private final int sessions; // sessions a group holds: the first of the cadence's dates
    private final int minutes; // length of the longest session
    private final long origin; // epoch second of step 0
    private final int steps;
    private final AvailabilityProfiles profiles;
    private final BitSet[] startable; // profile -> steps at which a session fits its availability
    private final Map<String, int[][][]> slotSteps = new HashMap<>(); // zone|plan -> [day][start][session] -> step
    private final Map<String, SessionPlan> plans = new HashMap<>();

    /** A grid for every session date of the cadence, each {@code cadence.sessionMinutes} long. */
    public SessionGrid(AvailabilityProfiles profiles, Program program) {
        this(profiles, program, 0, 0);
    }

    /**
     * @param sessions       the number of sessions a group holds (the first dates of the cadence), 0 for all
     * @param sessionMinutes the longest session's minutes, 0 for the cadence's
     */
    public SessionGrid(AvailabilityProfiles profiles, Program program, int sessions, int sessionMinutes) {
        this.program = program;
        this.profiles = profiles;
        this.sessions = sessions <= 0 ? Integer.MAX_VALUE : sessions;
        this.minutes = sessionMinutes <= 0 ? program.cadence().sessionMinutes() : sessionMinutes;
        LocalDate first = program.startDate().minusDays(2);
        LocalDate last = SessionDates.end(program).plusDays(9); // a blackout move can push a session past the end
        origin = first.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        steps = (int) ((last.atStartOfDay(ZoneOffset.UTC).toEpochSecond() - origin) / STEP_SECONDS);
        startable = new BitSet[profiles.count()];
        for (int a = 0; a < startable.length; a++) {
            startable[a] = startable(profiles.zone(a), profiles.windows(a), first, last);
        }
    }

    /**
     * The steps at which a session of {@link #minutes} can start with every minute inside the member's windows, laid
     * on the real dates in their zone. Exact to the second, as {@code schedule} checks it: windows that touch or
     * overlap count together (also across midnight), and neither a window's edges nor the session's length need be on
     * the 15-minute grid (a 50-minute session fits a window ending at :50).
     */
    private BitSet startable(ZoneId zone, List<WeeklyWindow> windows, LocalDate first, LocalDate last) {
        List<long[]> spans = new ArrayList<>();
        for (WeeklyWindow w : windows) {
            LocalDate firstDay = first.minusDays(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(w.day()));
            for (LocalDate day = firstDay; !day.isAfter(last); day = day.plusWeeks(1)) {
                long start = ZonedDateTime.of(day, w.start(), zone).toEpochSecond();
                long end = w.end().equals(LocalTime.MIDNIGHT)
                        ? ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, zone).toEpochSecond()
                        : ZonedDateTime.of(day, w.end(), zone).toEpochSecond();
                if (start < end) {
                    spans.add(new long[] {start, end});
                }
            }
        }
        spans.sort(Comparator.comparingLong(span -> span[0]));
        BitSet out = new BitSet(steps);
        long sessionSeconds = minutes * 60L;
        long from = Long.MIN_VALUE;
        long to = Long.MIN_VALUE;
        for (long[] span : spans) {
            if (span[0] > to) { // a gap: the stretch so far is complete
                mark(out, from, to, sessionSeconds);
                from = span[0];
            }
            to = Math.max(to, span[1]);
        }
        mark(out, from, to, sessionSeconds);
        return out;
    }

    /** Marks the steps at which a session of {@code sessionSeconds} starts and ends inside [from, to). */
    private void mark(BitSet out, long from, long to, long sessionSeconds) {
        if (from == Long.MIN_VALUE || to - from < sessionSeconds) {
            return;
        }
        long first = Math.max(0, -Math.floorDiv(-(from - origin), STEP_SECONDS)); // first step at or after from
        long last = Math.min(steps - 1L, Math.floorDiv(to - sessionSeconds - origin, STEP_SECONDS));
        if (first <= last) {
            out.set((int) first, (int) last + 1);
        }
    }

    /** The number of sessions each group holds, or 0 when unknown (every cadence date counts). */
    public int sessionsHeld() {
        return sessions == Integer.MAX_VALUE ? 0 : sessions;
    }

    /** The number of steps on the timeline. */
    public int steps() {
        return steps;
    }

    /** The minutes of a session (the longest, when the sessions differ). */
    public int sessionMinutes() {
        return minutes;
    }

    /**
     * The sessions a slot is judged on when the group's slot never changed ({@code earlier} empty) or changed before
     * ({@code earlier}, oldest first), counted from {@code from} (null: every session): see {@link SessionPlan}.
     */
    public SessionPlan plan(List<EarlierSlot> earlier, LocalDate from) {
        SessionPlan plan = SessionPlan.kept(program, sessions, earlier, from);
        return plans.computeIfAbsent(plan.key(), k -> plan);
    }

    /** Every session of a group whose slot never changed, from {@code from} (null: every session). */
    public SessionPlan plan(LocalDate from) {
        return plan(List.of(), from);
    }

    /** The sessions a new slot replacing {@code saved} from {@code effective} is judged on: see {@link SessionPlan}. */
    public SessionPlan planAfterChange(List<EarlierSlot> earlier, MeetingSlot saved, LocalDate effective) {
        SessionPlan plan = SessionPlan.afterChange(program, sessions, earlier, saved, effective);
        return plans.computeIfAbsent(plan.key(), k -> plan);
    }

    /** The step of each judged session of a slot (day, start index in 15-minute steps, zone): [day][start][session]. */
    public int[][][] steps(String zone, SessionPlan plan) {
        return slotSteps.computeIfAbsent(zone + "|" + plan.key(), k -> build(zone, plan));
    }

    private int[][][] build(String zoneId, SessionPlan plan) {
        ZoneId zone = ZoneId.of(zoneId);
        int[][][] out = new int[7][STARTS][];
        for (int d = 0; d < 7; d++) {
            LocalDate[] dates = plan.datesOf(d);
            for (int s = 0; s < STARTS; s++) {
                LocalTime time = LocalTime.of(s / 4, (s % 4) * 15);
                int[] row = new int[dates.length];
                for (int k = 0; k < row.length; k++) {
                    row[k] = step(ZonedDateTime.of(dates[k], time, zone).toInstant());
                }
                out[d][s] = row;
            }
        }
        return out;
    }

    /** The step of an instant; -1 outside the timeline or off the 15-minute grid (then no one counts as free). */
    public int step(Instant instant) {
        long d = instant.getEpochSecond() - origin;
        if (d < 0 || d % STEP_SECONDS != 0 || d / STEP_SECONDS >= steps) {
            return -1;
        }
        return (int) (d / STEP_SECONDS);
    }

    /** The instant of a step. */
    public Instant instant(int step) {
        return Instant.ofEpochSecond(origin + (long) step * STEP_SECONDS);
    }

    /** Whether participant {@code p} can attend a session starting at {@code step}. */
    public boolean free(int p, int step) {
        return step >= 0 && startable[profiles.of(p)].get(step);
    }

    /** The number of distinct availability profiles. */
    public int profiles() {
        return profiles.count();
    }

    /** The index of participant {@code p}'s availability profile: equal for the same zone and windows. */
    public int profile(int p) {
        return profiles.of(p);
    }
}
