package org.mentorkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link Readers#branding}; seeds in {@code BrandingFuzzTestsInputs/fuzz/}. */
class BrandingFuzzTests {

    @FuzzTest(maxDuration = "10s")
    void fuzz(byte[] input) throws Exception {
        Readers.branding(input);
    }
}
