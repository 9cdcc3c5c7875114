package org.mentorkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link Readers#curriculum}; seeds in {@code CurriculumFuzzTestsInputs/fuzz/}. */
class CurriculumFuzzTests {

    @FuzzTest(maxDuration = "10s")
    void fuzz(byte[] input) throws Exception {
        Readers.curriculum(input);
    }
}
