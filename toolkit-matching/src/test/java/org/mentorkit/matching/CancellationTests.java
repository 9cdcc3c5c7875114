package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.NonIsolationRule;
import org.mentorkit.model.ToolkitException;

class CancellationTests {

    /**
     * Two groups; the only two women must be apart, and neither may be the only woman of her group: no grouping keeps
     * every rule, which only the search finds out, so formation falls back to wider sizes and searches again.
     */
    private static Cohort impossibleOnlyTheSearchSees() {
        var program = Cohorts.program(new GroupPolicy(2, 4, 1), List.of(new NonIsolationRule("gender", List.of("F"),
                false)), LocalDate.of(2027, 1, 11));
        var people = List.of(Cohorts.mentor("T0", "UTC", "M", 1, "a"), Cohorts.mentor("T1", "UTC", "M", 1, "a"),
                Cohorts.mentee("S0", "UTC", "F", "a"), Cohorts.mentee("S1", "UTC", "F", "a"),
                Cohorts.mentee("S2", "UTC", "M", "a"), Cohorts.mentee("S3", "UTC", "M", "a"),
                Cohorts.mentee("S4", "UTC", "M", "a"), Cohorts.mentee("S5", "UTC", "M", "a"));
        return Cohorts.cohort(program, people, new MatchingConstraints(Map.of(), List.of(),
                List.of(List.of("S0", "S1"))));
    }

    @Test
    void cancellingDuringTheFallbackSearchIsReportedAsCancelledNotInfeasible() {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger reports = new AtomicInteger();
        // Every search reports when it ends: the first report comes from the first search (it converges in a few
        // milliseconds), so the cancellation lands in the fallback search.
        FormationSettings settings = FormationSettings.builder().seed(1).maxIdleRounds(3)
                .timeLimit(Duration.ofSeconds(30)).cancelled(cancel::get).listener(progress -> {
                    reports.incrementAndGet();
                    cancel.set(true);
                }).build();
        ToolkitException e = catchThrowableOfType(() -> GroupFormation.form(impossibleOnlyTheSearchSees(), settings),
                ToolkitException.class);
        assertThat(reports.get()).isGreaterThanOrEqualTo(2); // the fallback search ran and reported too
        assertThat(e).isNotInstanceOf(InfeasibleFormationException.class);
        assertThat(e.code()).isEqualTo(ErrorCode.CANCELLED);
        assertThat(e.getMessage()).contains("cancelled");
    }

    @Test
    void withoutCancellationTheSameCohortIsInfeasibleWithItsReason() {
        FormationSettings settings = FormationSettings.builder().seed(1).maxIdleRounds(3)
                .timeLimit(Duration.ofSeconds(30)).build();
        InfeasibleFormationException e = catchThrowableOfType(() -> GroupFormation.form(impossibleOnlyTheSearchSees(),
                settings), InfeasibleFormationException.class);
        // The closest assignment breaks one of the two rules (which one is the search's choice).
        assertThat(e.getMessage()).contains("no grouping keeping every rule was found").containsAnyOf(
                "the closest breaks apart [S0, S1]", "the closest breaks non-isolation");
    }
}
