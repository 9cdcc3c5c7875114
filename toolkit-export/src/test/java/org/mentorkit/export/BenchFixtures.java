package org.mentorkit.export;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.io.ModelFiles;

/**
 * Writes the benchmark inputs of toolkit-export/bench/run.sh: the example pilot cohort with groups (round-robin, so
 * that the benchmark does not depend on the matcher) and a synthetic cohort of 800 mentees and 200 mentors (1,000
 * handbooks) whose names cycle through Latin, Vietnamese, CJK, Arabic, Greek and Cyrillic.
 */
public final class BenchFixtures {

    private BenchFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(dir);
        Cohort pilot = ExampleCohorts.pilotGrouped();
        ModelFiles.writeCohort(pilot, dir.resolve("pilot-grouped.json"));
        ModelFiles.writeCohort(ExampleCohorts.synthetic(pilot, 800), dir.resolve("cohort-1000.json"));
    }
}
