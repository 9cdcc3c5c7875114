package org.mentorkit.curriculum.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorkit.model.EarlierSlot;
import org.mentorkit.model.Group;
import org.mentorkit.model.Program;

/**
 * SEQUENCE numbers (RFC 5545 3.8.7.4) derived from the groups file alone, so no state is kept between runs: version 0
 * of a group's schedule is the one its first slot gives over the whole program; version c applies its first c slot
 * changes. A session's SEQUENCE is the number of versions in which its start moved. A change of time is what SEQUENCE
 * is for (CalConnect's recommendation: raise it for date, time or duration changes, not for other properties), so a
 * late joiner added to the attendees does not raise it.
 */
final class SessionSequences {

    private SessionSequences() {
    }

    /** The start of a placed session in its slot's zone (a time skipped by a clock change resolves later). */
    static ZonedDateTime start(SessionPlacement.Dated dated) {
        return ZonedDateTime.of(dated.placed().date(), dated.slot().time(), ZoneId.of(dated.slot().timeZone()));
    }

    /**
     * What the slot history means for the sessions.
     *
     * @param sequences the SEQUENCE of each session, in curriculum order
     * @param notes     one note per recorded slot change: when, from which slot to which, which sessions kept the
     *                  earlier slot and which moved
     */
    record History(int[] sequences, List<String> notes) {
    }

    /** The history of the {@code count} sessions {@code placed} for {@code group} (which has a slot). */
    static History of(int count, Program program, Group group, List<SessionPlacement.Dated> placed) {
        int[] sequences = new int[count];
        List<String> notes = new ArrayList<>();
        List<EarlierSlot> earlier = group.earlierSlots();
        List<List<Instant>> versions = versions(count, program, group, placed);
        for (int c = 1; c < versions.size(); c++) {
            List<Integer> moved = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                if (!sameStart(versions.get(c - 1), versions.get(c), n)) {
                    sequences[n]++;
                    moved.add(n + 1);
                }
            }
            EarlierSlot change = earlier.get(c - 1);
            String to = Scheduler.describe(c < earlier.size() ? earlier.get(c).slot() : group.slot());
            long kept = placed.stream().filter(d -> d.placed().date().isBefore(change.until())).count();
            notes.add("group " + group.id() + ": slot changed from " + Scheduler.describe(change.slot()) + " to " + to
                    + " for sessions from " + change.until() + "; "
                    + (kept == 0 ? "no session was before it" : (kept == 1 ? "session 1 is" : kept == 2 ? "sessions 1 and 2 are"
                            : "sessions 1-" + kept + " are")
                    + " before it and keep" + (kept == 1 ? "s" : "") + " their time")
                    + "; " + (moved.isEmpty() ? "no session moved" : "session" + (moved.size() == 1 ? " " : "s ")
                    + join(moved) + " moved (their SEQUENCE is raised so that calendar clients update them in place)"));
        }
        return new History(sequences, notes);
    }

    /** The starts of every version, version k being {@code placed} itself. */
    private static List<List<Instant>> versions(int count, Program program, Group group,
            List<SessionPlacement.Dated> placed) {
        List<List<Instant>> versions = new ArrayList<>();
        int changes = group.earlierSlots().size();
        for (int c = 0; c < changes; c++) {
            Optional<List<SessionPlacement.Dated>> version = SessionPlacement.placeWithFirstChanges(count, program, group, c);
            versions.add(version.map(SessionSequences::starts).orElse(List.of()));
        }
        versions.add(starts(placed));
        return versions;
    }

    private static List<Instant> starts(List<SessionPlacement.Dated> placed) {
        return placed.stream().map(d -> start(d).toInstant()).toList();
    }

    /** A version that could not place every session (fewer dates fitted) counts as different. */
    private static boolean sameStart(List<Instant> a, List<Instant> b, int n) {
        return n < a.size() && n < b.size() && a.get(n).equals(b.get(n));
    }

    private static String join(List<Integer> numbers) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            text.append(i == 0 ? "" : i == numbers.size() - 1 ? " and " : ", ").append(numbers.get(i));
        }
        return text.toString();
    }
}
