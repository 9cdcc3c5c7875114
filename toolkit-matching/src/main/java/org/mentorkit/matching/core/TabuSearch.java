package org.mentorkit.matching.core;

import java.util.SplittableRandom;

/**
 * Tabu search over relocations and swaps from the current state: each step applies the best admissible move (see
 * {@link MoveChoice}), forbids the moved items to return to the groups they left for a random tenure, adapts the
 * penalty of broken rules and offers the result to the incumbent. It runs until {@code depth} steps pass without a
 * better local result, no move is left, or the budget is exhausted.
 */
final class TabuSearch {

    /** Instances above this many free items use a sampled candidate list instead of the full scan. */
    static final int SAMPLE_ABOVE = 600;

    /**
     * How deep and with what tenure to search.
     *
     * @param depth      steps without a better local result before a run ends
     * @param tenureMin  shortest tabu tenure, in steps
     * @param tenureSpan the tenure is tenureMin plus a random 0..tenureSpan-1 (0: no random part)
     */
    record Settings(int depth, int tenureMin, int tenureSpan) {

        /**
         * Tuned on MDGPLIB n=120 and n=240 (docs/matching-measurements.md): a short tenure growing slowly with n, a
         * deep run.
         */
        static Settings forItems(int n) {
            return new Settings(Math.max(200, 10 * n), Math.max(2, n / 80), Math.max(5, n / 24));
        }
    }

    private final SearchState st;
    private final Incumbent incumbent;
    private final SearchBudget budget;
    private final SplittableRandom rnd;
    private final Settings settings;
    private final TabuList tabu;
    private final PenaltyWeight penalty;
    private final MoveChoice choice;
    private final NeighbourhoodScan scan;
    private long iterations;

    TabuSearch(GroupingInstance in, SearchState st, Incumbent incumbent, SearchBudget budget, SplittableRandom rnd,
            Settings settings) {
        this.st = st;
        this.incumbent = incumbent;
        this.budget = budget;
        this.rnd = rnd;
        this.settings = settings;
        tabu = new TabuList(in.n, in.m);
        penalty = PenaltyWeight.of(in);
        choice = new MoveChoice(in, st, tabu, penalty, incumbent, rnd);
        scan = NeighbourhoodScan.forInstance(in, st, tabu, rnd, SAMPLE_ABOVE);
    }

    /** Loads an assignment into the state and offers it to the incumbent. */
    void load(int[] assignment) {
        st.load(assignment);
        incumbent.offer(st, budget.elapsedNanos());
    }

    /** Runs from the current state until the depth passes without a better local result (or the budget ends). */
    void run() {
        double localBest = penalised();
        int idle = 0;
        while (idle < settings.depth() && !budget.exhausted(iterations)) {
            iterations++;
            if (!step()) {
                break;
            }
            if (st.hasRules) {
                penalty.adapt(st.violations);
            }
            boolean improved = incumbent.offer(st, budget.elapsedNanos());
            double p = penalised();
            if (improved || p > localBest + MoveChoice.EPS * (1 + Math.abs(localBest))) {
                localBest = Math.max(localBest, p);
                idle = 0;
            } else {
                idle++;
            }
        }
    }

    /** Forgets every tabu (after a perturbation). */
    void forgetTabu() {
        tabu.clear();
    }

    /** Steps taken so far over every run. */
    long iterations() {
        return iterations;
    }

    private double penalised() {
        return st.objective - penalty.value() * st.violations;
    }

    /** Applies the best admissible move; false if there is none. */
    private boolean step() {
        choice.reset();
        int it = (int) iterations;
        scan.scan(choice, it);
        if (!choice.found()) {
            return false;
        }
        int i = choice.first();
        int a = st.group[i];
        int tenure = it + settings.tenureMin() + (settings.tenureSpan() > 0 ? rnd.nextInt(settings.tenureSpan()) : 0);
        if (choice.isSwap()) {
            int j = choice.second();
            int b = st.group[j];
            st.swap(i, j);
            tabu.forbid(i, a, tenure);
            tabu.forbid(j, b, tenure);
        } else {
            st.move(i, choice.second());
            tabu.forbid(i, a, tenure);
        }
        return true;
    }
}
