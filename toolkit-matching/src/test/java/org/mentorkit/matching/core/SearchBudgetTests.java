package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SearchBudgetTests {

    private final AtomicLong now = new AtomicLong(1_000);
    private final List<SearchProgress> reports = new ArrayList<>();

    private SearchBudget budget(SolverOptions.Builder options, boolean cheapClock, Incumbent incumbent) {
        return new SearchBudget(options.listener(reports::add).build(), now::get, cheapClock, incumbent);
    }

    @Test
    void stopsAtTheTimeLimitAndSaysSo() {
        SearchBudget b = budget(SolverOptions.builder().timeLimit(Duration.ofSeconds(1)), true, new Incumbent(1));
        now.addAndGet(999_999_999L);
        assertThat(b.exhausted(0)).isFalse();
        assertThat(b.stopReason()).isNull();
        now.addAndGet(1);
        assertThat(b.exhausted(0)).isTrue();
        assertThat(b.stopReason()).isEqualTo(GroupingSolution.StopReason.TIME_LIMIT);
        assertThat(b.elapsedNanos()).isEqualTo(1_000_000_000L);
    }

    @Test
    void stopsWhenCancelledAndStaysStopped() {
        AtomicBoolean cancel = new AtomicBoolean();
        SearchBudget b = budget(SolverOptions.builder().cancelled(cancel::get), true, new Incumbent(1));
        for (int k = 0; k < 100; k++) {
            assertThat(b.exhausted(k)).isFalse();
        }
        cancel.set(true);
        int polls = 0;
        while (!b.exhausted(polls)) {
            polls++;
        }
        assertThat(polls).isLessThan(32); // the flag is polled every 32nd call
        assertThat(b.stopReason()).isEqualTo(GroupingSolution.StopReason.CANCELLED);
        cancel.set(false);
        assertThat(b.exhausted(0)).isTrue();
    }

    @Test
    void convergenceDoesNotOverrideAnEarlierReason() {
        SearchBudget b = budget(SolverOptions.builder().timeLimit(Duration.ofMillis(1)), true, new Incumbent(1));
        now.addAndGet(2_000_000);
        assertThat(b.exhausted(0)).isTrue();
        b.converged();
        assertThat(b.stopReason()).isEqualTo(GroupingSolution.StopReason.TIME_LIMIT);

        SearchBudget c = budget(SolverOptions.builder(), true, new Incumbent(1));
        c.converged();
        assertThat(c.exhausted(0)).isTrue();
        assertThat(c.stopReason()).isEqualTo(GroupingSolution.StopReason.CONVERGED);
    }

    @Test
    void anExpensiveClockIsReadOnEverySixteenthPollOnly() {
        AtomicLong reads = new AtomicLong();
        SearchBudget b = new SearchBudget(SolverOptions.builder().build(), () -> {
            reads.incrementAndGet();
            return now.get();
        }, false, new Incumbent(1));
        long before = reads.get();
        for (int k = 0; k < 64; k++) {
            b.exhausted(k);
        }
        assertThat(reads.get() - before).isEqualTo(4);
    }

    @Test
    void reportsProgressWithTheIncumbentsObjective() {
        Incumbent incumbent = new Incumbent(2);
        SearchBudget b = budget(SolverOptions.builder().timeLimit(Duration.ofSeconds(10)), true, incumbent);
        now.addAndGet(300_000_000L);
        b.exhausted(7);
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).feasibleFound()).isFalse();
        assertThat(reports.get(0).bestObjective()).isNaN();
        assertThat(reports.get(0).iterations()).isEqualTo(7);
        assertThat(reports.get(0).fractionDone()).isCloseTo(0.03, org.assertj.core.data.Offset.offset(1e-9));

        GroupingInstance in = GroupingInstance.builder(2, 1).weight(0, 1, 2.5).build();
        SearchState st = new SearchState(in);
        st.load(new int[] {0, 0});
        incumbent.offer(st, b.elapsedNanos());
        b.report(9);
        assertThat(reports.get(1).feasibleFound()).isTrue();
        assertThat(reports.get(1).bestObjective()).isEqualTo(2.5);
    }

    private static Incumbent withBest(int... assignment) {
        Incumbent incumbent = new Incumbent(assignment.length);
        GroupingInstance in = GroupingInstance.builder(assignment.length, 2).weight(0, 1, 1).build();
        SearchState st = new SearchState(in);
        st.load(assignment);
        incumbent.offer(st, 0);
        return incumbent;
    }

    @Test
    void atTheCheckpointTheCallerDecidesWhetherTheRestIsSearched() {
        List<int[]> asked = new ArrayList<>();
        SearchBudget goOn = budget(SolverOptions.builder().timeLimit(Duration.ofSeconds(10))
                .checkpoint(Duration.ofSeconds(6), asked::add), true, withBest(0, 1));
        now.addAndGet(5_999_999_999L);
        assertThat(goOn.exhausted(0)).isFalse();
        assertThat(asked).isEmpty();
        now.addAndGet(1);
        assertThat(goOn.exhausted(0)).isFalse(); // asked, and told to go on
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).containsExactly(0, 1);
        now.addAndGet(3_999_999_999L);
        assertThat(goOn.exhausted(0)).isFalse();
        assertThat(asked).hasSize(1); // asked once only
        now.addAndGet(1);
        assertThat(goOn.exhausted(0)).isTrue();
        assertThat(goOn.stopReason()).isEqualTo(GroupingSolution.StopReason.TIME_LIMIT);
    }

    @Test
    void aCheckpointAnsweredNoOrWithoutAFeasibleBestStopsThere() {
        SearchBudget no = budget(SolverOptions.builder().timeLimit(Duration.ofSeconds(10))
                .checkpoint(Duration.ofSeconds(6), best -> false), true, withBest(0, 1));
        now.addAndGet(6_000_000_000L);
        assertThat(no.exhausted(0)).isTrue();
        assertThat(no.stopReason()).isEqualTo(GroupingSolution.StopReason.TIME_LIMIT);

        List<int[]> asked = new ArrayList<>();
        now.set(1_000);
        SearchBudget nothingYet = budget(SolverOptions.builder().timeLimit(Duration.ofSeconds(10))
                .checkpoint(Duration.ofSeconds(6), asked::add), true, new Incumbent(2));
        now.addAndGet(6_000_000_000L);
        assertThat(nothingYet.exhausted(0)).isTrue();
        assertThat(asked).isEmpty(); // nothing to judge: the caller's time is kept
    }

    @Test
    void aCheckpointMustComeBeforeTheTimeLimit() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SolverOptions.builder().timeLimit(Duration.ofSeconds(1))
                .checkpoint(Duration.ofSeconds(1), best -> true).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the time limit");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SolverOptions.builder()
                .checkpoint(Duration.ZERO, best -> true)).isInstanceOf(IllegalArgumentException.class);
    }
}
