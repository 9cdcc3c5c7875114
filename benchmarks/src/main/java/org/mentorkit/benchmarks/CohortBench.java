package org.mentorkit.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentorkit.matching.FormationResult;
import org.mentorkit.matching.FormationSettings;
import org.mentorkit.matching.GroupFormation;
import org.mentorkit.model.ApplicantColumns;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.CriterionWeights;
import org.mentorkit.model.DefaultProgram;
import org.mentorkit.model.DeliveryMode;
import org.mentorkit.model.Group;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MatchingSettings;
import org.mentorkit.model.NonIsolationRule;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.Vocabulary;
import org.mentorkit.model.WorkingWeek;
import org.mentorkit.model.io.ModelValidation;

/**
 * The cohort benchmark: reads {@code gen_cohort.py}'s CSV (ID, Role, UTC, Interest, Gender, URM), forms groups of one
 * mentor and four mentees (or the {@link PolicyOptions} given: {@code --mentees 3-5 --sizes within-policy}) with
 * Gender=F and URM=Y never isolated (mentors counted), through the same {@link GroupFormation} API the command line
 * uses, with the program's default weights, and writes {@code ID,Team}.
 */
final class CohortBench {

    private CohortBench() {
    }

    /** What the run keeps back from its budget for writing the groups and leaving the JVM. */
    static final Duration EXIT_RESERVE = Duration.ofMillis(600);

