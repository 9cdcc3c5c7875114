package org.mentorkit.model.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.mentorkit.model.EarlierSlot;
import org.mentorkit.model.Group;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;

/**
 * The rules of a group's slot history, join and leave dates: every date inside the program, slot changes in date order
 * and only for a group that has a current slot, join dates only for members (or former members) of the group, leave
 * dates only for former members, after their join date. Locations are JSON paths.
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
            if (!members.contains(id) && !group.leaveDates().containsKey(id)) {
                problems.add(new Problem(at, "`" + id + "` is not a member of this group (mentorIds or menteeIds) "
                        + "nor a former one (leaveDates); a join date belongs to a member who joined late"));
            }
            if (date != null && (date.isBefore(start) || !date.isBefore(end))) {
                problems.add(new Problem(at, "must be inside the program: from its start " + start + " to the day "
                        + "before its end " + end + "; found " + date));
            }
        });
    }

    /**
     * The rules of leave dates: each names a former member (a participant or former participant no longer listed in
     * this group), after the program's start (someone who left on the first day attended nothing and is simply not
     * a member), before its end, and after their join date if they joined late.
     */
    static void checkLeaves(Group group, Program program, Set<String> participants, Set<String> former, String path,
            List<Problem> problems) {
        LocalDate start = program.startDate();
        LocalDate end = start.plusMonths(program.lengthMonths());
        group.leaveDates().keySet().stream().sorted().forEach(id -> {
            String at = JsonPaths.member(path + ".leaveDates", id);
            LocalDate date = group.leaveDates().get(id);
            if (group.mentorIds().contains(id) || group.menteeIds().contains(id)) {
                String list = group.mentorIds().contains(id) ? "mentorIds" : "menteeIds";
                problems.add(new Problem(at, "`" + id + "` is still a member of this group (" + list + "); a leave "
                        + "date belongs to someone who left: remove one or the other"));
            } else if (!participants.contains(id) && !former.contains(id)) {
                problems.add(new Problem(at, "no participant or former participant with id `" + id + "`; someone "
                        + "who withdrew keeps their record in `formerParticipants`"));
            }
            if (date == null) {
                return;
            }
            if (!date.isAfter(start) || !date.isBefore(end)) {
                problems.add(new Problem(at, "must be inside the program: after its start " + start + " (someone who "
                        + "left on the first day attended nothing: remove them) and before its end " + end + "; found "
                        + date));
            }
            LocalDate joined = group.joinDates().get(id);
            if (joined != null && !date.isAfter(joined)) {
                problems.add(new Problem(at, "must be after their join date " + joined + " ("
                        + JsonPaths.member(path + ".joinDates", id) + "); found " + date));
            }
        });
    }
}
