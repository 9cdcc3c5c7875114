package org.mentorkit.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Participant;

/**
 * Participants that a cohort's groups leave out (hand-made groups that forgot someone, mentors left over), named by
 * id wherever a command reads groups, so that nobody is dropped silently: they get no calendar, roster line or
 * handbook. {@code match} names them its own way; {@code schedule} says it in its notes.
 */
final class InNoGroup {

    private InNoGroup() {
    }

    /** Their ids in the cohort's order; empty when everyone has a group or there are no groups yet. */
    static List<String> ids(Cohort cohort) {
        if (cohort.groups().isEmpty()) {
            return List.of();
        }
        Set<String> grouped = new HashSet<>();
        cohort.groups().forEach(g -> grouped.addAll(g.memberIds()));
        return cohort.participants().stream().map(Participant::id).filter(id -> !grouped.contains(id)).toList();
    }

    /** "H-012 is in no group", "H-012, H-013 are in no group". */
    static String describe(List<String> ids) {
        return String.join(", ", ids) + (ids.size() == 1 ? " is" : " are") + " in no group";
    }
}
