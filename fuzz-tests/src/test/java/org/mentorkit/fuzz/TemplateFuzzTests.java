package org.mentorkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link Readers#template}; seeds in {@code TemplateFuzzTestsInputs/fuzz/}. */
class TemplateFuzzTests {

    @FuzzTest(maxDuration = "10s")
    void fuzz(byte[] input) throws Exception {
        Readers.template(input);
    }
}
