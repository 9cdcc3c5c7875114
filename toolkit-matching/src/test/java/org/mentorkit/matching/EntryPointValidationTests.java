package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.matching.core.GroupingInstance;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;

/** Issue 12: the SDK's entry points refuse what the command line refuses, with the same problems. */
class EntryPointValidationTests {

    private static final FormationSettings QUICK = FormationSettings.builder().seed(3).maxIdleRounds(20).build();

    private static Cohort cohortWithPolicy(GroupPolicy policy) {
        List<Participant> people = List.of(Cohorts.mentor("T0", "UTC", "M", 1), Cohorts.mentee("S0", "UTC", "F"),
                Cohorts.mentee("S1", "UTC", "M"));
        return Cohorts.cohort(Cohorts.program(policy, List.of(), LocalDate.of(2027, 1, 12)), people,
                MatchingConstraints.none());
    }

    @Test
    void aGroupPolicyOfZeroIsInvalidInputNotAnArithmeticException() {
        Cohort cohort = cohortWithPolicy(new GroupPolicy(0, 0, 0));
        assertThatThrownBy(() -> GroupFormation.form(cohort, QUICK))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cohort: program: groupPolicy");
        assertThatThrownBy(() -> GroupFormation.reform(cohort, List.of(), QUICK)).isInstanceOf(RuntimeException.class)
                .isNotInstanceOf(ArithmeticException.class);
    }

    @Test
    void aCohortBuiltInCodeIsRefusedForWhatTheCommandLineRefusesInACohortFile() {
        // Issue 12: form and reform validated only the program; an invalid e-mail address was grouped as given.
        List<Participant> people = List.of(Cohorts.mentor("T0", "UTC", "M", 1),
                Cohorts.mentee("S0", "UTC", "F").toBuilder().email("not an address").build(),
                Cohorts.mentee("S1", "UTC", "F"));
        Cohort invalid = Cohorts.cohort(Cohorts.program(new GroupPolicy(1, 3, 1), List.of(), LocalDate.of(2027, 1, 12)),
                people, MatchingConstraints.none());
        for (var entryPoint : List.<Runnable>of(() -> GroupFormation.form(invalid, QUICK),
                () -> GroupFormation.reform(invalid, List.of(new org.mentorkit.model.Group("g1", "Group 1", List.of("T0"),
                        List.of("S0", "S1"), null)), QUICK))) {
            assertThatThrownBy(entryPoint::run)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(
                            org.mentorkit.model.Problem::location).contains("cohort: participants[1].email"));
        }
    }

    @Test
    void aNaNPreferenceIsRefusedWhereItIsGiven() {
        GroupingInstance.Builder builder = GroupingInstance.builder(4, 2);
        assertThatThrownBy(() -> builder.preference(0, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be finite, got NaN");
    }

    @Test
    void apartAndTogetherNeedTwoDifferentItems() {
        GroupingInstance.Builder builder = GroupingInstance.builder(4, 2);
        assertThatThrownBy(() -> builder.apart(1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two different items");
        assertThatThrownBy(() -> builder.together(2, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClassOutOfRangeIsRefusedByClassBoundsAsByItemClass() {
        // classBounds checked the group only: a class out of range was an ArrayIndexOutOfBoundsException.
        GroupingInstance.Builder builder = GroupingInstance.builder(4, 2, 2);
        assertThatThrownBy(() -> builder.classBounds(0, 2, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("class 2 outside 0..1");
        assertThatThrownBy(() -> builder.itemClass(0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("class -1 outside 0..1");
    }

    @Test
    void anInstanceCannotBeChangedThroughItsBuilder() {
        // build() hands the builder's arrays to the instance (no copy of the n x n weights), so every later call on
        // the builder must be refused rather than reach the instance.
        GroupingInstance.Builder builder = GroupingInstance.builder(4, 2).weight(0, 1, 2.0).preference(2, 1, 1.5)
                .forbid(3, 0).saturationValue(0, 1, 1.0).saturation(0.5, 0.25);
        GroupingInstance instance = builder.build();
        int[] assignment = {0, 0, 1, 1};
        List<String> violations = instance.violations(assignment);
        double objective = instance.objective(assignment);
        List<Runnable> laterCalls = List.of(() -> builder.weight(0, 1, 99.0), () -> builder.preference(2, 1, 10.0),
                () -> builder.forbid(3, 1), () -> builder.fix(0, 1), () -> builder.itemClass(0, 0),
                () -> builder.classBounds(0, 0, 0, 1), () -> builder.unscored(1), () -> builder.apart(0, 1),
                () -> builder.together(0, 1), () -> builder.nonIsolation(new int[] {0, 1}),
                () -> builder.spread(new double[4], 24, 1, 2), () -> builder.saturationValue(0, 1, 5.0),
                () -> builder.saturation(0, 1), () -> builder.sizeNeutral(2), builder::build);
        for (Runnable call : laterCalls) {
            assertThatThrownBy(call::run).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("build() was already called");
        }
        assertThat(instance.weight(0, 1)).isEqualTo(2.0);
        assertThat(instance.preference(2, 1)).isEqualTo(1.5);
        assertThat(instance.violations(assignment)).isEqualTo(violations);
        assertThat(instance.objective(assignment)).isEqualTo(objective);
    }
}