    static void run(Path csv, Map<String, String> opts) throws IOException {
        run(csv, opts, Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()));
    }

    /** As {@link #run(Path, Map)}, with the time already spent given (tests: their JVM started long before). */
    static void run(Path csv, Map<String, String> opts, Duration spent) throws IOException {
        double seconds = Double.parseDouble(opts.getOrDefault("seconds", "10"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "1"));
        Path out = Path.of(opts.getOrDefault("out", "groups.csv"));
        Cohort cohort = read(csv, weights(opts.get("weights")), PolicyOptions.policy(opts, STANDARD_POLICY));
        // --seconds is the whole process's wall-clock budget, as the target counts it (from a cold JVM): the
        // formation gets what JVM start and reading left, less a reserve for writing the groups.
        Duration limit = formationLimit(Duration.ofMillis((long) (seconds * 1000)), spent);
        // --clock cpu counts the formation's limit in CPU time of the forming thread (as the availability benchmark
        // does), so that figures taken on a shared machine measure the code rather than the load.
        String clock = opts.getOrDefault("clock", "wall");
        if (!clock.equals("wall") && !clock.equals("cpu")) {
            throw new IllegalArgumentException("--clock must be wall or cpu, got " + clock);
        }
        FormationSettings settings = FormationSettings.builder().seed(seed)
                .timeLimit(limit).cpuTime(clock.equals("cpu"))
                .maxIdleRounds(Integer.parseInt(opts.getOrDefault("idle-rounds", "100"))).build();
        long t0 = System.nanoTime();
        // An InfeasibleFormationException (possible when load leaves the search too little of the budget) reaches
        // Bench.main, which says so and exits 2, as the command line would.
        FormationResult result = GroupFormation.form(cohort, settings);
        double took = (System.nanoTime() - t0) / 1e9;
        StringBuilder sb = new StringBuilder("ID,Team\n");
        for (Group g : result.groups()) {
            for (String id : g.memberIds()) {
                sb.append(id).append(',').append(g.id()).append('\n');
            }
        }
        Files.writeString(out, sb.toString());
        java.util.SortedMap<Integer, Integer> sizes = new java.util.TreeMap<>();
        result.groups().forEach(g -> sizes.merge(g.menteeIds().size(), 1, Integer::sum));
        System.out.printf("groups %d, formation %.2f s of its %.2f s limit (search %.2f s, %s), mean common hours %.1f"
                + " (random %.1f), mean largest time difference %.2f h (random %.2f), same-interest pair share %.3f"
                + " (random %.3f), groups by mentees %s%n",
                result.groups().size(), took, limit.toMillis() / 1000.0, result.elapsed().toMillis() / 1000.0,
                result.converged() ? "converged" : "time limit", result.figures().weeklyCommonHours(),
                result.randomFigures().weeklyCommonHours(), result.figures().largestTimeDifference(),
                result.randomFigures().largestTimeDifference(), result.figures().sameInterestPairShare(),
                result.randomFigures().sameInterestPairShare(), sizes);
    }

    /**
     * The formation's time limit within a process budget: the budget less what has passed since the JVM started and
     * the exit reserve; at least a tenth of the budget, so that a slow start still gives a result.
     */
    static Duration formationLimit(Duration budget, Duration sinceStart) {
        Duration left = budget.minus(sinceStart).minus(EXIT_RESERVE);
        Duration least = budget.dividedBy(10);
        return left.compareTo(least) < 0 ? least : left;
    }

    /** "--weights 1,0.5,0.5,0.25" (timeZone, interests, mentorFit, diversity) for tuning; the defaults otherwise. */
    static CriterionWeights weights(String text) {
        if (text == null) {
            return CriterionWeights.defaults();
        }
        String[] t = text.split(",");
        return new CriterionWeights(Double.parseDouble(t[0]), Double.parseDouble(t[1]), Double.parseDouble(t[2]),
                Double.parseDouble(t[3]));
    }

    /** One mentor and exactly four mentees per group, as the targets were set (and earlier figures taken). */
    static final GroupPolicy STANDARD_POLICY = new GroupPolicy(4, 4, 1);

    static Cohort read(Path csv) throws IOException {
        return read(csv, CriterionWeights.defaults(), STANDARD_POLICY);
    }

    static Cohort read(Path csv, CriterionWeights weights, GroupPolicy policy) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] head = lines.get(0).split(",");
        List<String> cols = List.of(head);
        int id = cols.indexOf("ID");
        int role = cols.indexOf("Role");
        int utc = cols.indexOf("UTC");
        int interest = cols.indexOf("Interest");
        int gender = cols.indexOf("Gender");
        int urm = cols.indexOf("URM");
        List<Participant> people = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] t = line.split(",", -1);
            boolean mentor = t[role].strip().equalsIgnoreCase("mentor");
            people.add(new Participant(t[id], t[id], "", mentor ? Role.MENTOR : Role.MENTEE, zone(t[utc]),
                    List.of(), List.of(t[interest]), "", "", "", "",
                    Map.of("gender", List.of(t[gender]), "urm", List.of(t[urm])), mentor ? 1 : 0, "", Map.of()));
        }
        List<Vocabulary> vocabularies = List.of(
                new Vocabulary("gender", "Gender", List.of("F", "M", "NB"), List.of("F"), false),
                new Vocabulary("urm", "Under-represented minority", List.of("Y", "N"), List.of("Y"), false));
        MatchingSettings matching = new MatchingSettings(weights, List.of(
                new NonIsolationRule("gender", List.of("F"), true), new NonIsolationRule("urm", List.of("Y"), true)),
                WorkingWeek.windows());
        Program program = new Program("bench", "Benchmark cohort", "mentorkit", "", LocalDate.of(2027, 1, 11), 6,
                new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, 2, DayOfWeek.TUESDAY, 60, List.of(), null),
                DeliveryMode.VIRTUAL, policy, matching, vocabularies, ApplicantColumns.defaults(),
                "");
        return new Cohort(program, people, List.of(), MatchingConstraints.none());
    }

    /**
     * A place whose clock keeps the generator's UTC offset all through the benchmark's years: the generator gives
     * offsets, not places, and group formation (like the command line) accepts only IANA region ids. The first such
     * region in alphabetical order that the model accepts (a current name, not a legacy alias such as Asia/Calcutta),
     * so that a cohort always reads the same way (-7 gives America/Creston, +5.5 Asia/Colombo with this JDK's time-zone
     * data: neither changes its clocks, and only the offset matters here).
     */
    static String zone(String offset) {
        return ZONES.computeIfAbsent(offset.strip(), CohortBench::findZone);
    }

    // A cohort repeats a few offsets; looking each up once keeps reading well under a tenth of a second.
    private static final Map<String, String> ZONES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the model accepts {@code zone} as a participant's time zone (its own rule, not a copy of it). */
    private static boolean accepted(String zone) {
        Participant probe = Participant.builder("probe", "probe", Role.MENTEE, zone).build();
        return ModelValidation.problems(probe, DefaultProgram.pilot()).stream()
                .noneMatch(p -> p.location().endsWith("timeZone"));
    }

    private static String findZone(String offset) {
        double hours = Double.parseDouble(offset);
        if (hours == 0) {
            return "UTC";
        }
        ZoneOffset wanted = ZoneOffset.ofTotalSeconds((int) Math.round(hours * 3600));
        return ZoneId.getAvailableZoneIds().stream().sorted()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .filter(id -> keepsOffset(ZoneId.of(id).getRules(), wanted))
                .filter(CohortBench::accepted)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no time zone keeps UTC offset " + wanted
                        + " all year; the benchmark cannot place a participant there"));
    }

    private static boolean keepsOffset(ZoneRules rules, ZoneOffset wanted) {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2029-01-01T00:00:00Z");
        ZoneOffsetTransition next = rules.nextTransition(from);
        return rules.getOffset(from).equals(wanted) && (next == null || next.getInstant().isAfter(to));
    }
}
