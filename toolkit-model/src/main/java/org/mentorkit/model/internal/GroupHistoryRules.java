package org.mentorkit.model.internal;

import java.time.LocalDate;
import java.util.List;
import org.mentorkit.model.EarlierSlot;
import org.mentorkit.model.Group;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;

/**
 * The rules of a group's slot history and join dates: every date inside the program, slot changes in date order and
 * only for a group that has a current slot, join dates only for members of the group. Locations are JSON paths.
 */
final class GroupHistoryRules {

    private GroupHistoryRules() {
    }

    static void check(Group group, Program program, String path, List<Problem> problems) {
        LocalDate start = program.startDate();
        LocalDate end = start.plusMonths(program.lengthMonths());
        List<EarlierSlot> earlier = group.earlierSlots();
        if (!earlier.isEmpty() && group.slot() == null) {
            problems.add(new Problem(path + ".earlierSlots", "lists earlier slots but the group has no `slot`; the "
                    + "slot in force after the last change is needed"));
        }
        LocalDate previous = null;
        for (int j = 0; j < earlier.size(); j++) {
            EarlierSlot slot = earlier.get(j);
            if (slot == null || slot.until() == null) {
                continue;
            }
            String at = path + ".earlierSlots[" + j + "].until";
            LocalDate until = slot.until();
            if (!until.isAfter(start) || !until.isBefore(end)) {
                problems.add(new Problem(at, "must be inside the program: after its start " + start + " and before its "
                        + "end " + end + " (a change on the first day or after the end applies to no session); found "
                        + until));
            } else if (previous != null && !until.isAfter(previous)) {
                problems.add(new Problem(at, "must be after the previous change (" + previous + "): earlier slots are "
                        + "listed oldest first; found " + until));
            }
            previous = until;
        }
        List<String> members = group.memberIds();
        group.joinDates().keySet().stream().sorted().forEach(id -> {
            String at = JsonPaths.member(path + ".joinDates", id);
            LocalDate date = group.joinDates().get(id);
            if (!members.contains(id)) {
                problems.add(new Problem(at, "`" + id + "` is not a member of this group (mentorIds or menteeIds); a "
                        + "join date belongs to a member who joined late"));
            }
            if (date != null && (date.isBefore(start) || !date.isBefore(end))) {
                problems.add(new Problem(at, "must be inside the program: from its start " + start + " to the day "
                        + "before its end " + end + "; found " + date));
            }
        });
    }

}
