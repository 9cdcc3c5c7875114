package org.mentorkit.matching.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Solves {@link GroupingInstance}s: a population of tabu-search local optima recombined by group crossover (a
 * memetic search of the kind that leads the Maximally Diverse Grouping Problem literature), with O(1) move and swap
 * evaluation from maintained item-to-group sums.
 */
public final class GroupingSolver {

    private GroupingSolver() {
    }

    /** Searches until the options say stop and returns the best assignment found. */
    public static GroupingSolution solve(GroupingInstance instance, SolverOptions options) {
        Engine e = new Engine(instance, options);
        int n = instance.n;
        // Tuned on MDGPLIB n=120 and n=240 (see docs/matching.md): a short tabu tenure, a deep tabu phase, a pool of
        // 8 and a perturbation of n/8 random swaps.
        int depth = Math.max(200, 10 * n);
        int tenureMin = Math.max(2, n / 80);
        int tenureSpan = Math.max(5, n / 24);
        int popSize = n > 600 ? 2 : 8;
        int strength = Math.max(2, n / 8);

        List<int[]> pool = new ArrayList<>();
        List<double[]> quality = new ArrayList<>(); // {violations, objective}
        for (int p = 0; p < popSize && !e.shouldStop(); p++) {
            e.load(e.randomAssignment());
            e.tabuSearch(depth, tenureMin, tenureSpan);
            improveAndAdd(e, pool, quality, popSize);
        }
        int idleRounds = 0;
        while (!e.shouldStop() && pool.size() >= 2) {
            double before = e.bestFeasibleObjective;
            int a = e.random().nextInt(pool.size());
            int b = e.random().nextInt(pool.size() - 1);
            if (b >= a) {
                b++;
            }
            e.load(e.crossover(pool.get(a), pool.get(b)));
            e.tabuSearch(depth, tenureMin, tenureSpan);
            // A perturbed second pass around the child's optimum: cheap diversification before it competes.
            int[] kept = e.st.group.clone();
            double keptObjective = e.st.objective;
            int keptViolations = e.st.violations;
            e.perturb(strength);
            e.tabuSearch(depth, tenureMin, tenureSpan);
            if (keptViolations < e.st.violations
                    || keptViolations == e.st.violations && keptObjective > e.st.objective) {
                e.st.load(kept);
            }
            improveAndAdd(e, pool, quality, popSize);
            idleRounds = e.bestFeasibleObjective > before ? 0 : idleRounds + 1;
            if (idleRounds >= options.maxIdleRounds()) {
                e.stop = GroupingSolution.StopReason.CONVERGED;
            }
        }
        if (pool.size() < 2 && e.stop == null) {
            // One individual only (tiny time budget or population 1): iterate perturbation and tabu search.
            int idle = 0;
            while (!e.shouldStop()) {
                double before = e.bestFeasibleObjective;
                e.perturb(strength);
                e.tabuSearch(depth, tenureMin, tenureSpan);
                idle = e.bestFeasibleObjective > before ? 0 : idle + 1;
                if (idle >= options.maxIdleRounds()) {
                    e.stop = GroupingSolution.StopReason.CONVERGED;
                }
            }
        }
        e.report();
        int[] best = e.best();
        return new GroupingSolution(best, instance.objective(best), instance.violations(best), e.iter,
                Duration.ofNanos(e.elapsedNanos()), Duration.ofNanos(e.bestAt), e.stop);
    }

    /** Adds the current state to the pool, replacing the worst member if the pool is full and this is better. */
    private static void improveAndAdd(Engine e, List<int[]> pool, List<double[]> quality, int size) {
        int[] x = e.st.group.clone();
        double[] q = {e.st.violations, e.st.objective};
        for (int[] y : pool) {
            if (Arrays.equals(x, y)) {
                return;
            }
        }
        if (pool.size() < size) {
            pool.add(x);
            quality.add(q);
            return;
        }
        int worst = 0;
        for (int k = 1; k < pool.size(); k++) {
            if (better(quality.get(worst), quality.get(k))) {
                worst = k;
            }
        }
        if (better(q, quality.get(worst))) {
            pool.set(worst, x);
            quality.set(worst, q);
        }
    }

    private static boolean better(double[] p, double[] q) {
        return p[0] < q[0] || p[0] == q[0] && p[1] > q[1];
    }
}
