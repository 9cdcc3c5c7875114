package org.mentorkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * writes a cohort of {@link AvailabilityCohorts} (for {@code mentorkit match}); {@code availability SEED MENTEES MENTORS
 * [--region R] --seconds S --seed N} generates the same cohort in memory, forms groups through the API
 * {@code mentorkit match} uses, and prints the member-sessions outside availability and the groups without a common
 * slot. (The shaded benchmark jar runs on the class path, where the model's JSON binding of records is not
 * available; the command line reads the JSON on the module path.)
 */
final class AvailabilityBench {

    private AvailabilityBench() {
    }

    static void generate(String[] args, Map<String, String> opts) throws IOException {
        Cohort cohort = AvailabilityCohorts.generate(Long.parseLong(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), opts.getOrDefault("region", "world"));
        Path out = Path.of(opts.getOrDefault("out", "cohort.json"));
        Files.writeString(out, ModelJson.write(cohort));
        System.out.println("wrote " + out + ": " + cohort.mentees().size() + " mentees, " + cohort.mentors().size()
                + " mentors");
    }

    static void run(String[] args, Map<String, String> opts) {
        long t0 = System.nanoTime();
        Cohort cohort = AvailabilityCohorts.generate(Long.parseLong(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), opts.getOrDefault("region", "world"));
        FormationSettings settings = FormationSettings.builder().seed(Long.parseLong(opts.getOrDefault("seed", "1")))
                .timeLimit(Duration.ofMillis((long) (Double.parseDouble(opts.getOrDefault("seconds", "10")) * 1000)))
                .build();
        FormationResult result = GroupFormation.form(cohort, settings);
        double took = (System.nanoTime() - t0) / 1e9;
        int outside = 0;
        int total = 0;
        for (GroupExplanation e : result.explanations()) {
            outside += e.slot().outside();
            total += e.slot().memberSessions();
        }
        System.out.printf("groups %d, without a common slot %d, member-sessions outside availability %d of %d"
                + " (%.1f%%), mean largest time difference %.2f h, same-interest pair share %.3f, wall %.2f s"
                + " (search %.2f s, %s)%n", result.groups().size(), result.groupsWithoutCommonSlot().size(), outside,
                total, 100.0 * outside / Math.max(1, total), result.figures().largestTimeDifference(),
                result.figures().sameInterestPairShare(), took, result.elapsed().toMillis() / 1000.0,
                result.converged() ? "converged" : "time limit");
    }
}
