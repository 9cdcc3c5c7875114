package org.mentorkit.matching.internal;

import java.time.LocalDate;
import java.util.List;
import org.mentorkit.model.Group;

/**
 * The date each participant joined their group when re-forming, as the re-formed groups will record it for
 * {@code schedule}: a member who stays in their previous group keeps the join date it had (none for a member from the
 * start); everyone else (late joiners, members moved to another group) joins on the effective date, once the program
 * has started. The availability phase moves only late joiners, who join on the effective date wherever they go, so
 * these dates do not change while it runs.
 */
final class JoinDates {

    private JoinDates() {
    }

    /**
     * @param assignment per item, its group
     * @param effective  the effective date, or null when the program has not started by then (no join dates)
     * @return per participant, the date they joined their group, or null
     */
    static LocalDate[] of(FormationPlan plan, List<Group> previous, int[] assignment, LocalDate effective) {
        LocalDate[] out = new LocalDate[plan.people().size()];
        for (int i = 0; i < assignment.length; i++) {
            int g = assignment[i];
            if (g >= plan.groups()) {
                continue; // not in a group (a mentor on the bench): judged nowhere
            }
            String id = plan.people().get(plan.person(i)).id();
            Group before = previous.stream().filter(x -> x.id().equals(plan.groupId(g))).findFirst().orElse(null);
            out[plan.person(i)] = before != null && before.memberIds().contains(id)
                    ? before.joinDate(id).orElse(null) : effective;
        }
        return out;
    }
}
