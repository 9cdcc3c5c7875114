package org.mentorkit.matching.internal;

import java.util.ArrayList;
import java.util.List;
import org.mentorkit.model.NonIsolationRule;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;

/**
 * The items each non-isolation rule watches: the holders of the rule's values (mentor seats only when the rule counts
 * mentors). A rule with one holder among the mentees and none among the mentors can never hold: it is reported.
 */
final class IsolationSets {

    private IsolationSets() {
    }

    /** One item set per rule, in rule order. */
    static List<int[]> of(List<NonIsolationRule> rules, ItemLayout layout, List<Problem> problems) {
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            NonIsolationRule rule = rules.get(r);
            List<Integer> items = new ArrayList<>();
            int menteeHolders = 0;
            int mentorHolders = 0;
            for (int i = 0; i < layout.items(); i++) {
                Participant x = layout.people().get(layout.person(i));
                if (layout.isSeat(i) && !rule.countMentors()) {
                    continue;
                }
                if (Criteria.holds(x, rule)) {
                    items.add(i);
                    if (layout.isSeat(i)) {
                        mentorHolders++;
                    } else {
                        menteeHolders++;
                    }
                }
            }
            if (menteeHolders == 1 && mentorHolders == 0) {
                problems.add(new Problem("program: matching.nonIsolation[" + r + "]", "only one mentee holds "
                        + rule.vocabulary() + " " + rule.values() + (rule.countMentors() ? " and no mentor does" : "")
                        + ", so that mentee would be the only one in any group"));
            }
            out.add(items.stream().mapToInt(Integer::intValue).toArray());
        }
        return List.copyOf(out);
    }
}
