package org.mentorkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link Readers#redcapRecords}; seeds in {@code RedcapRecordsFuzzTestsInputs/fuzz/}. */
class RedcapRecordsFuzzTests {

    @FuzzTest(maxDuration = "10s")
    void fuzz(byte[] input) throws Exception {
        Readers.redcapRecords(input);
    }
}
