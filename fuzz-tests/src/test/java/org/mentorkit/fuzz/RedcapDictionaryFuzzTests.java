package org.mentorkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link Readers#redcapDictionary}; seeds in {@code RedcapDictionaryFuzzTestsInputs/fuzz/}. */
class RedcapDictionaryFuzzTests {

    @FuzzTest(maxDuration = "10s")
    void fuzz(byte[] input) throws Exception {
        Readers.redcapDictionary(input);
    }
}
