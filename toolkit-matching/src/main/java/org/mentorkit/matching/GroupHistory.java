package org.mentorkit.matching;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorkit.model.Group;
import org.mentorkit.model.Program;

/**
 * What re-forming records in the groups for scheduling: each kept group's earlier slots and join dates (those of
 * members still in it), a forced slot change as an earlier slot ending on the effective date, and the effective date
 * as the join date of everyone who joined a group then (late joiners and moved members), so that their calendars
 * start at their first session in the new group.
 */
final class GroupHistory {

    private GroupHistory() {
    }

    static List<Group> record(Program program, List<Group> previous, List<Group> groups, List<Move> moves,
            List<SlotChange> changes, LocalDate effective) {
        Map<String, Group> before = new HashMap<>();
        for (Group g : previous) {
            before.put(g.id(), g);
        }
        Map<String, SlotChange> changed = new HashMap<>();
        for (SlotChange c : changes) {
            changed.put(c.groupId(), c);
        }
        // A date on or before the first day changes no session that has happened: no history and no join dates then.
        boolean started = effective != null && effective.isAfter(program.startDate());
        return groups.stream().map(g -> {
            Group old = before.get(g.id());
            Map<String, LocalDate> joins = new LinkedHashMap<>();
            if (old != null) {
                old.joinDates().forEach((id, date) -> {
                    if (g.memberIds().contains(id)) {
                        joins.put(id, date);
                    }
                });
            }
            for (Move m : moves) {
                if (m.toGroupId().equals(g.id()) && started) {
                    joins.put(m.participantId(), effective);
                }
            }
            Group out = new Group(g.id(), g.name(), g.mentorIds(), g.menteeIds(),
                    old != null && old.slot() != null ? old.slot() : g.slot(),
                    old == null ? List.of() : old.earlierSlots(), joins);
            SlotChange change = changed.get(g.id());
            if (change != null) {
                out = started ? out.withSlotChange(change.after(), effective) : out.withSlot(change.after());
            } else if (out.slot() == null || !out.slot().equals(g.slot())) {
                out = out.withSlot(g.slot());
            }
            return out;
        }).toList();
    }
}
