package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TabuSearchTests {

    @Test
    void theBestItFindsIsALocalOptimum() {
        SplittableRandom cases = new SplittableRandom(20261206L);
        for (int t = 0; t < 20; t++) {
            long seed = cases.nextLong(1_000_000);
            boolean plain = seed % 2 == 0;
            GroupingInstance in = plain ? Instances.plain(seed, 24, 4) : Instances.constrained(seed, 24, 4);
            SplittableRandom rnd = new SplittableRandom(seed);
            Incumbent incumbent = new Incumbent(in.n);
            SearchBudget budget = new SearchBudget(SolverOptions.builder().timeLimit(Duration.ofSeconds(30)).build(),
                    incumbent);
            SearchState st = new SearchState(in);
            TabuSearch tabu = new TabuSearch(in, st, incumbent, budget, rnd, new TabuSearch.Settings(300, 2, 5));
            tabu.load(new RandomConstruction(in, rnd).next());
            tabu.run();
            assertThat(tabu.iterations()).isPositive();
            assertThat(incumbent.feasibleFound()).isTrue();
            SearchState best = new SearchState(in);
            best.load(incumbent.best());
            assertThat(best.objective).isEqualTo(incumbent.objective(), org.assertj.core.data.Offset.offset(1e-9));
            MoveChoice choice = new MoveChoice(in, best, new TabuList(in.n, in.m), PenaltyWeight.of(in), new Incumbent(in.n),
                    rnd);
            new FullScan(in, best, in.freeItems()).scan(choice, 0);
            assertThat(choice.score()).as("case seed %d: an improving move is left", seed).isLessThanOrEqualTo(1e-9);
        }
    }

    @Test
    void stopsWhenTheBudgetIsExhausted() {
        GroupingInstance in = Instances.plain(3, 60, 6);
        Incumbent incumbent = new Incumbent(in.n);
        SolverOptions options = SolverOptions.builder().cancelled(() -> true).build();
        SearchBudget budget = new SearchBudget(options, incumbent);
        SearchState st = new SearchState(in);
        SplittableRandom rnd = new SplittableRandom(3);
        TabuSearch tabu = new TabuSearch(in, st, incumbent, budget, rnd, new TabuSearch.Settings(1_000_000, 2, 5));
        tabu.load(new RandomConstruction(in, rnd).next());
        tabu.run();
        assertThat(budget.stopReason()).isEqualTo(GroupingSolution.StopReason.CANCELLED);
        assertThat(tabu.iterations()).isLessThanOrEqualTo(1);
    }
}
