package org.mentorkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link Readers#curriculumOverlay}; seeds in {@code CurriculumOverlayFuzzTestsInputs/fuzz/}. */
class CurriculumOverlayFuzzTests {

    @FuzzTest(maxDuration = "10s")
    void fuzz(byte[] input) throws Exception {
        Readers.curriculumOverlay(input);
    }
}
