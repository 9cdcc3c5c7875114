package org.mentorkit.matching;

import java.time.Duration;
import java.util.List;
import org.mentorkit.model.Cohort;
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
