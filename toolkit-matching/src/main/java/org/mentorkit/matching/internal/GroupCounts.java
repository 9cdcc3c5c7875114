package org.mentorkit.matching.internal;

import java.util.List;
import java.util.TreeSet;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;

/**
 * The numbers of groups formation may try, in order of preference. The feasible range is at least ceil(n / max) and
 * the number of distinct pin labels, at most floor(n / min) and what the mentors can lead; the preferred count (the
 * previous number when re-forming, else round(n / mid)) comes first, then the others by distance from it, the smaller
 * first on a tie.
 */
final class GroupCounts {

    private GroupCounts() {
    }

    /** The counts to try; empty, with the reasons added to {@code problems}, when no count is possible. */
    static int[] inOrder(Cohort cohort, List<Group> previous, List<Problem> problems) {
        GroupPolicy policy = cohort.program().groupPolicy();
        List<Participant> mentors = cohort.participants().stream().filter(Participant::isMentor).toList();
        int n = cohort.participants().size() - mentors.size();
        int minSize = policy.minMentees();
        int maxSize = policy.maxMentees();
        int byMentors = maxGroupsByMentors(mentors, Math.max(1, n), policy.mentorsPerGroup());
        int fewest = n == 0 ? 0 : FormationPlan.ceilDiv(n, maxSize);
        int most = Math.min(n / minSize, byMentors);
        int labels = new TreeSet<>(cohort.constraints().pinned().values()).size();
        int before = problems.size();
        if (n == 0) {
            problems.add(new Problem("cohort: participants", "the cohort has no mentees to place in groups"));
        } else if (fewest > n / minSize) {
            problems.add(new Problem("program: groupPolicy", n + " mentees cannot be split into groups of "
                    + minSize + " to " + maxSize + " mentees"));
        } else if (fewest > byMentors) {
            int capacity = mentors.stream().mapToInt(m -> Math.max(1, m.capacity())).sum();
            problems.add(new Problem("program: groupPolicy", n + " mentees need at least " + fewest
                    + " groups of at most " + maxSize + " mentees" + (policy.mentorsPerGroup() > 1 ? " with "
                    + policy.mentorsPerGroup() + " mentors each" : "") + ", but only " + mentors.size() + " mentor"
                    + (mentors.size() == 1 ? "" : "s") + " with a total capacity of " + capacity
                    + " group" + (capacity == 1 ? "" : "s") + " can lead at most " + byMentors + " group"
                    + (byMentors == 1 ? "" : "s")));
        } else if (labels > most) {
            problems.add(new Problem("cohort: constraints.pinned", "participants are pinned to " + labels
                    + " different groups, but only " + most + " groups can be formed"));
        }
        if (problems.size() > before) {
            return new int[0];
        }
        int low = Math.max(fewest, labels);
        int preferred = previous.isEmpty() ? (int) Math.round(n / ((minSize + maxSize) / 2.0)) : previous.size();
        preferred = Math.max(low, Math.min(most, preferred));
        int[] counts = new int[most - low + 1];
        int k = 0;
        for (int d = 0; k < counts.length; d++) {
            if (preferred - d >= low && d > 0) {
                counts[k++] = preferred - d;
            }
            if (preferred + d <= most && (d > 0 || k == 0)) {
                counts[k++] = preferred + d;
            }
        }
        return counts;
    }

    /** The most groups g such that the mentors can fill g x mentorsPerGroup seats with distinct mentors per group. */
    static int maxGroupsByMentors(List<Participant> mentors, int mostGroups, int mentorsPerGroup) {
        int best = 0;
        for (int g = 1; g <= mostGroups; g++) {
            long seats = 0;
            for (Participant m : mentors) {
                seats += Math.min(Math.max(1, m.capacity()), g);
            }
            if (seats >= (long) g * mentorsPerGroup) {
                best = g;
            } else {
                break;
            }
        }
        return best;
    }
}
