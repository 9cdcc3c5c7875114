package org.mentorkit.matching.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;

/**
 * Chooses a group's regular meeting slot: the weekday and start time (every 15 minutes, in the reference zone, the
 * first mentor's) whose sessions on the program's real dates fall inside the most members' availability. Among the
 * slots that do equally well it prefers, in this order of weight: sessions inside everyone's local daytime (08:00 to
 * 20:00; the mentor's hours count twice, the mentor's preference), the same local time for each member in every session
 * (a slot across a clock change that moves nobody), the program's cadence weekday, then the earliest.
 */
public final class SlotChoice {

    private static final int DAY_START = 8 * 60;
    private static final int DAY_END = 20 * 60;

    private final SessionGrid grid;
    private final List<Participant> people;
    private final Program program;
    private final ZoneId[] zones;

    private final boolean[] peerOnly; // by session index (0 = a group's first session): mentors do not attend
    private final boolean anyPeerOnly;
    private final LocalDate[] joined; // per participant: the date they joined their group (re-forming), or null
    private final List<LocalDate> joinDates; // the distinct join dates: part of the key misses are kept under
    private final int[] missKeys; // per participant: the key its misses are kept under (see missKey)

    public SlotChoice(SessionGrid grid, List<Participant> people, Program program) {
        this(grid, people, program, java.util.Set.of());
    }

    /** @param peerOnlyNumbers the numbers (1 = first) of the peer-only sessions, which mentors do not attend */
    public SlotChoice(SessionGrid grid, List<Participant> people, Program program,
            java.util.Set<Integer> peerOnlyNumbers) {
        this.grid = grid;
        this.people = people;
        this.program = program;
        zones = people.stream().map(p -> ZoneId.of(p.timeZone())).toArray(ZoneId[]::new);
        int last = peerOnlyNumbers.stream().mapToInt(Integer::intValue).max().orElse(0);
        peerOnly = new boolean[last];
        peerOnlyNumbers.forEach(n -> peerOnly[n - 1] = true);
        anyPeerOnly = last > 0;
        joined = new LocalDate[people.size()];
        joinDates = List.of();
        missKeys = missKeys();
    }

    private SlotChoice(SlotChoice base, LocalDate[] joined) {
        grid = base.grid;
        people = base.people;
        program = base.program;
        zones = base.zones;
        peerOnly = base.peerOnly;
        anyPeerOnly = base.anyPeerOnly;
        this.joined = joined.clone();
        joinDates = java.util.Arrays.stream(joined).filter(java.util.Objects::nonNull).distinct().sorted().toList();
        missKeys = missKeys();
    }

    private int[] missKeys() {
        int[] keys = new int[people.size()];
        for (int p = 0; p < keys.length; p++) {
            keys[p] = missKey(p);
        }
        return keys;
    }

    /**
     * The same choice for members who joined their groups on the given dates (re-forming): as {@code schedule} does,
     * a member is judged only on the sessions dated on or after their join date in the slot's reference zone (the
     * same rule as the effective date and slot changes, so a session before the effective date is never theirs).
     *
     * @param joined per participant, the date they joined their group, or null for a member from the start
     */
    public SlotChoice withJoinDates(LocalDate[] joined) {
        return new SlotChoice(this, joined);
    }

    /** The grid the slots are judged on. */
    public SessionGrid grid() {
        return grid;
    }

    /**
     * Whether participant {@code p} attends a group's session with this index (0 = the first): mentors do not attend
     * peer-only sessions (as {@code schedule} does not invite them), so their availability does not count there.
     */
    public boolean attends(int p, int session) {
        return !(session < peerOnly.length && peerOnly[session] && people.get(p).isMentor());
    }

    /**
     * Whether participant {@code p} is invited to a group's session with this index held on {@code date}: not a
     * mentor at a peer-only session, and not dated before the date they joined, as {@code schedule} invites them.
     *
     * @param date the session's date in the slot's reference zone (a {@link SessionPlan} date), never the member's:
     *             join dates are judged on the same dates as the effective date and slot changes
     */
    public boolean attends(int p, int session, LocalDate date) {
        return attends(p, session) && (joined[p] == null || !date.isBefore(joined[p]));
    }

    /** The key misses are kept under: the profile, the join date, and whether they skip the peer-only sessions. */
    private int missKey(int p) {
        int join = joined[p] == null ? 0 : 1 + java.util.Collections.binarySearch(joinDates, joined[p]);
        return (join * grid.profiles() + grid.profile(p)) * 2 + (anyPeerOnly && people.get(p).isMentor() ? 1 : 0);
    }

