package org.mentorkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link Readers#programJson}; seeds in {@code ProgramJsonFuzzTestsInputs/fuzz/}. */
class ProgramJsonFuzzTests {

    @FuzzTest(maxDuration = "10s")
    void fuzz(byte[] input) throws Exception {
        Readers.programJson(input);
    }
}
