package org.mentorkit.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.mentorkit.matching.core.GroupingInstance;
import org.mentorkit.matching.core.GroupingSolution;
import org.mentorkit.matching.core.GroupingSolver;
import org.mentorkit.matching.core.SolverOptions;

/**
 * Benchmark runner. Commands:
 * <pre>
 *   mdgp FILE --seconds S --seed N                     objective value and partition of one MDGPLIB instance
 *   suite DIR [--seeds 10] [--scale 1.0]               every instance of DIR x seeds, against best-known.tsv
 *   cohort COHORT.csv --seconds S --seed N --out GROUPS.csv [--clock wall|cpu]   a generated cohort, ID,Team for evaluate.py
 *          [--mentees MIN-MAX] [--sizes even|within-policy]   the group policy (default exactly 4 mentees, even)
 *   gen-cohort SEED MENTEES MENTORS --out COHORT.csv   our own time-zone and interest cohort, for cohort
 *   gen-availability SEED MENTEES MENTORS [--region world|apac] --out COHORT.json   an availability cohort
 *                                                      (and availability: [--mentees MIN-MAX] [--sizes ...], default 3-5)
 *   availability SEED MENTEES MENTORS [--region R] --seconds S --seed N [--clock wall|cpu]   the same cohort,
 *                                                      formed: outside counts (--clock cpu: limit in CPU time)
 *   cohort-json COHORT.json --seconds S --seed N [--clock wall|cpu]   a cohort file, formed likewise
 *   (availability and cohort-json: --groups-out FILE writes the formed cohort, for availability_milp.py)
 * </pre>
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        if (args.length < 2) {
            usage();
            System.exit(2);
        }
        // gen-availability, availability and gen-cohort take three positional arguments; every other command one.
        Map<String, String> opts;
        try {
            opts = args[0].endsWith("availability") || args[0].equals("gen-cohort")
                    ? options(java.util.Arrays.copyOfRange(args, 2, args.length)) : options(args);
        } catch (IllegalArgumentException e) {
            System.err.println(args[0] + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            run(args, opts);
        } catch (IllegalArgumentException e) {
            // A bad option value (--mentees, --sizes, --clock, a number that is not one): one line, exit 2.
            System.err.println(args[0] + ": " + (e instanceof NumberFormatException
                    ? "expected a number in the arguments or options, " + e.getMessage() : e.getMessage()));
            System.exit(2);
        }
    }

    /** The options each command reads; any other is refused rather than silently ignored (a typo of --sizes). */
    private static final Map<String, List<String>> OPTIONS = Map.of(
            "mdgp", List.of("seconds", "seed"),
            "suite", List.of("seeds", "scale", "only"),
            "cohort", List.of("seconds", "seed", "out", "clock", "weights", "idle-rounds", "mentees", "sizes"),
            "gen-cohort", List.of("out"),
            "gen-availability", List.of("region", "out", "mentees", "sizes"),
            "availability", List.of("region", "seconds", "seed", "clock", "groups-out", "mentees", "sizes"),
            "cohort-json", List.of("seconds", "seed", "clock", "groups-out"));

    /** Refuses an option the command does not read, naming the ones it does. */
    static void checkOptions(String command, Map<String, String> opts) {
        List<String> known = OPTIONS.get(command);
        if (known == null) {
            return; // an unknown command: main prints the usage
        }
        for (String name : opts.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; " + command + " takes --"
                        + String.join(", --", known));
            }
        }
    }

    private static void run(String[] args, Map<String, String> opts) throws IOException {
        checkOptions(args[0], opts);
        switch (args[0]) {
            case "mdgp" -> mdgp(Path.of(args[1]), opts);
            case "suite" -> suite(Path.of(args[1]), opts);
            case "cohort" -> cohort(Path.of(args[1]), opts);
            case "gen-cohort" -> generateCohort(args, opts);
            case "gen-availability" -> AvailabilityBench.generate(args, opts);
            case "availability" -> AvailabilityBench.run(args, opts);
            case "cohort-json" -> AvailabilityBench.runFile(Path.of(args[1]), opts);
            default -> {
                usage();
                System.exit(2);
            }
        }
    }

    private static void usage() {
        System.err.println("usage: java -jar benchmarks.jar mdgp FILE --seconds S --seed N");
        System.err.println("       java -jar benchmarks.jar suite DIR [--seeds 10] [--scale 1.0]");
        System.err.println("       java -jar benchmarks.jar cohort COHORT.csv --seconds S --seed N --out GROUPS.csv [--clock wall|cpu]"
                + " [--mentees MIN-MAX] [--sizes even|within-policy]");
        System.err.println("       java -jar benchmarks.jar gen-cohort SEED MENTEES MENTORS --out COHORT.csv");
        System.err.println("       java -jar benchmarks.jar gen-availability SEED MENTEES MENTORS [--region world|apac]"
                + " [--mentees MIN-MAX] [--sizes even|within-policy] --out COHORT.json");
        System.err.println("       java -jar benchmarks.jar availability SEED MENTEES MENTORS [--region world|apac]"
                + " [--mentees MIN-MAX] [--sizes even|within-policy] --seconds S --seed N [--clock wall|cpu]"
                + " [--groups-out FILE]");
        System.err.println("       java -jar benchmarks.jar cohort-json COHORT.json --seconds S --seed N [--clock wall|cpu]"
                + " [--groups-out FILE]");
    }

    private static void cohort(Path csv, Map<String, String> opts) throws IOException {
        try {
            CohortBench.run(csv, opts);
        } catch (org.mentorkit.matching.InfeasibleFormationException e) {
            System.err.println("cohort: no grouping keeping every rule within the budget: " + e.getMessage());
            System.exit(2);
        }
    }

    /** {@code gen-cohort SEED MENTEES MENTORS --out COHORT.csv}: exit code 2 with the reason on bad arguments. */
    static void generateCohort(String[] args, Map<String, String> opts) throws IOException {
        String csv;
        try {
            if (args.length < 4 || !opts.containsKey("out")) {
                throw new IllegalArgumentException("expected gen-cohort SEED MENTEES MENTORS --out COHORT.csv");
            }
            csv = TzInterestCohorts.generate(Long.parseLong(args[1]), Integer.parseInt(args[2]),
                    Integer.parseInt(args[3]));
        } catch (NumberFormatException e) {
            System.err.println("gen-cohort: SEED, MENTEES and MENTORS must be whole numbers (" + e.getMessage() + ")");
            System.exit(2);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("gen-cohort: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path out = Path.of(opts.get("out"));
        Files.writeString(out, csv);
        System.out.println("wrote " + out + ": " + args[2] + " mentees, " + args[3] + " mentors");
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 2; k + 1 < args.length; k += 2) {
            if (!args[k].startsWith("--")) {
                throw new IllegalArgumentException("expected an option, got " + args[k]);
            }
            out.put(args[k].substring(2), args[k + 1]);
        }
        return out;
    }

    private static GroupingSolution run(GroupingInstance instance, double seconds, long seed) {
        SolverOptions options = SolverOptions.builder().seed(seed)
                .timeLimit(Duration.ofMillis((long) (seconds * 1000))).cpuTime(!Boolean.getBoolean("wallclock")).build();
        return GroupingSolver.solve(instance, options);
    }

    private static void mdgp(Path file, Map<String, String> opts) throws IOException {
        GroupingInstance instance = MdgpInstance.read(file);
        double seconds = Double.parseDouble(opts.getOrDefault("seconds",
                String.valueOf(MdgpInstance.tpsdpSeconds(instance.items()))));
        long seed = Long.parseLong(opts.getOrDefault("seed", "1"));
        GroupingSolution s = run(instance, seconds, seed);
        PrintStream out = System.out;
        out.printf("objective %.6f%n", s.objective());
        StringBuilder partition = new StringBuilder();
        for (int g : s.assignment()) {
            partition.append(partition.length() == 0 ? "" : " ").append(g);
        }
        out.println("partition " + partition);
        out.printf("time_to_best_s %.3f%n", s.timeToBest().toMillis() / 1000.0);
        out.println("feasible " + s.feasible());
        out.println("iterations " + s.iterations());
    }

    private static void suite(Path dir, Map<String, String> opts) throws IOException {
        int seeds = Integer.parseInt(opts.getOrDefault("seeds", "10"));
        double scale = Double.parseDouble(opts.getOrDefault("scale", "1.0"));
        Map<String, double[]> known = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("best-known.tsv"))) {
            String[] t = line.split("\t");
            if (!t[0].equals("instance")) {
                known.put(t[0], new double[] {Double.parseDouble(t[1]), Double.parseDouble(t[2])});
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = new ArrayList<>(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
        }
        if (opts.containsKey("only")) {
            files.removeIf(p -> !p.getFileName().toString().contains(opts.get("only")));
        }
        System.out.println("| instance | s | best-known | TPSDP avg | our mean | mean/avg | our best | gap to best-known"
                + " | mean time to best (s) | targets |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".txt", "");
            GroupingInstance instance = MdgpInstance.read(file);
            double seconds = MdgpInstance.tpsdpSeconds(instance.items()) * scale;
            double sum = 0;
            double best = Double.NEGATIVE_INFINITY;
            double ttb = 0;
            for (int seed = 1; seed <= seeds; seed++) {
                GroupingSolution s = run(instance, seconds, seed);
                double check = instance.objective(s.assignment());
                if (!s.feasible() || Math.abs(check - s.objective()) > 1e-6) {
                    throw new IllegalStateException(name + " seed " + seed + ": infeasible or mis-scored result");
                }
                sum += s.objective();
                best = Math.max(best, s.objective());
                ttb += s.timeToBest().toMillis() / 1000.0;
                System.err.printf("%s seed %d: %.6f (best at %.2f s)%n", name, seed, s.objective(),
                        s.timeToBest().toMillis() / 1000.0);
            }
            double mean = sum / seeds;
            double[] k = known.getOrDefault(name, new double[] {Double.NaN, Double.NaN});
            double ratio = mean / k[1];
            double gap = (k[0] - best) / k[0];
            boolean ok = ratio >= 0.999 && gap <= 0.0005;
            System.out.printf("| %s | %.0f | %.3f | %.3f | %.3f | %.5f | %.3f | %.4f%% | %.2f | %s |%n", name, seconds,
                    k[0], k[1], mean, ratio, best, gap * 100, ttb / seeds, ok ? "met" : "NOT met");
        }
    }
}
