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
import org.mentorkit.model.SessionDates;

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
     */
    public static Outcome run(FormationPlan plan, Criteria criteria, SlotChoice choice, int[] assignment,
            List<Group> previous, LocalDate from, FormationClock clock, long limitEnd, long seed) {
        long setupStart = clock.now();
        MeetingSlot[] saved = new MeetingSlot[plan.groups()];
        for (int g = 0; g < plan.groups() && g < previous.size(); g++) {
            saved[g] = previous.get(g).slot();
        }
        boolean[] movable = new boolean[assignment.length];
        for (int i = 0; i < movable.length; i++) {
            movable[i] = plan.fixedGroup(i) < 0 && (previous.isEmpty() || plan.previousGroup(i) < 0);
        }
        SlotRepair repair = new SlotRepair(plan, criteria, choice, assignment, saved, movable, from, clock);
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
        List<GroupSlot> slots = new ArrayList<>();
        List<SlotChange> changes = new ArrayList<>();
        for (int g = 0; g < plan.groups(); g++) {
            int[] persons = members.get(g).stream().mapToInt(Integer::intValue).toArray();
            int[] leads = mentors.get(g).stream().mapToInt(Integer::intValue).toArray();
            MeetingSlot slot = saved[g];
            boolean kept = slot != null;
            if (slot == null) {
                slot = choice.best(persons, leads, repair.zones(g), from).slot();
            } else {
                SlotChange change = forcedChange(plan, choice, g, persons, leads, slot, previous.get(g), from);
                if (change != null) {
                    changes.add(change);
                    slot = change.after();
                    kept = false;
                }
            }
            int[] out = choice.outside(persons, slot, from);
            List<String> blockers = out[0] == 0 ? List.of()
                    : blockers(plan, choice, persons, slot, kept || clock.now() >= end, from);
            List<GroupSlot.Fix> fixes = new ArrayList<>();
            if (out[0] > 0) {
                for (int[] f : repair.fixes(g, 5, end)) {
                    fixes.add(new GroupSlot.Fix(plan.people().get(plan.person(f[0])).id(),
                            f[1] < plan.groups() ? plan.groupId(f[1]) : "(no group: another mentor leads instead)",
                            f[2] < 0 ? "" : plan.people().get(plan.person(f[2])).id()));
                }
            }
            slots.add(new GroupSlot(slot, kept, out[0], out[1], sessions(plan, choice, persons, slot, from), blockers,
                    fixes));
        }
        return new Outcome(improved, slots, changes);
    }

    /** Every session of the slot (from {@code from}) with each member's local start and whether they can make it. */
    static List<GroupSlot.Session> sessions(FormationPlan plan, SlotChoice choice, int[] persons, MeetingSlot slot,
            LocalDate from) {
        List<SessionDates.Placed> dates = choice.sessionDates(slot.day()).stream()
                .filter(d -> from == null || !d.date().isBefore(from)).toList();
        int first = choice.firstCounted(slot.day(), from);
        boolean[][] inside = new boolean[persons.length][];
        for (int m = 0; m < persons.length; m++) {
            inside[m] = choice.inside(persons[m], slot, from);
        }
        List<GroupSlot.Session> out = new ArrayList<>();
        for (int k = 0; k < dates.size(); k++) {
            Instant start = ZonedDateTime.of(dates.get(k).date(), slot.time(), ZoneId.of(slot.timeZone())).toInstant();
            List<GroupSlot.MemberSession> views = new ArrayList<>();
            for (int m = 0; m < persons.length; m++) {
                Participant p = plan.people().get(persons[m]);
                views.add(new GroupSlot.MemberSession(p.id(), start.atZone(ZoneId.of(p.timeZone())), inside[m][k],
                        choice.attends(persons[m], first + k)));
            }
            out.add(new GroupSlot.Session(first + k + 1, dates.get(k).date(), start, views));
        }
        return out;
    }

    /**
     * The members without whom the others would have a common slot (for a kept slot, or when the time limit leaves
     * no time to look: the members outside it); when no single member does, the smallest pair that does; when none,
     * everyone outside the slot.
     */
    private static List<String> blockers(FormationPlan plan, SlotChoice choice, int[] persons, MeetingSlot slot,
            boolean onlyOutside, LocalDate from) {
        Set<Integer> found = new java.util.LinkedHashSet<>();
        List<String> zones = choice.zonesOf(persons, new int[0]);
        if (!onlyOutside) {
            for (int x = 0; x < persons.length; x++) {
                if (choice.fewestOutside(without(persons, x, -1), zones, from) == 0) {
                    found.add(persons[x]);
                }
            }
            for (int x = 0; x < persons.length && found.isEmpty(); x++) {
                for (int y = x + 1; y < persons.length && found.isEmpty(); y++) {
                    if (choice.fewestOutside(without(persons, x, y), zones, from) == 0) {
                        found.add(persons[x]);
                        found.add(persons[y]);
                    }
                }
            }
        }
        if (found.isEmpty()) {
            for (int p : persons) {
                for (boolean in : choice.inside(p, slot, from)) {
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
     * A saved slot changes only when someone who joined the group cannot make it and another slot (in the same
     * reference zone, from the effective date) leaves fewer member-sessions outside availability.
     */
    private static SlotChange forcedChange(FormationPlan plan, SlotChoice choice, int g, int[] persons, int[] leads,
            MeetingSlot slot, Group before, LocalDate from) {
        Set<String> earlier = new HashSet<>(before.memberIds());
        List<String> cannot = new ArrayList<>();
        for (int p : persons) {
            Participant x = plan.people().get(p);
            if (earlier.contains(x.id())) {
                continue;
            }
            for (boolean in : choice.inside(p, slot, from)) {
                if (!in) {
                    cannot.add(x.id());
                    break;
                }
            }
        }
        if (cannot.isEmpty()) {
            return null;
        }
        int now = choice.outside(persons, slot, from)[0];
        SlotChoice.Pick pick = choice.best(persons, leads, slot.timeZone(), from);
        if (pick.outside() >= now) {
            return null;
        }
        LocalDate effective = from == null ? plan.cohort().program().startDate() : from;
        List<String> moved = new ArrayList<>();
        List<SessionDates.Placed> old = choice.sessionDates(slot.day()).stream()
                .filter(d -> !d.date().isBefore(effective)).toList();
        List<SessionDates.Placed> neu = choice.sessionDates(pick.slot().day()).stream()
                .filter(d -> !d.date().isBefore(effective)).toList();
        ZoneId zone = ZoneId.of(slot.timeZone());
        for (int k = 0; k < Math.max(old.size(), neu.size()); k++) {
            String a = k < old.size() ? LOCAL.format(ZonedDateTime.of(old.get(k).date(), slot.time(), zone)) : "(none)";
            String b = k < neu.size() ? LOCAL.format(ZonedDateTime.of(neu.get(k).date(), pick.slot().time(), zone))
                    : "(none)";
            moved.add("session " + (k + 1) + " from " + effective + ": " + a + " -> " + b + " " + zone);
        }
        String reason = String.join(", ", cannot) + (cannot.size() == 1 ? " joined and cannot" : " joined and cannot")
                + " make the saved slot; the new slot leaves " + pick.outside() + " member-sessions outside"
                + " availability instead of " + now;
        return new SlotChange(plan.groupId(g), slot, pick.slot(), effective, reason, moved);
    }
}
