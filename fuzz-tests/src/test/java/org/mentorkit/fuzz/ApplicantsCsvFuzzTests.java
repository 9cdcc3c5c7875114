package org.mentorkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link Readers#applicantsCsv}; seeds in {@code ApplicantsCsvFuzzTestsInputs/fuzz/}. */
class ApplicantsCsvFuzzTests {

    @FuzzTest(maxDuration = "10s")
    void fuzz(byte[] input) throws Exception {
        Readers.applicantsCsv(input);
    }
}
