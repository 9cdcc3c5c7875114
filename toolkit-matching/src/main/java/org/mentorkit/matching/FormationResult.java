package org.mentorkit.matching;

import java.time.Duration;
import java.util.List;
import org.mentorkit.model.Cohort;
import org.mentorkit.matching.internal.EnglishCounts;
import org.mentorkit.model.Group;

/**
 * Formed groups with everything needed to explain them.
 *
 * @param cohort        the cohort with its new groups
 * @param explanations  one per group, in group order
 * @param figures       overall figures of this grouping
 * @param randomFigures the same figures for random groupings of the same cohort (means of several draws)
 * @param moves         for re-forming: who changed group and why, and where late joiners went; empty otherwise
 * @param withdrawn     for re-forming: participants of the previous groups no longer in the cohort
 * @param seed          the seed used
 * @param elapsed       how long the search ran
 * @param converged     whether the search stopped because it stopped improving (rather than at the time limit)
 * @param slotChanges   for re-forming: saved slots that had to change, each from the effective date
 * @param effective     for re-forming: the date from which changes apply (earlier sessions are not counted); else null
 */
public record FormationResult(
        Cohort cohort,
        List<GroupExplanation> explanations,
        Figures figures,
        Figures randomFigures,
        List<Move> moves,
        List<String> withdrawn,
        long seed,
        Duration elapsed,
        boolean converged,
        List<SlotChange> slotChanges,
        java.time.LocalDate effective) {

    /**
     * The result as given, its lists copied.
     *
     * @param cohort        the cohort with its new groups
     * @param explanations  one per group, in group order
     * @param figures       overall figures of this grouping
     * @param randomFigures the same figures for random groupings of the same cohort (means of several draws)
     * @param moves         for re-forming: who changed group and why, and where late joiners went; empty otherwise
     * @param withdrawn     for re-forming: participants of the previous groups no longer in the cohort
     * @param seed          the seed used
     * @param elapsed       how long the search ran
     * @param converged     whether the search stopped because it stopped improving (rather than at the time limit)
     * @param slotChanges   for re-forming: saved slots that had to change, each from the effective date
     * @param effective     for re-forming: the date from which changes apply (earlier sessions are not counted); else null
     */
    public FormationResult {
        explanations = List.copyOf(explanations);
        moves = List.copyOf(moves);
        withdrawn = List.copyOf(withdrawn);
        slotChanges = List.copyOf(slotChanges);
    }

    /**
     * The groups that need a compromise time: no slot lies inside every member's availability for every session
     * counted (possible only when the program's common slot rule is {@code PREFERRED}).
     *
     * @return their explanations, in group order; empty when every group has a common slot
     */
    public List<GroupExplanation> groupsWithoutCommonSlot() {
        return explanations.stream().filter(e -> e.slot() != null && !e.slot().common()).toList();
    }

    /**
     * The formed groups, each with its meeting slot: the same as {@code cohort().groups()}.
     *
     * @return the groups in order, the order of {@link #explanations()}
     */
    public List<Group> groups() {
        return cohort.groups();
    }

    /**
     * The cohort's participants who are in no group, so that a report can name them rather than drop them silently.
     * Formation places every mentee (or refuses with the reason), so in practice these are mentors left over: the
     * policy's group sizes make fewer groups than there are mentors (see {@link #leftOverMentorsReason()}).
     *
     * @return their ids in the cohort's order, mentors and mentees alike; empty when everyone has a group
     */
    public List<String> withoutGroup() {
        java.util.Set<String> grouped = new java.util.HashSet<>();
        groups().forEach(g -> grouped.addAll(g.memberIds()));
        return cohort.participants().stream().map(org.mentorkit.model.Participant::id)
                .filter(id -> !grouped.contains(id)).toList();
    }

    /**
     * Why mentors are left over, in figures that add up: "fewer groups than mentors: the 6 mentees make 2 groups under
     * the program's group sizes (3 to 3 mentees, 1 mentor per group), which need 2 mentor places; the cohort has 6
     * mentors", and when some mentors lead more than one group, how many lead how many ("of the 70 mentors, 43 lead one
     * group, 13 lead two (26 places), 14 lead none").
     *
     * @return the reason, for {@link #withoutGroup()} mentors
     */
    public String leftOverMentorsReason() {
        org.mentorkit.model.GroupPolicy policy = cohort.program().groupPolicy();
        int groupCount = groups().size();
        long places = (long) groupCount * policy.mentorsPerGroup();
        java.util.Map<String, Integer> led = new java.util.HashMap<>();
        groups().forEach(g -> g.mentorIds().forEach(id -> led.merge(id, 1, Integer::sum)));
        int mentors = cohort.mentors().size();
        String figures = "fewer groups than mentors: the " + EnglishCounts.of(cohort.mentees().size(), "mentee", "mentees")
                + " make " + EnglishCounts.of(groupCount, "group", "groups") + " under the program's group sizes ("
                + policy.minMentees() + " to " + policy.maxMentees() + " mentees, "
                + EnglishCounts.of(policy.mentorsPerGroup(), "mentor", "mentors") + " per group), which need "
                + EnglishCounts.of(places, "mentor place", "mentor places") + "; the cohort has "
                + EnglishCounts.of(mentors, "mentor", "mentors");
        java.util.TreeMap<Integer, Integer> byCount = new java.util.TreeMap<>();
        cohort.mentors().forEach(m -> byCount.merge(led.getOrDefault(m.id(), 0), 1, Integer::sum));
        if (byCount.keySet().stream().allMatch(k -> k <= 1)) {
            return figures;
        }
        List<String> parts = new java.util.ArrayList<>();
        byCount.descendingMap().forEach((count, howMany) -> {
            if (count == 1) {
                parts.add(howMany + " " + EnglishCounts.verb(howMany, "leads", "lead") + " one group");
            } else if (count > 1) {
                parts.add(howMany + " " + EnglishCounts.verb(howMany, "leads", "lead") + " " + count + " groups ("
                        + EnglishCounts.of((long) count * howMany, "place", "places") + ")");
            }
        });
        int idle = byCount.getOrDefault(0, 0);
        parts.add(idle + " " + EnglishCounts.verb(idle, "leads", "lead") + " none");
        return figures + ", of whom " + String.join(", ", parts) + " (each within their capacity; formation gives a"
                + " mentor a second group only where the hard rules or the time zones leave no better choice)";
    }

    /**
     * The group a withdrawn member left at this re-forming, which still lists them in its sessions before their leave
     * date. A member who had moved between groups earlier has leave dates in several groups: the one left now is the
     * one with the latest leave date (the effective date).
     *
     * @param withdrawnId a participant id from {@link #withdrawn()}
     * @return the group, or empty when none keeps them (nothing had happened yet, or their record was not given)
     */
    public java.util.Optional<Group> groupLeft(String withdrawnId) {
        return groups().stream()
                .filter(g -> g.leaveDate(withdrawnId).isPresent() && !g.memberIds().contains(withdrawnId))
                .max(java.util.Comparator.comparing(g -> g.leaveDate(withdrawnId).orElseThrow()));
    }
}
