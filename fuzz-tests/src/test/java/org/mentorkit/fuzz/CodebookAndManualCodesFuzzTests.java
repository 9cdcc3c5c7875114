package org.mentorkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link Readers#codebookAndManualCodes}; seeds in {@code CodebookAndManualCodesFuzzTestsInputs/fuzz/}. */
class CodebookAndManualCodesFuzzTests {

    @FuzzTest(maxDuration = "10s")
    void fuzz(byte[] input) throws Exception {
        Readers.codebookAndManualCodes(input);
    }
}
