package org.mentorkit.matching.internal;

import org.mentorkit.matching.core.GroupingInstance;
import org.mentorkit.matching.core.GroupingSolver;

/**
 * Turns a {@link FormationPlan} and the soft criteria into the engine's plain {@link GroupingInstance}: two item
 * classes (mentees bounded by the plan's sizes, mentor seats exactly {@code mentorsPerGroup} per group), an unscored
 * bench for spare seats, the criteria as pair weights plus the group-level time-zone term and the interests'
 * saturation over the cohort ({@link Criteria#interestCap()}), size-neutral scoring when sizes may vary, and the hard
 * rules.
 */
public final class PlanInstance {

    private PlanInstance() {
    }

    /**
     * Mean group spread (hours) up to which the group-level time-zone term keeps its full weight. A cohort whose zone
     * mix forces wider groups (its best zone windows spread more on average) gets the term eased by
     * (EASED_ABOVE / that spread)^2: there the extra hours cannot be avoided, and trading interests for them helped
     * nobody (on gen_cohort.py SEED 40 10 the full weight cut the same-interest share to 0.35-0.55,
     * docs/matching-measurements.md).
     */
    static final double EASED_ABOVE = 1.5;

    /** Builds the instance; with {@code reform}, staying in one's previous group outweighs any soft gain. */
    public static GroupingInstance of(FormationPlan plan, Criteria criteria, boolean reform) {
        GroupingInstance full = of(plan, criteria, reform, 1);
        if (criteria.groupSpreadWeight() <= 0) {
            return full;
        }
        java.util.OptionalDouble windows = GroupingSolver.windowSpread(full);
        if (windows.isEmpty() || windows.getAsDouble() <= EASED_ABOVE) {
            return full;
        }
        double ease = EASED_ABOVE / windows.getAsDouble();
        return of(plan, criteria, reform, ease * ease);
    }

    private static GroupingInstance of(FormationPlan plan, Criteria criteria, boolean reform, double spreadScale) {
        int items = plan.items();
        int groups = plan.groups();
        int m = groups + (plan.bench() ? 1 : 0);
        GroupingInstance.Builder b = GroupingInstance.builder(items, m, 2);
        for (int g = 0; g < groups; g++) {
            b.classBounds(g, 0, plan.lower(g), plan.upper(g));
            b.classBounds(g, 1, plan.mentorsPerGroup(), plan.mentorsPerGroup());
        }
        if (plan.bench()) {
            b.classBounds(groups, 0, 0, 0);
            b.classBounds(groups, 1, 0, items);
            b.unscored(groups);
        }
        double[] rowAbs = new double[items];
        boolean anyShared = false;
        boolean saturating = criteria.interestSlope() < 1;
        for (int i = 0; i < items; i++) {
            if (plan.isSeat(i)) {
                b.itemClass(i, 1);
            }
            int p = plan.person(i);
            for (int j = i + 1; j < items; j++) {
                int q = plan.person(j);
                if (p == q) {
                    continue;
                }
                double similarity = criteria.interests(p, q);
                double shared = criteria.interestWeight() * similarity;
                if (shared > 0 && saturating) {
                    b.saturationValue(i, j, shared); // into the builder's own table: no n x n copy
                    anyShared = true;
                }
                double w = criteria.pair(p, q, similarity);
                if (w != 0) {
                    b.weight(i, j, w);
                    rowAbs[i] += Math.abs(w);
                    rowAbs[j] += Math.abs(w);
                }
            }
            if (plan.fixedGroup(i) >= 0) {
                b.fix(i, plan.fixedGroup(i));
            }
        }
        if (criteria.groupSpreadWeight() > 0) {
            double[] positions = new double[items];
            for (int i = 0; i < items; i++) {
                positions[i] = criteria.offset(plan.person(i));
            }
            b.spread(positions, 24, spreadScale * criteria.groupSpreadWeight(), 2);
            b.spreadStep(criteria.groupStepHours(), spreadScale * criteria.groupStep());
        }
        // Sizes that may vary get size-neutral scoring: each group's pairs count as many as an even group's, so the
        // sum over pairs does not pick sizes by itself (isolating a far-away member in a small group, say); and a mild
        // preference for the even size, since a sum of what each member gets still gains by filling the best groups
        // to the maximum and leaving the weakest at the minimum, where no figure a coordinator sees improves. Not when
        // re-forming: there nobody should move only to even sizes out.
        double evenSize = (double) (plan.mentees() + groups * plan.mentorsPerGroup()) / groups;
        if (plan.wideSizes() && evenSize >= 2) {
            b.sizeNeutral(evenSize);
        }
        if (plan.wideSizes() && evenSize >= 2 && !reform) {
            b.evenSizePull(evenSize, criteria.evenSizePull());
        }
        if (anyShared) {
            b.saturation(criteria.interestCap(), criteria.interestSlope());
        }
        for (int[] pair : plan.apart()) {
            b.apart(pair[0], pair[1]);
        }
        for (int[] pair : plan.together()) {
            b.together(pair[0], pair[1]);
        }
        for (int[] set : plan.isolationSets()) {
            b.nonIsolation(set);
        }
        double largestRow = 0;
        for (double r : rowAbs) {
            largestRow = Math.max(largestRow, r);
        }
        if (plan.bench()) {
            // Every mentor leads a group before anyone leads a second (capacity is a maximum): a mentor's second and
            // later seats prefer the bench by more than swapping them with an idle mentor's seat can lose in pair
            // terms (at most the two seats' total pair weights), so they lead a group only where a hard rule needs
            // it (or, on small cohorts, the group time-zone term outweighs it). Below the preference to stay when
            // re-forming, so that nobody moves only for this.
            double bench = (reform ? 2 : 4) * largestRow + 1;
            for (int i = 0; i < items; i++) {
                if (plan.layout().isExtraSeat(i)) {
                    b.preference(i, groups, bench);
                }
            }
        }
        if (reform) {
            double stay = 4 * largestRow + 1;
            for (int i = 0; i < items; i++) {
                if (plan.previousGroup(i) >= 0) {
                    b.preference(i, plan.previousGroup(i), stay);
                }
            }
        }
        return b.build();
    }
}
