package org.mentorkit.matching.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mentorkit.matching.GroupSlot;
import org.mentorkit.matching.SlotChange;
import org.mentorkit.model.Group;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;

/**
 * The meeting-time side of group formation: improves the search's grouping for availability ({@link SlotRepair}),
 * then decides each group's slot. A group with a saved slot keeps it; re-forming changes one only when members who
 * joined that group cannot make it and another slot suits more members, and then only from the effective date
 * ({@link SlotChange}). Every other group gets the best slot of {@link SlotChoice}.
 */
public final class SlotPhase {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    /** The phase's outcome: the final assignment, one slot per real group and the forced changes. */
    public record Outcome(int[] assignment, List<GroupSlot> slots, List<SlotChange> changes) {
    }

    private SlotPhase() {
    }

    /**
     * Runs the phase within what is left of the formation's time limit. Setting up the availability search costs
     * about what choosing every group's slot, or explaining every group, costs afterwards (each sums the members'
     * misses over the candidate slots of each reference zone), so its measured time decides the reserve kept for that
     * work: three times the setup plus 2% of what is left. Of the rest, the availability search gets two thirds, and
     * the fixes and blockers the report names get what the search leaves (groups left when it runs out get fewer
     * fixes or none, and their members outside the slot as blockers).
     *
     * @param previous the previous groups when re-forming (their slots are kept), else empty
     * @param from     sessions before this date do not count (re-forming), or null
     * @param clock    the clock the formation's time limit is counted on
     * @param limitEnd the time on {@code clock} at which the formation's time limit ends
     * @param objective the instance the search scored {@code assignment} with: of the groupings with equally few
     *                  member-sessions outside, the availability search returns the one it values most
     */
    public static Outcome run(FormationPlan plan, Criteria criteria, SlotChoice base, int[] assignment,
            List<Group> previous, LocalDate from, FormationClock clock, long limitEnd, long seed,
            org.mentorkit.matching.core.GroupingInstance objective) {
        long setupStart = clock.now();
        MeetingSlot[] saved = new MeetingSlot[plan.groups()];
        for (int g = 0; g < plan.groups() && g < previous.size(); g++) {
            saved[g] = previous.get(g).slot();
        }
        boolean[] movable = new boolean[assignment.length];
        for (int i = 0; i < movable.length; i++) {
            movable[i] = plan.fixedGroup(i) < 0 && (previous.isEmpty() || plan.previousGroup(i) < 0);
        }
        boolean started = from != null && from.isAfter(plan.cohort().program().startDate());
        SlotChoice choice = previous.isEmpty() ? base
                : base.withJoinDates(JoinDates.of(plan, previous, assignment, started ? from : null));
        // Each group's slot is judged on the sessions schedule will place at it: after the group's earlier slots and
        // from the effective date (the ones before it are fixed).
        SessionPlan[] sessions = new SessionPlan[plan.groups()];
        for (int g = 0; g < plan.groups(); g++) {
            sessions[g] = choice.grid().plan(g < previous.size() ? previous.get(g).earlierSlots() : List.of(), from);
        }
        SlotRepair repair = new SlotRepair(plan, criteria, choice, assignment, saved, movable, sessions, clock,
                objective);
        long now = clock.now();
        long reserve = 3 * (now - setupStart) + Math.max(0, limitEnd - now) / 50;
        long end = Math.max(now, limitEnd - reserve);
        long deadline = now + (end - now) * 2 / 3;
        int[] improved = repair.run(deadline, seed);
        List<List<Integer>> members = new ArrayList<>();
        List<List<Integer>> mentors = new ArrayList<>();
        for (int g = 0; g < plan.groups(); g++) {
            members.add(new ArrayList<>());
            mentors.add(new ArrayList<>());
        }
        for (int i = 0; i < improved.length; i++) {
            int g = improved[i];
            if (g < plan.groups() && !members.get(g).contains(plan.person(i))) {
                members.get(g).add(plan.person(i));
                if (plan.isSeat(i)) {
                    mentors.get(g).add(plan.person(i));
                }
            }
        }
        int[][] personsOf = new int[plan.groups()][];
        int[][] leadsOf = new int[plan.groups()][];
        for (int g = 0; g < plan.groups(); g++) {
            personsOf[g] = members.get(g).stream().mapToInt(Integer::intValue).toArray();
            leadsOf[g] = mentors.get(g).stream().mapToInt(Integer::intValue).toArray();
        }
        // A mentor of several groups attends each group's sessions: a slot overlapping their session in another group
        // counts as outside their availability (MentorClashes). Saved slots are decided first (they stay unless a
        // joiner forces a change), then fresh ones in group order, then each fresh slot that still clashes is chosen
        // again against all the others.
        MentorClashes clashes = new MentorClashes(choice);
        MeetingSlot[] slotOf = new MeetingSlot[plan.groups()];
        SessionPlan[] judgedOf = sessions.clone();
        boolean[] keptOf = new boolean[plan.groups()];
        List<SlotChange> changes = new ArrayList<>();
        // Every saved slot is held before any is judged, so that a slot forced to change avoids the sessions its
        // mentor holds in every other group, listed before or after it.
        for (int g = 0; g < plan.groups(); g++) {
            if (saved[g] != null) {
                keptOf[g] = true;
                slotOf[g] = saved[g];
                clashes.hold(g, leadsOf[g], saved[g], judgedOf[g]);
            }
        }
        for (int g = 0; g < plan.groups(); g++) {
            MeetingSlot slot = saved[g];
            if (slot == null) {
                continue;
            }
            SessionPlan after = started ? choice.grid().planAfterChange(previous.get(g).earlierSlots(), slot, from)
                    : sessions[g];
            SlotChange change = forcedChange(plan, choice, clashes, g, personsOf[g], leadsOf[g], slot, previous.get(g),
                    from == null ? plan.cohort().program().startDate() : from, sessions[g], after);
            if (change != null) {
                changes.add(change);
                keptOf[g] = false;
                judgedOf[g] = after;
                slotOf[g] = change.after();
                clashes.hold(g, leadsOf[g], slotOf[g], judgedOf[g]);
            }
        }
        for (int g = 0; g < plan.groups(); g++) {
            if (slotOf[g] == null) {
                slotOf[g] = fresh(choice, clashes, g, personsOf[g], leadsOf[g], repair.zones(g), judgedOf[g]).slot();
                clashes.hold(g, leadsOf[g], slotOf[g], judgedOf[g]);
            }
        }
        // A slot chosen early can block a later group's only slot: each fresh slot that overlaps another group's is
        // chosen again against all the others, while that lowers its count (a few rounds at most).
        for (int round = 0; round < 3; round++) {
            boolean changed = false;
            for (int g = 0; g < plan.groups(); g++) {
                int clashing = saved[g] != null ? 0
                        : clashesAt(choice, clashes, g, personsOf[g], slotOf[g], judgedOf[g], false).size();
                if (clashing == 0) {
                    continue;
                }
                int current = choice.outside(personsOf[g], slotOf[g], judgedOf[g])[0] + clashing;
                SlotChoice.Pick pick = fresh(choice, clashes, g, personsOf[g], leadsOf[g], repair.zones(g), judgedOf[g]);
                if (pick.outside() < current) {
                    slotOf[g] = pick.slot();
                    clashes.hold(g, leadsOf[g], slotOf[g], judgedOf[g]);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        List<GroupSlot> slots = new ArrayList<>();
        for (int g = 0; g < plan.groups(); g++) {
            int[] persons = personsOf[g];
            MeetingSlot slot = slotOf[g];
            boolean kept = keptOf[g];
            SessionPlan judged = judgedOf[g];
            int[] out = choice.outside(persons, slot, judged);
            List<MentorClashes.Clash> clashed = clashesAt(choice, clashes, g, persons, slot, judged, true);
            // Blockers and fixes are about members' windows; a group whose only trouble is a clash names the
            // mentors in it instead.
            List<String> blockers = out[0] == 0
                    ? clashed.stream().map(c -> plan.people().get(c.person()).id()).distinct().toList()
                    : blockers(plan, choice, persons, slot, kept || clock.now() >= end, judged);
            List<GroupSlot.Fix> fixes = new ArrayList<>();
            if (out[0] > 0) {
                for (int[] f : repair.fixes(g, 5, end)) {
                    fixes.add(new GroupSlot.Fix(plan.people().get(plan.person(f[0])).id(),
                            f[1] < plan.groups() ? plan.groupId(f[1]) : "(no group: another mentor leads instead)",
                            f[2] < 0 ? "" : plan.people().get(plan.person(f[2])).id()));
                }
            }
            List<GroupSlot.Clash> named = clashed.stream().map(c -> new GroupSlot.Clash(
                    plan.people().get(c.person()).id(), c.number(), c.date(), plan.groupId(c.otherGroup()),
                    c.otherNumber())).toList();
            slots.add(new GroupSlot(slot, kept, out[0] + clashed.size(), out[1],
                    sessions(plan, choice, persons, slot, judged, clashed), blockers, fixes, named));
        }
        return new Outcome(improved, slots, changes);
    }

    /**
     * Whether every group of {@code assignment} has a slot inside every member's availability on every session it
     * counts: then the availability search has nothing to repair, and formation can give its time to the grouping
     * search instead. Costs one sum of the members' cached misses per group and reference zone.
     */
    public static boolean everyGroupCanMeet(FormationPlan plan, SlotChoice choice, int[] assignment) {
        for (int g = 0; g < plan.groups(); g++) {
            java.util.LinkedHashSet<Integer> members = new java.util.LinkedHashSet<>();
            java.util.LinkedHashSet<Integer> mentors = new java.util.LinkedHashSet<>();
            for (int i = 0; i < assignment.length; i++) {
                if (assignment[i] == g) {
                    members.add(plan.person(i));
                    if (plan.isSeat(i)) {
                        mentors.add(plan.person(i));
                    }
                }
            }
            int[] persons = members.stream().mapToInt(Integer::intValue).toArray();
            int[] leads = mentors.stream().mapToInt(Integer::intValue).toArray();
            if (choice.fewestOutside(persons, choice.zonesOf(persons, leads), choice.plan(null)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Every session of the slot judged (the plan's) with each member's local start and whether they can make it. */
    static List<GroupSlot.Session> sessions(FormationPlan plan, SlotChoice choice, int[] persons, MeetingSlot slot,
            SessionPlan judged, List<MentorClashes.Clash> clashed) {
        LocalDate[] dates = judged.dates(slot.day());
        int first = judged.first(slot.day());
        boolean[][] inside = new boolean[persons.length][];
        for (int m = 0; m < persons.length; m++) {
            inside[m] = choice.inside(persons[m], slot, judged);
            for (MentorClashes.Clash c : clashed) {
                if (c.person() == persons[m]) {
                    inside[m][c.number() - 1 - first] = false; // at a session of another of their groups
                }
            }
        }
        List<GroupSlot.Session> out = new ArrayList<>();
        for (int k = 0; k < dates.length; k++) {
            Instant start = ZonedDateTime.of(dates[k], slot.time(), ZoneId.of(slot.timeZone())).toInstant();
            List<GroupSlot.MemberSession> views = new ArrayList<>();
            for (int m = 0; m < persons.length; m++) {
                Participant p = plan.people().get(persons[m]);
                views.add(new GroupSlot.MemberSession(p.id(), start.atZone(ZoneId.of(p.timeZone())), inside[m][k],
                        choice.attends(persons[m], first + k, dates[k])));
            }
            out.add(new GroupSlot.Session(first + k + 1, dates[k], start, views));
        }
        return out;
    }

    /** The best fresh slot for group g, its mentors' sessions in their other groups counted outside. */
    private static SlotChoice.Pick fresh(SlotChoice choice, MentorClashes clashes, int g, int[] persons, int[] leads,
            List<String> zones, SessionPlan judged) {
        return choice.best(persons, leads, zones, judged, zone -> clashes.extra(g, leads, zone, judged));
    }

    /** The member-sessions of group g at {@code slot} that overlap the same member's sessions in another group. */
    private static List<MentorClashes.Clash> clashesAt(SlotChoice choice, MentorClashes clashes, int g, int[] persons,
            MeetingSlot slot, SessionPlan judged, boolean earlierOnly) {
        boolean[][] inside = new boolean[persons.length][];
        for (int m = 0; m < persons.length; m++) {
            inside[m] = choice.inside(persons[m], slot, judged);
        }
        return clashes.of(g, persons, slot, judged, inside, earlierOnly);
    }

    /**
     * The members without whom the others would have a common slot (for a kept slot, or when the time limit leaves
     * no time to look: the members outside it); when no single member does, the smallest pair that does; when none,
     * everyone outside the slot.
     */
    private static List<String> blockers(FormationPlan plan, SlotChoice choice, int[] persons, MeetingSlot slot,
            boolean onlyOutside, SessionPlan judged) {
        Set<Integer> found = new java.util.LinkedHashSet<>();
        List<String> zones = choice.zonesOf(persons, new int[0]);
        if (!onlyOutside) {
            for (int x = 0; x < persons.length; x++) {
                if (choice.fewestOutside(without(persons, x, -1), zones, judged) == 0) {
                    found.add(persons[x]);
                }
            }
            for (int x = 0; x < persons.length && found.isEmpty(); x++) {
                for (int y = x + 1; y < persons.length && found.isEmpty(); y++) {
                    if (choice.fewestOutside(without(persons, x, y), zones, judged) == 0) {
                        found.add(persons[x]);
                        found.add(persons[y]);
                    }
                }
            }
        }
        if (found.isEmpty()) {
            for (int p : persons) {
                for (boolean in : choice.inside(p, slot, judged)) {
                    if (!in) {
                        found.add(p);
                        break;
                    }
                }
            }
        }
        return found.stream().map(p -> plan.people().get(p).id()).toList();
    }

    private static int[] without(int[] a, int x, int y) {
        int[] out = new int[a.length - (y < 0 ? 1 : 2)];
        int k = 0;
        for (int i = 0; i < a.length; i++) {
            if (i != x && i != y) {
                out[k++] = a[i];
            }
        }
        return out;
    }

    /**
     * A saved slot changes only when someone who joined the group cannot make it and another slot (in any zone a
     * fresh slot is looked for in, from the effective date) leaves fewer member-sessions outside availability: the
     * saved slot judged on its sessions from the effective date ({@code kept}), a new one on the sessions it would get
     * ({@code after}: the old slot's sessions before the effective date held, the new slot's dates after them). A
     * mentor's member-session that overlaps their session in another group counts as outside on both sides, so the new
     * slot does not put a mentor of two groups in two sessions at once where a slot without the clash exists.
     */
    private static SlotChange forcedChange(FormationPlan plan, SlotChoice choice, MentorClashes clashes, int g,
            int[] persons, int[] leads, MeetingSlot slot, Group before, LocalDate effective, SessionPlan kept,
            SessionPlan after) {
        Set<String> earlier = new HashSet<>(before.memberIds());
        List<String> cannot = new ArrayList<>();
        for (int p : persons) {
            Participant x = plan.people().get(p);
            if (earlier.contains(x.id())) {
                continue;
            }
            for (boolean in : choice.inside(p, slot, kept)) {
                if (!in) {
                    cannot.add(x.id());
                    break;
                }
            }
        }
        if (cannot.isEmpty()) {
            return null;
        }
        // A member-session that overlaps the member's session in another group (a mentor of two) counts as outside,
        // for the saved slot and for every candidate alike.
        int now = choice.outside(persons, slot, kept)[0]
                + clashesAt(choice, clashes, g, persons, slot, kept, false).size();
        // Every zone a fresh slot would be looked for in (the members', the mentors', UTC): a Los Angeles slot can be
        // the only one an Auckland group and its new mentor share.
        java.util.LinkedHashSet<String> otherZones = new java.util.LinkedHashSet<>(choice.zonesOf(persons, leads));
        otherZones.remove(slot.timeZone());
        java.util.function.Function<String, int[]> extra = zone -> clashes.extra(g, leads, zone, after);
        // The least disruptive change: a slot in the saved slot's zone, where the weekdays fall on the same dates,
        // whenever one leaves as few member-sessions outside as the best of any other zone.
        SlotChoice.Pick pick = choice.best(persons, leads, List.of(slot.timeZone()), after, extra);
        if (!otherZones.isEmpty()) {
            SlotChoice.Pick elsewhere = choice.best(persons, leads, List.copyOf(otherZones), after, extra);
            if (elsewhere.outside() < pick.outside()) {
                pick = elsewhere;
            }
        }
        if (pick.outside() >= now) {
            return null;
        }
        List<String> moved = new ArrayList<>();
        // Session by session in the program: its date at the saved slot and at the new one (numbers as schedule's).
        LocalDate[] old = kept.dates(slot.day());
        LocalDate[] neu = after.dates(pick.slot().day());
        int oldFirst = kept.first(slot.day());
        int newFirst = after.first(pick.slot().day());
        ZoneId zone = ZoneId.of(slot.timeZone());
        int firstNumber = Math.min(oldFirst, newFirst);
        int lastNumber = Math.max(oldFirst + old.length, newFirst + neu.length);
        for (int n = firstNumber; n < lastNumber; n++) {
            int a = n - oldFirst;
            int b = n - newFirst;
            String was = a >= 0 && a < old.length ? LOCAL.format(ZonedDateTime.of(old[a], slot.time(), zone)) : "(none)";
            String is = b >= 0 && b < neu.length ? LOCAL.format(ZonedDateTime.of(neu[b], pick.slot().time(), zone))
                    : "(none)";
            moved.add("session " + (n + 1) + " from " + effective + ": " + was + " -> " + is + " " + zone);
        }
        String reason = String.join(", ", cannot) + (cannot.size() == 1 ? " joined and cannot" : " joined and cannot")
                + " make the saved slot; the new slot leaves " + pick.outside() + " member-sessions outside"
                + " availability instead of " + now + (clashes.anyElsewhere(g, leads)
                        ? ", counting a session that overlaps one the mentor holds in another group as outside" : "");
        return new SlotChange(plan.groupId(g), slot, pick.slot(), effective, reason, moved);
    }
}
