package org.mentorkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Map;
import org.mentorkit.matching.FormationResult;
import org.mentorkit.matching.FormationSettings;
import org.mentorkit.matching.GroupExplanation;
import org.mentorkit.matching.GroupFormation;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.io.ModelJson;

/**
 * The availability benchmark: {@code gen-availability SEED MENTEES MENTORS [--region world|apac] --out COHORT.json}
 * writes a cohort of {@link AvailabilityCohorts} (for {@code mentorkit match}; {@code --mentees MIN-MAX} and
 * {@code --sizes even|within-policy} set its group policy, see {@link PolicyOptions}); {@code availability SEED MENTEES MENTORS
 * [--region R] --seconds S --seed N [--clock wall|cpu]} generates the same cohort in memory, forms groups through the API
 * {@code mentorkit match} uses, and prints the member-sessions outside availability and the groups without a common
 * slot; {@code cohort-json COHORT.json --seconds S --seed N} forms a cohort file the same way. With {@code --groups-out
 * FILE} both also write the formed cohort (program, participants, groups with their slots) as a cohort file, which
 * {@code benchmarks/availability_milp.py} recounts independently beside the exact optimum. Each prints the wall
 * time from before generating or reading the cohort, the formation's own time against its limit, and the CPU time of
 * the forming thread (the figure that does not depend on what else the machine runs).
 */
final class AvailabilityBench {

    private AvailabilityBench() {
    }

    static void generate(String[] args, Map<String, String> opts) throws IOException {
        Cohort cohort = AvailabilityCohorts.generate(Long.parseLong(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), opts.getOrDefault("region", "world"),
                PolicyOptions.policy(opts, AvailabilityCohorts.STANDARD_POLICY));
        Path out = Path.of(opts.getOrDefault("out", "cohort.json"));
        Files.writeString(out, ModelJson.write(cohort));
        System.out.println("wrote " + out + ": " + cohort.mentees().size() + " mentees, " + cohort.mentors().size()
                + " mentors");
    }

    static void run(String[] args, Map<String, String> opts) throws IOException {
        long t0 = System.nanoTime();
        long cpu0 = CPU.getCurrentThreadCpuTime();
        Cohort cohort = AvailabilityCohorts.generate(Long.parseLong(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), opts.getOrDefault("region", "world"),
                PolicyOptions.policy(opts, AvailabilityCohorts.STANDARD_POLICY));
        form(cohort, opts, t0, cpu0);
    }

    /** {@code cohort-json COHORT.json --seconds S --seed N}: a cohort file (e.g. from gen-availability), formed. */
    static void runFile(Path file, Map<String, String> opts) throws IOException {
        long t0 = System.nanoTime();
        long cpu0 = CPU.getCurrentThreadCpuTime();
        Cohort cohort;
        try {
            cohort = ModelJson.readCohort(Files.readString(file), file.toString());
        } catch (org.mentorkit.model.InvalidInputException e) {
            // A bad cohort file (a group without a name, say) is the user's to fix: the model's message names the
            // file and the JSON path of each problem; a stack trace would only hide it.
            System.err.println("cohort-json: " + e.getMessage());
            System.exit(2);
            return;
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("cohort-json: " + file + ": no such file");
            System.exit(2);
            return;
        }
        form(cohort, opts, t0, cpu0);
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static void form(Cohort cohort, Map<String, String> opts, long t0, long cpu0) throws IOException {
        Duration budget = Duration.ofMillis((long) (Double.parseDouble(opts.getOrDefault("seconds", "10")) * 1000));
        // --clock cpu counts the limit in CPU time of the forming thread: on a shared machine the load then does not
        // decide how much work fits (the default, wall, is what a coordinator waits for).
        String clock = opts.getOrDefault("clock", "wall");
        if (!clock.equals("wall") && !clock.equals("cpu")) {
            throw new IllegalArgumentException("--clock must be wall or cpu, got " + clock);
        }
        // With the wall clock, --seconds is the whole process's budget, as the target counts it (from a cold
        // JVM), the same way the cohort benchmark counts it: the formation gets what JVM start and making or reading
        // the cohort left, less a reserve for the summary and leaving the JVM.
        Duration limit = clock.equals("wall")
                ? CohortBench.formationLimit(budget, Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()))
                : budget;
        FormationSettings settings = FormationSettings.builder().seed(Long.parseLong(opts.getOrDefault("seed", "1")))
                .timeLimit(limit).cpuTime(clock.equals("cpu")).build();
        long f0 = System.nanoTime();
        FormationResult result = GroupFormation.form(cohort, settings);
        double formation = (System.nanoTime() - f0) / 1e9;
        double took = (System.nanoTime() - t0) / 1e9;
        double cpu = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
        if (opts.containsKey("groups-out")) {
            Path out = Path.of(opts.get("groups-out"));
            Files.writeString(out, ModelJson.write(result.cohort()));
            System.out.println("wrote " + out + ": " + result.groups().size() + " groups with their slots");
        }
        int outside = 0;
        int total = 0;
        for (GroupExplanation e : result.explanations()) {
            outside += e.slot().outside();
            total += e.slot().memberSessions();
        }
        System.out.printf("groups %d, without a common slot %d, member-sessions outside availability %d of %d"
                + " (%.1f%%), mean largest time difference %.2f h, same-interest pair share %.3f, wall %.2f s"
                + " (formation %.2f s of a %.2f s %s limit, search %.2f s, %s; CPU of the forming thread %.2f s;"
                + " since JVM start %.2f s)%n",
                result.groups().size(), result.groupsWithoutCommonSlot().size(), outside, total,
                100.0 * outside / Math.max(1, total), result.figures().largestTimeDifference(),
                result.figures().sameInterestPairShare(), took, formation, limit.toMillis() / 1000.0, clock,
                result.elapsed().toMillis() / 1000.0, result.converged() ? "converged" : "time limit", cpu,
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
    }
}
