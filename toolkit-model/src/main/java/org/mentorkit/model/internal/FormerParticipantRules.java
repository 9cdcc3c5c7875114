package org.mentorkit.model.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;

/**
 * The rules of {@code formerParticipants}: each record is a valid participant, its id is unique and not a current
 * participant's, and some group names it with a leave date (a record nobody refers to would be kept for nothing).
 */
final class FormerParticipantRules {

    private FormerParticipantRules() {
    }

    /** Checks the former participants and returns their ids. */
    static Set<String> check(Cohort cohort, Set<String> participantIds, List<Problem> problems) {
        Set<String> leaving = new HashSet<>();
        for (Group group : cohort.groups()) {
            if (group != null) {
                leaving.addAll(group.leaveDates().keySet());
            }
        }
        Set<String> ids = new HashSet<>();
        Map<String, Integer> indexById = new HashMap<>();
        List<Participant> former = cohort.formerParticipants();
        for (int i = 0; i < former.size(); i++) {
            Participant person = former.get(i);
            if (person == null) {
                continue;
            }
            String path = "formerParticipants[" + i + "]";
            if (cohort.program() != null) {
                problems.addAll(CohortRules.participant(person, cohort.program(), path));
            }
            String id = person.id();
            if (id == null || id.isBlank()) {
                continue;
            }
            Integer first = indexById.putIfAbsent(id, i);
            if (first != null) {
                problems.add(new Problem(path + ".id", "duplicate former participant id `" + id
                        + "`: formerParticipants[" + first + "] has it too; ids must be unique"));
            } else if (participantIds.contains(id)) {
                problems.add(new Problem(path + ".id", "`" + id + "` is also a participant; a former participant "
                        + "is someone who left the program: keep them in one of the two lists"));
            } else if (!leaving.contains(id)) {
                problems.add(new Problem(path + ".id", "no group lists a leave date for `" + id + "`; add it to "
                        + "`leaveDates` of the group they left, or remove this record"));
            }
            ids.add(id);
        }
        return ids;
    }
}