    /**
     * A chosen slot and how well it fits.
     *
     * @param slot           the slot
     * @param outside        member-sessions outside the member's availability
     * @param memberSessions member-sessions counted (members x sessions from the date counted from)
     */
    public record Pick(MeetingSlot slot, int outside, int memberSessions, long penalty) {
    }

    /**
     * The reference zones worth trying for a group: its mentors' zones first (ties go to them), then the other
     * members', then UTC. A slot in a zone without daylight saving, or in the zone of the members whose windows are tightest,
     * can keep a group together across clock changes that a slot in the mentor's zone would break.
     */
    public List<String> zonesOf(int[] members, int[] mentors) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (int p : mentors) {
            out.add(people.get(p).timeZone());
        }
        for (int p : members) {
            out.add(people.get(p).timeZone());
        }
        out.add(UTC); // a slot fixed in UTC moves with nobody's clock: what groups across both hemispheres need
        return List.copyOf(out);
    }

    /** The reference zone every group is also tried in. */
    static final String UTC = "UTC";

    /** Participant {@code p}'s time zone. */
    String timeZone(int p) {
        return people.get(p).timeZone();
    }

    /** The best slot over several reference zones: fewest outside, then the lowest penalty, then the earlier zone. */
    public Pick best(int[] members, int[] mentors, List<String> zones, SessionPlan plan) {
        return best(members, mentors, zones, plan, zone -> null);
    }

    /**
     * The best slot over several reference zones, {@code extra} member-sessions counted outside as well for each
     * candidate of a zone (a mentor's sessions in another group: {@link MentorClashes}), or null for none.
     */
    Pick best(int[] members, int[] mentors, List<String> zones, SessionPlan plan,
            java.util.function.Function<String, int[]> extra) {
        Pick best = null;
        for (String zone : zones) {
            Pick pick = best(members, mentors, zone, plan, extra.apply(zone));
            if (best == null || pick.outside() < best.outside()
                    || pick.outside() == best.outside() && pick.penalty() < best.penalty()) {
                best = pick;
            }
        }
        return best;
    }

    /** The fewest member-sessions outside availability of any slot in any of {@code zones}. */
    public int fewestOutside(int[] members, List<String> zones, SessionPlan plan) {
        int best = Integer.MAX_VALUE;
        for (String zone : zones) {
            best = Math.min(best, fewestOutside(members, zone, plan));
            if (best == 0) {
                break;
            }
        }
        return best;
    }

    /** What a member counts on a slot whose weekday holds too few sessions: more than any real count of misses. */
    static final short TOO_FEW_SESSIONS = 1000;

    /** Candidate slots per zone: 7 days x {@link SessionGrid#STARTS} start times. */
    public static final int CANDIDATES = 7 * SessionGrid.STARTS;

    // zone -> plan -> profile -> misses: a lookup the availability phase makes millions of times, so keyed by the
    // zone's string (its hash is cached), the plan itself (one instance per plan) and an array index.
    private final java.util.Map<String, java.util.Map<SessionPlan, short[][]>> missCache = new java.util.HashMap<>();

    /** The sessions of a group whose slot never changed, from {@code from} (null: all): see {@link SessionGrid#plan}. */
    public SessionPlan plan(LocalDate from) {
        return grid.plan(from);
    }

    /**
     * For participant {@code p}: how many of the plan's sessions each candidate slot of {@code zone} puts outside
     * their availability, indexed day * STARTS + start. Participants of one profile share the array.
     */
    public short[] misses(int p, String zone, SessionPlan plan) {
        return table(zone, plan).of(p);
    }

    /**
     * The misses of every participant in one zone and plan. The availability phase asks for misses millions of times
     * in the same few zones and plans; a caller that keeps the table saves the two map lookups per question, which
     * took a third of the phase's time on a 45-person cohort (a JFR profile).
     */
    public MissTable table(String zone, SessionPlan plan) {
        short[][] byKey = missCache.computeIfAbsent(zone, z -> new java.util.IdentityHashMap<>())
                .computeIfAbsent(plan, f -> new short[grid.profiles() * 2 * (joinDates.size() + 1)][]);
        return new MissTable(zone, plan, byKey);
    }

    /** The misses of one zone and plan, per participant, computed on first use and shared by profile. */
    public final class MissTable {

        private final String zone;
        private final SessionPlan plan;
        private final short[][] byKey;

        private MissTable(String zone, SessionPlan plan, short[][] byKey) {
            this.zone = zone;
            this.plan = plan;
            this.byKey = byKey;
        }

        /** Participant {@code p}'s misses for each candidate slot, indexed day * STARTS + start. */
        public short[] of(int p) {
            int key = missKeys[p];
            short[] out = byKey[key];
            if (out == null) {
                out = computeMisses(p, zone, plan);
                byKey[key] = out;
            }
            return out;
        }
    }

    private short[] computeMisses(int p, String zone, SessionPlan plan) {
        int[][][] steps = grid.steps(zone, plan);
        short[] out = new short[CANDIDATES];
        for (int d = 0; d < 7; d++) {
            if (plan.tooFew(d)) {
                // A weekday whose cadence dates cannot hold every session the groups hold (its first date falls before
                // the start, its last after the end): schedule could not place the whole curriculum on it, and with
                // fewer sessions counted it would look better than it is. No such slot is chosen while another can.
                java.util.Arrays.fill(out, d * SessionGrid.STARTS, (d + 1) * SessionGrid.STARTS, TOO_FEW_SESSIONS);
                continue;
            }
            int k0 = plan.firstOf(d);
            LocalDate[] dates = plan.datesOf(d); // row[x] is the step of the session on dates[x] (in the slot's zone)
            for (int s = 0; s < SessionGrid.STARTS; s++) {
                int[] row = steps[d][s];
                short miss = 0;
                for (int x = 0; x < row.length; x++) {
                    if (attends(p, k0 + x, dates[x]) && !grid.free(p, row[x])) {
                        miss++;
                    }
                }
                out[d * SessionGrid.STARTS + s] = miss;
            }
        }
        return out;
    }

    /** A key equal for participants with the same zone and windows (and sessions attended). */
    public int profileKey(int p) {
        return missKeys[p];
    }

    /** The most sessions any candidate slot of the plan has (weekdays can differ by a date). */
    public int mostSessions(SessionPlan plan) {
        return plan.mostSessions();
    }

    /** The candidate index of a slot in its own zone, or -1 when its time is off the 15-minute grid. */
    public static int candidate(MeetingSlot slot) {
        int minute = slot.time().getHour() * 60 + slot.time().getMinute();
        return minute % 15 != 0 || slot.time().getSecond() != 0 ? -1
                : (slot.day().getValue() - 1) * SessionGrid.STARTS + minute / 15;
    }

    /** Member-sessions outside availability for every candidate slot of {@code zone}: the sum of the members' misses. */
    public int[] totals(int[] members, String zone, SessionPlan plan) {
        int[] total = new int[CANDIDATES];
        MissTable table = table(zone, plan);
        for (int p : members) {
            short[] m = table.of(p);
            for (int c = 0; c < CANDIDATES; c++) {
                total[c] += m[c];
            }
        }
        return total;
    }

    /** The fewest member-sessions outside availability any slot in {@code zone} gives these members. */
    public int fewestOutside(int[] members, String zone, SessionPlan plan) {
        int best = Integer.MAX_VALUE;
        for (int t : totals(members, zone, plan)) {
            best = Math.min(best, t);
        }
        return best;
    }

    /** The best slot for these members ({@code mentors} among them), judged on the plan's sessions. */
    public Pick best(int[] members, int[] mentors, String zone, SessionPlan plan) {
        return best(members, mentors, zone, plan, null);
    }

    private Pick best(int[] members, int[] mentors, String zone, SessionPlan plan, int[] extra) {
        int[] total = totals(members, zone, plan);
        if (extra != null) {
            for (int c = 0; c < CANDIDATES; c++) {
                total[c] += extra[c];
            }
        }
        int fewest = Integer.MAX_VALUE;
        for (int t : total) {
            fewest = Math.min(fewest, t);
        }
        int[][][] steps = grid.steps(zone, plan);
        int cadenceDay = program.cadence().dayOfWeek().getValue() - 1;
        long bestPenalty = Long.MAX_VALUE;
        int best = -1;
        for (int c = 0; c < CANDIDATES; c++) {
            if (total[c] != fewest) {
                continue;
            }
            int d = c / SessionGrid.STARTS;
            long penalty = penalty(members, mentors, steps[d][c % SessionGrid.STARTS], plan.firstOf(d),
                    plan.datesOf(d)) * 2
                    + (d == cadenceDay ? 0 : 1);
            if (penalty < bestPenalty) {
                bestPenalty = penalty;
                best = c;
            }
        }
        int start = best % SessionGrid.STARTS;
        MeetingSlot slot = new MeetingSlot(DayOfWeek.of(best / SessionGrid.STARTS + 1),
                LocalTime.of(start / 4, (start % 4) * 15), zone, grid.sessionMinutes());
        return new Pick(slot, fewest, outside(members, slot, plan)[1], bestPenalty);
    }

    /**
     * Minutes outside local daytime (mentors twice) plus 30 for each session whose local time differs from the first;
     * {@code row} holds the steps of the sessions judged, the first of them session {@code k0} of the program, held on
     * {@code dates} (in the slot's zone).
     */
    private long penalty(int[] members, int[] mentors, int[] row, int k0, LocalDate[] dates) {
        long penalty = 0;
        int minutes = grid.sessionMinutes();
        for (int p : members) {
            int weight = contains(mentors, p) ? 2 : 1;
            int firstLocal = -1;
            for (int k = 0; k < row.length; k++) {
                if (row[k] < 0 || !attends(p, k0 + k, dates[k])) {
                    continue;
                }
                int local = localMinutes(zones[p], row[k]);
                int end = local + minutes;
                int inside = Math.max(0, Math.min(end, DAY_END) - Math.max(local, DAY_START));
                penalty += (long) weight * (minutes - inside);
                if (firstLocal < 0) {
                    firstLocal = local;
                } else if (local != firstLocal) {
                    penalty += 30;
                }
            }
        }
        return penalty;
    }

    private final java.util.Map<ZoneId, short[]> localMinutes = new java.util.HashMap<>();

    /** The local minute of the day at a grid step in a zone (a table per zone: ties are broken for every candidate). */
    private int localMinutes(ZoneId zone, int step) {
        short[] table = localMinutes.computeIfAbsent(zone, z -> {
            short[] out = new short[grid.steps()];
            var rules = z.getRules();
            for (int t = 0; t < out.length; t++) {
                var instant = grid.instant(t);
                int offset = rules.getOffset(instant).getTotalSeconds() / 60;
                out[t] = (short) Math.floorMod(instant.getEpochSecond() / 60 + offset, 24 * 60);
            }
            return out;
        });
        return table[step];
    }

    private static boolean contains(int[] a, int x) {
        for (int y : a) {
            if (y == x) {
                return true;
            }
        }
        return false;
    }

    /** Member-sessions of a given slot outside availability, over the plan's sessions; [outside, counted]. */
    public int[] outside(int[] members, MeetingSlot slot, SessionPlan plan) {
        int out = 0;
        int count = 0;
        int first = plan.first(slot.day());
        LocalDate[] dates = plan.dates(slot.day());
        for (int p : members) {
            boolean[] inside = inside(p, slot, plan);
            for (int k = 0; k < inside.length; k++) {
                if (attends(p, first + k, dates[k])) {
                    count++;
                    out += inside[k] ? 0 : 1;
                }
            }
        }
        return new int[] {out, count};
    }

    /**
     * For one member and a slot: whether each of the plan's sessions lies inside their availability; true for a
     * session they are not invited to (a mentor's peer-only session, a session before they joined).
     */
    public boolean[] inside(int p, MeetingSlot slot, SessionPlan plan) {
        LocalDate[] dates = plan.dates(slot.day());
        boolean[] out = new boolean[dates.length];
        ZoneId zone = ZoneId.of(slot.timeZone());
        int first = plan.first(slot.day());
        for (int k = 0; k < out.length; k++) {
            if (!attends(p, first + k, dates[k])) {
                out[k] = true;
                continue;
            }
            var start = ZonedDateTime.of(dates[k], slot.time(), zone).toInstant();
            int step = grid.step(start);
            if (step >= 0) {
                out[k] = grid.free(p, step);
            } else {
                // Off the 15-minute grid (a hand-made slot): covered when the sessions starting at the steps either
                // side of it are both free, which together span the whole session.
                long floor = Math.floorDiv(start.getEpochSecond(), 900) * 900;
                int a = grid.step(java.time.Instant.ofEpochSecond(floor));
                out[k] = a >= 0 && grid.free(p, a) && grid.free(p, a + 1);
            }
        }
        return out;
    }

    /** Participants of the cohort, by index. */
    List<Participant> people() {
        return people;
    }
}
