package org.mentorkit.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Each scan against a brute force over every relocation and swap of the current assignment. */
class NeighbourhoodScanTests {

    private static MoveChoice choice(GroupingInstance in, SearchState st, TabuList tabu, SplittableRandom rnd) {
        return new MoveChoice(in, st, tabu, PenaltyWeight.of(in), new Incumbent(in.n), rnd);
    }

    /** The best penalised score of any move keeping class bounds, fixed and forbidden assignments. */
    private static double bruteForceBest(GroupingInstance in, SearchState st, double penalty) {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < in.n; i++) {
            if (in.fixed[i] >= 0) {
                continue;
            }
            int a = st.group[i];
            int c = in.itemClass[i];
            for (int b = 0; b < in.m; b++) {
                if (b != a && st.count[a][c] > in.lower[a][c] && st.count[b][c] < in.upper[b][c]
                        && in.allowed(i, b)) {
                    best = Math.max(best, st.moveGain(i, b) - penalty * st.moveViolationDelta(i, b));
                }
            }
            for (int j = i + 1; j < in.n; j++) {
                int b = st.group[j];
                if (in.fixed[j] < 0 && b != a && in.itemClass[j] == c && in.allowed(i, b) && in.allowed(j, a)) {
                    best = Math.max(best, st.swapGain(i, j) - penalty * st.swapViolationDelta(i, j));
                }
            }
        }
        return best;
    }

    @Test
    void plainInstancesGetTheBoundedScanWhichFindsTheBestMove() {
        SplittableRandom cases = new SplittableRandom(20261204L);
        for (int t = 0; t < 40; t++) {
            long seed = cases.nextLong(1_000_000);
            GroupingInstance in = Instances.plain(seed, 12 + (int) (seed % 20), 3 + (int) (seed % 4));
            SplittableRandom rnd = new SplittableRandom(seed);
            SearchState st = new SearchState(in);
            st.load(new RandomConstruction(in, rnd).next());
            TabuList tabu = new TabuList(in.n, in.m);
            NeighbourhoodScan scan = NeighbourhoodScan.forInstance(in, st, tabu, rnd, TabuSearch.SAMPLE_ABOVE);
            assertThat(scan).isInstanceOf(BoundedSwapScan.class);
            MoveChoice bounded = choice(in, st, tabu, rnd);
            scan.scan(bounded, 0);
            MoveChoice full = choice(in, st, tabu, rnd);
            new FullScan(in, st, in.freeItems()).scan(full, 0);
            assertThat(bounded.score()).as("case seed %d", seed)
                    .isCloseTo(bruteForceBest(in, st, 0), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(full.score()).as("case seed %d", seed)
                    .isCloseTo(bruteForceBest(in, st, 0), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void theFullScanFindsTheBestPenalisedMoveWithRules() {
        SplittableRandom cases = new SplittableRandom(20261205L);
        for (int t = 0; t < 30; t++) {
            long seed = cases.nextLong(1_000_000);
            GroupingInstance in = GroupingSolverTests.randomInstance(seed, 15 + (int) (seed % 10), 3, true);
            SplittableRandom rnd = new SplittableRandom(seed);
            SearchState st = new SearchState(in);
            st.load(new RandomConstruction(in, rnd).next());
            TabuList tabu = new TabuList(in.n, in.m);
            NeighbourhoodScan scan = NeighbourhoodScan.forInstance(in, st, tabu, rnd, TabuSearch.SAMPLE_ABOVE);
            assertThat(scan).isInstanceOf(FullScan.class);
            MoveChoice choice = choice(in, st, tabu, rnd);
            scan.scan(choice, 0);
            assertThat(choice.score()).as("case seed %d", seed).isCloseTo(
                    bruteForceBest(in, st, PenaltyWeight.of(in).value()), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    /**
     * The scan skips a move before counting the rules it breaks when even repairing every broken rule and relieving
     * both groups' spread could not make it the best (MoveChoice.cannotBeBest): along a walk that applies each chosen
     * move, through states with and without broken rules, the chosen score must still be the brute-force best.
     */
    @Test
    void theFullScanStaysExactAlongAWalkThroughBrokenAndKeptRules() {
        SplittableRandom cases = new SplittableRandom(20261206L);
        int withBroken = 0;
        int withoutBroken = 0;
        int neutralCases = 0;
        int pullCases = 0;
        for (int t = 0; t < 60; t++) {
            long seed = cases.nextLong(1_000_000);
            // Half the cases with a spread term heavy enough to decide most moves, half with a light one; cases 30-44
            // with size-neutral scoring (and sizes two either side of even), the last 15 with a preference for the
            // even size as well (EvenSizePull, a relocation's part of the O(1) base gain the bound uses).
            double spreadWeight = t % 2 == 0 ? 7.5 : 400;
            boolean neutral = t >= 30;
            double pull = t >= 45 ? 3.25 : 0;
            neutralCases += neutral && pull == 0 ? 1 : 0;
            pullCases += pull > 0 ? 1 : 0;
            GroupingInstance in = GroupingSolverTests.randomInstance(seed, 15 + (int) (seed % 10), 3, true,
                    spreadWeight, neutral, pull);
            SplittableRandom rnd = new SplittableRandom(seed);
            SearchState st = new SearchState(in);
            st.load(new RandomConstruction(in, rnd).next());
            TabuList tabu = new TabuList(in.n, in.m);
            NeighbourhoodScan scan = NeighbourhoodScan.forInstance(in, st, tabu, rnd, TabuSearch.SAMPLE_ABOVE);
            PenaltyWeight penalty = PenaltyWeight.of(in);
            for (int step = 0; step < 25; step++) {
                if (st.violations > 0) {
                    withBroken++;
                } else {
                    withoutBroken++;
                }
                MoveChoice choice = new MoveChoice(in, st, tabu, penalty, new Incumbent(in.n), rnd);
                scan.scan(choice, step);
                assertThat(choice.found()).as("case seed %d, spread weight %s, size-neutral %s, pull %s, step %d",
                        seed, spreadWeight, neutral, pull, step).isTrue();
                assertThat(choice.score()).as("case seed %d, spread weight %s, size-neutral %s, pull %s, step %d",
                        seed, spreadWeight, neutral, pull, step).isCloseTo(
                        bruteForceBest(in, st, penalty.value()), org.assertj.core.data.Offset.offset(1e-9));
                if (choice.isSwap()) {
                    st.swap(choice.first(), choice.second());
                } else {
                    st.move(choice.first(), choice.second());
                }
                penalty.adapt(st.violations);
            }
        }
        // The walk must have seen both kinds of state, or the pruning's use of the broken-rule count went untested.
        assertThat(withBroken).isPositive();
        assertThat(withoutBroken).isPositive();
        assertThat(neutralCases).isEqualTo(15);
        assertThat(pullCases).isEqualTo(15);
    }

    @Test
    void tabuMovesAreSkippedUnlessTheyGiveANewBest() {
        GroupingInstance in = GroupingInstance.builder(4, 2).weight(0, 2, 10).sizeBounds(0, 1, 3)
                .sizeBounds(1, 1, 3).build();
        SearchState st = new SearchState(in);
        st.load(new int[] {0, 0, 1, 1});
        TabuList tabu = new TabuList(4, 2);
        tabu.forbid(0, 1, 5);
        tabu.forbid(2, 0, 5);
        Incumbent incumbent = new Incumbent(4);
        incumbent.offer(st, 0);
        SplittableRandom rnd = new SplittableRandom(1);
        MoveChoice choice = new MoveChoice(in, st, tabu, PenaltyWeight.of(in), incumbent, rnd);
        new FullScan(in, st, in.freeItems()).scan(choice, 1);
        // Joining 0 and 2 gains 10 and beats the incumbent: allowed although tabu.
        assertThat(choice.score()).isEqualTo(10);
        st.load(new int[] {0, 1, 0, 1});
        incumbent.offer(st, 0);
        st.load(new int[] {0, 0, 1, 1});
        choice.reset();
        new FullScan(in, st, in.freeItems()).scan(choice, 1);
        // Now 10 is only as good as the incumbent: the tabu moves that reach it are skipped.
        assertThat(choice.score()).isLessThan(10);
    }

    @Test
    void theSampledScanOffersOnlyMovesThatKeepTheBoundsWithTheirTrueScore() {
        GroupingInstance in = Instances.constrained(17, 700, 35);
        SplittableRandom rnd = new SplittableRandom(17);
        SearchState st = new SearchState(in);
        st.load(new RandomConstruction(in, rnd).next());
        TabuList tabu = new TabuList(in.n, in.m);
        NeighbourhoodScan scan = NeighbourhoodScan.forInstance(in, st, tabu, rnd, TabuSearch.SAMPLE_ABOVE);
        assertThat(scan).isInstanceOf(SampledScan.class);
        PenaltyWeight penalty = PenaltyWeight.of(in);
        for (int step = 0; step < 20; step++) {
            MoveChoice choice = new MoveChoice(in, st, tabu, penalty, new Incumbent(in.n), rnd);
            scan.scan(choice, step);
            assertThat(choice.found()).isTrue();
            int i = choice.first();
            double before = in.objective(st.group);
            double expected;
            if (choice.isSwap()) {
                expected = st.swapGain(i, choice.second());
                st.swap(i, choice.second());
            } else {
                expected = st.moveGain(i, choice.second());
                st.move(i, choice.second());
            }
            assertThat(Instances.brokenStructure(in, st.group)).isEmpty();
            assertThat(in.objective(st.group) - before).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
        }
    }
}
