package org.mentorkit.benchmarks;

import java.nio.file.Path;
import java.util.Map;

/** The cohort benchmark (filled in with the mentorship layer). */
final class CohortBench {

    private CohortBench() {
    }

    static void run(Path csv, Map<String, String> opts) {
        throw new UnsupportedOperationException("not yet");
    }
}
