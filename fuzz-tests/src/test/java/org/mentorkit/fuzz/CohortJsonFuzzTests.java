package org.mentorkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link Readers#cohortJson}; seeds in {@code CohortJsonFuzzTestsInputs/fuzz/}. */
class CohortJsonFuzzTests {

    @FuzzTest(maxDuration = "10s")
    void fuzz(byte[] input) throws Exception {
        Readers.cohortJson(input);
    }
}
