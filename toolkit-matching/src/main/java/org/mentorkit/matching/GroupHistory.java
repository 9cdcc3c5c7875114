package org.mentorkit.matching;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Participant;

/**
 * What re-forming records in the groups for scheduling: each kept group's earlier slots, join dates and leave dates,
 * a forced slot change as an earlier slot ending on the effective date, the effective date as the join date of
 * everyone who joined a group then (late joiners and moved members), so that their calendars start at their first
 * session in the new group, and as the leave date of everyone who left a group then (withdrawals and moved members),
 * so that the sessions they attended before it keep them. The records of people who withdrew are carried into the
 * cohort's former participants.
 */
final class GroupHistory {

    private GroupHistory() {
    }

    /**
     * The cohort with its re-formed groups and their history.
     *
     * @param cohort        the cohort as it is now
     * @param previousPeople records of everyone in the previous groups' cohort (participants and former
     *                      participants); a withdrawn member without a record is dropped from the history
     */
    static Cohort record(Cohort cohort, List<Participant> previousPeople, List<Group> previous, List<Group> groups,
            List<Move> moves, List<SlotChange> changes, LocalDate effective) {
        People people = new People(cohort);
        Map<String, Group> before = new HashMap<>();
        for (Group g : previous) {
            before.put(g.id(), g);
        }
        Map<String, SlotChange> changed = new HashMap<>();
        for (SlotChange c : changes) {
            changed.put(c.groupId(), c);
        }
        Map<String, Participant> records = new HashMap<>();
        for (Participant p : previousPeople) {
            records.putIfAbsent(p.id(), p);
        }
        // A date on or before the first day changes no session that has happened: no history, no join or leave dates.
        boolean started = effective != null && effective.isAfter(cohort.program().startDate());
        Set<String> former = new LinkedHashSet<>();
        List<Group> out = groups.stream().map(g -> {
            Group old = before.get(g.id());
            Map<String, LocalDate> leaves = new LinkedHashMap<>();
            if (old != null) {
                old.leaveDates().forEach((id, date) -> {
                    if (!g.memberIds().contains(id) && people.knows(id, records)) {
                        leaves.put(id, date);
                    }
                });
                for (String id : old.memberIds()) {
                    // Someone who joined on or after the effective date attended nothing here: no history to keep.
                    if (started && !g.memberIds().contains(id) && people.knows(id, records)
                            && old.joinDate(id).map(joined -> joined.isBefore(effective)).orElse(true)) {
                        leaves.put(id, effective);
                    }
                }
            }
            Map<String, LocalDate> joins = new LinkedHashMap<>();
            if (old != null) {
                old.joinDates().forEach((id, date) -> {
                    if (g.memberIds().contains(id) || leaves.containsKey(id)) {
                        joins.put(id, date);
                    }
                });
            }
            for (Move m : moves) {
                if (m.toGroupId().equals(g.id()) && started) {
                    joins.put(m.participantId(), effective);
                }
            }
            leaves.keySet().stream().filter(id -> !people.isParticipant(id)).forEach(former::add);
            Group history = new Group(g.id(), g.name(), g.mentorIds(), g.menteeIds(),
                    old != null && old.slot() != null ? old.slot() : g.slot(),
                    old == null ? List.of() : old.earlierSlots(), joins, leaves);
            SlotChange change = changed.get(g.id());
            if (change != null && started && !history.earlierSlots().isEmpty()
                    && history.earlierSlots().get(history.earlierSlots().size() - 1).until().equals(effective)) {
                // The slot in force took effect on this very date: a second change from it would leave that slot with
                // no session, and its announced times could not be superseded by a higher SEQUENCE. Say so instead.
                throw new InfeasibleFormationException(List.of(new Problem("group " + g.id(), "its slot already changed"
                        + " on " + effective + " and these changes would change it again from the same date; re-form"
                        + " from the groups file made before that change, or give a later effective date")));
            }
            if (change != null) {
                return started ? history.withSlotChange(change.after(), effective) : history.withSlot(change.after());
            } else if (history.slot() == null || !history.slot().equals(g.slot())) {
                return history.withSlot(g.slot());
            }
            return history;
        }).toList();
        return cohort.withGroups(out).withFormerParticipants(former.stream().map(records::get).toList());
    }

    /** Who is a participant now, and whether anyone else has a record to be kept as a former participant. */
    private record People(Set<String> participants) {

        People(Cohort cohort) {
            this(participantIds(cohort));
        }

        private static Set<String> participantIds(Cohort cohort) {
            Set<String> ids = new java.util.HashSet<>();
            cohort.participants().forEach(p -> ids.add(p.id()));
            return ids;
        }

        boolean isParticipant(String id) {
            return participants.contains(id);
        }

        boolean knows(String id, Map<String, Participant> records) {
            return participants.contains(id) || records.containsKey(id);
        }
    }
}
