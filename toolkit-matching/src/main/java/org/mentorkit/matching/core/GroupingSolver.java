package org.mentorkit.matching.core;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Solves {@link GroupingInstance}s: a population of tabu-search local optima recombined by group crossover (a
 * memetic search of the kind that leads the Maximally Diverse Grouping Problem literature: TPSDP, Yang et al., EJOR
 * 2022; iterated maxima search, Lai and Hao, EJOR 2016), with O(1) move and swap evaluation from maintained
 * item-to-group sums.
 *
 * <p>The parts, each with its own small API: {@link SearchBudget} (clock, cancellation, progress), {@link Incumbent}
 * (best so far), {@link RandomConstruction} and {@link SpreadConstruction} (starts), {@link TabuSearch} (with its
 * {@link NeighbourhoodScan} variants and {@link PenaltyWeight}), {@link GroupCrossover}, {@link Perturbation} and
 * {@link Population}.
 */
public final class GroupingSolver {

    private GroupingSolver() {
    }

    /**
     * {@return the mean group spread of the instance's best zone windows, the starting assignments the search uses
     * for a spread term, or empty when they do not apply} Zone windows: each scored group takes a run of the items
     * of each class in circular order of their spread positions, the runs chosen exactly for the least spread term;
     * they apply to instances with a spread term, at most two item classes, no fixed or forbidden items, and a small
     * enough programme (some 275 items in groups of five). Callers use it to judge how wide a cohort's groups must be.
     * @param instance the instance, not null
     */
    public static java.util.OptionalDouble windowSpread(GroupingInstance instance) {
        SpreadConstruction windows = SpreadConstruction.exactOf(instance, new SplittableRandom(0));
        int[] start = windows == null ? null : windows.next();
        if (start == null) {
            return java.util.OptionalDouble.empty();
        }
        double total = 0;
        int scored = 0;
        for (int g = 0; g < instance.m; g++) {
            if (instance.scored[g]) {
                int[] members = new int[instance.n];
                int k = 0;
                for (int i = 0; i < instance.n; i++) {
                    if (start[i] == g) {
                        members[k++] = i;
                    }
                }
                total += instance.spreadTerm.spread(members, k, -1, -1);
                scored++;
            }
        }
        return scored == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(total / scored);
    }

    /**
     * Searches on the calling thread until the options say stop, and returns the best assignment found: the best one
     * keeping every rule if any was found, else the one breaking the fewest.
     *
     * @param instance the items, their pairwise weights, group bounds and rules; it is only read, so one instance may
     *                 be solved by several threads at once
     * @param options  seed, time limit, idle rounds, cancellation and progress
     * @return the best assignment with its objective, any rules it breaks and why the search stopped; check
     *         {@link GroupingSolution#feasible()} before using it
     */
    public static GroupingSolution solve(GroupingInstance instance, SolverOptions options) {
        int n = instance.n;
        SplittableRandom rnd = new SplittableRandom(options.seed());
        Incumbent incumbent = new Incumbent(n);
        SearchBudget budget = new SearchBudget(options, incumbent);
        SearchState st = new SearchState(instance);
        TabuSearch tabu = new TabuSearch(instance, st, incumbent, budget, rnd, TabuSearch.Settings.forItems(n));
        RandomConstruction construction = new RandomConstruction(instance, rnd);
        SpreadConstruction windows = SpreadConstruction.of(instance, rnd);
        GroupCrossover crossover = new GroupCrossover(instance, rnd);
        Perturbation perturbation = new Perturbation(instance, st, rnd);
        // Tuned on MDGPLIB n=120 and n=240 (docs/matching-measurements.md): a pool of 8 (2 for big instances, where
        // one tabu run is long) and a perturbation of n/8 random swaps.
        int poolSize = n > 600 ? 2 : 8;
        Population pool = new Population(poolSize);
        int strength = Math.max(2, n / 8);

        int[] given = given(construction, options);
        for (int p = 0; p < poolSize && !budget.exhausted(tabu.iterations()); p++) {
            // With a spread term, half the pool starts from the best windows (see SpreadConstruction), half at random
            // (windows alone gave the same results on the gen_cohort.py cohorts, and random starts keep diversity).
            int[] start = p == 0 ? given : null;
            if (start == null && windows != null && p < poolSize / 2) {
                start = windows.next();
            }
            tabu.load(start != null ? start : construction.next());
            tabu.run();
            pool.offer(st);
        }
        int idleRounds = 0;
        while (!budget.exhausted(tabu.iterations()) && pool.size() >= 2) {
            double before = incumbent.objective();
            int[][] parents = pool.parents(rnd);
            tabu.load(crossover.child(parents[0], parents[1]));
            tabu.run();
            // A perturbed second pass around the child's optimum: cheap diversification before it competes.
            int[] kept = st.group.clone();
            double keptObjective = st.objective;
            int keptViolations = st.violations;
            perturbation.apply(strength);
            tabu.forgetTabu();
            tabu.run();
            if (keptViolations < st.violations || keptViolations == st.violations && keptObjective > st.objective) {
                st.load(kept);
            }
            pool.offer(st);
            idleRounds = incumbent.objective() > before ? 0 : idleRounds + 1;
            if (idleRounds >= options.maxIdleRounds()) {
                budget.converged();
            }
        }
        if (pool.size() < 2 && budget.stopReason() == null) {
            // One individual only (tiny time budget or population 1): iterate perturbation and tabu search.
            int idle = 0;
            while (!budget.exhausted(tabu.iterations())) {
                double before = incumbent.objective();
                perturbation.apply(strength);
                tabu.forgetTabu();
                tabu.run();
                idle = incumbent.objective() > before ? 0 : idle + 1;
                if (idle >= options.maxIdleRounds()) {
                    budget.converged();
                }
            }
        }
        budget.report(tabu.iterations());
        // Without any search (a budget spent before it began) the caller's start, else a random one, is the result.
        int[] best = !incumbent.isEmpty() ? incumbent.best() : given != null ? given : construction.next();
        return new GroupingSolution(best, instance.objective(best), instance.violations(best), tabu.iterations(),
                Duration.ofNanos(budget.elapsedNanos()), Duration.ofNanos(incumbent.foundAtNanos()),
                budget.stopReason());
    }

    /** The caller's start, completed (see {@link SolverOptions.Builder#start}), or null when none or it cannot be. */
    private static int[] given(RandomConstruction construction, SolverOptions options) {
        if (options.start().isEmpty()) {
            return null;
        }
        try {
            return construction.next(options.start().get());
        } catch (IllegalArgumentException e) {
            return null; // the kept items leave some group short of its lower bound: start at random instead
        }
    }
}
