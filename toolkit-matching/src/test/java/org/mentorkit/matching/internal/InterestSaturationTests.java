package org.mentorkit.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.mentorkit.matching.core.GroupingInstance;
import org.mentorkit.model.ApplicantColumns;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.CriterionWeights;
import org.mentorkit.model.DeliveryMode;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MatchingSettings;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.WorkingWeek;

/**
 * The interests' saturation as the formation builds it: an instance's objective is its pair weights less
 * 0.75 x (same-interest value above 0.66 per pair in groups), recomputed here from the participants' interests.
 */
class InterestSaturationTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 11);

    /** Two mentors and eight mentees in one zone (no time-zone spread), interests a or b as listed. */
    private static Cohort cohort(CriterionWeights weights, String mentors, String mentees) {
        Program program = new Program("sat", "Saturation", "Society", "", START, 6,
                new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, 2, DayOfWeek.TUESDAY, 60, List.of(), null),
                DeliveryMode.VIRTUAL, new GroupPolicy(4, 4, 1), new MatchingSettings(weights, List.of(),
                WorkingWeek.windows()), List.of(), ApplicantColumns.defaults(), "");
        List<Participant> people = new ArrayList<>();
        for (int k = 0; k < mentors.length(); k++) {
            people.add(Participant.builder("M" + k, "M" + k, Role.MENTOR, "UTC")
                    .interests(List.of(String.valueOf(mentors.charAt(k)))).build());
        }
        for (int k = 0; k < mentees.length(); k++) {
            people.add(Participant.builder("E" + k, "E" + k, Role.MENTEE, "UTC")
                    .interests(List.of(String.valueOf(mentees.charAt(k)))).build());
        }
        return new Cohort(program, people, List.of(), MatchingConstraints.none());
    }

    private static GroupingInstance instance(Cohort cohort, FormationPlan plan) {
        Program program = cohort.program();
        return PlanInstance.of(plan, new Criteria(plan.people(), new Availability(new AvailabilityProfiles(
                plan.people(), program), START, START.plusMonths(6)), program.matching().weights(), plan.rules()),
                false);
    }

    /** Checks the objective of seeded random assignments, and of one with two same-interest groups, against the formula. */
    private static int checkAgainstTheFormula(CriterionWeights weights) {
        Cohort cohort = cohort(weights, "ab", "aaaabbba");
        List<Problem> problems = new ArrayList<>();
        FormationPlan plan = FormationPlan.of(cohort, List.of(), problems).orElseThrow();
        assertThat(problems).isEmpty();
        GroupingInstance in = instance(cohort, plan);
        assertThat(in.items()).isEqualTo(10);
        assertThat(in.groups()).isEqualTo(2);
        int[] mentees = new int[8];
        int[] seats = new int[2];
        int e = 0;
        int s = 0;
        for (int i = 0; i < 10; i++) {
            if (plan.isSeat(i)) {
                seats[s++] = i;
            } else {
                mentees[e++] = i;
            }
        }
        int saturatedCases = 0;
        SplittableRandom rnd = new SplittableRandom(20261202L);
        for (int t = 0; t < 40; t++) {
            int[] order = rnd.ints(0, 8).distinct().limit(8).toArray();
            int[] a = new int[10];
            for (int k = 0; k < 8; k++) {
                a[mentees[order[k]]] = k < 4 ? 0 : 1;
            }
            boolean swapSeats = t == 0 ? false : rnd.nextBoolean();
            a[seats[0]] = swapSeats ? 1 : 0;
            a[seats[1]] = swapSeats ? 0 : 1;
            if (t == 0) {
                // Mentees E0-E3 (a) with mentor M0 (a), the rest with M1 (b): 10 + 6 same-interest pairs of 20.
                for (int k = 0; k < 8; k++) {
                    a[mentees[k]] = interestOf(plan, mentees[k]).equals("a") && k < 4 ? 0 : 1;
                }
            }
            double pairs = 0;
            double shared = 0;
            double weightSum = 0;
            for (int i = 0; i < 10; i++) {
                for (int j = i + 1; j < 10; j++) {
                    if (a[i] == a[j]) {
                        pairs++;
                        shared += interestOf(plan, i).equals(interestOf(plan, j)) ? weights.interests() : 0;
                        weightSum += in.weight(i, j);
                    }
                }
            }
            double excess = Math.max(0, shared - 0.66 * weights.interests() * pairs);
            saturatedCases += excess > 0 ? 1 : 0;
            assertThat(in.objective(a)).as("case %d", t).isCloseTo(weightSum - 0.75 * excess, Offset.offset(1e-9));
        }
        return saturatedCases;
    }

    private static String interestOf(FormationPlan plan, int item) {
        return plan.people().get(plan.person(item)).interests().get(0);
    }

    @Test
    void theObjectiveCountsInterestsAboveTheCapAtAQuarter() {
        assertThat(checkAgainstTheFormula(CriterionWeights.defaults())).isPositive();
        assertThat(checkAgainstTheFormula(new CriterionWeights(1, 2, 0.5, 0.25))).isPositive();
    }

    @Test
    void withoutAnInterestWeightThereIsNoCorrection() {
        // The same assignments exceed the cap with an interests weight of 1; with weight 0 every case's objective
        // must be exactly its pair weights (checked inside, case by case), so a term built from unweighted interest
        // values, or not switched off, fails there. (The count of saturated cases is 0 by the formula itself.)
        assertThat(checkAgainstTheFormula(CriterionWeights.defaults())).isPositive();
        checkAgainstTheFormula(new CriterionWeights(1, 0, 0.5, 0.25));
    }
}
