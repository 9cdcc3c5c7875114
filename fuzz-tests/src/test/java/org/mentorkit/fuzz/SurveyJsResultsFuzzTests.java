package org.mentorkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link Readers#surveyJsResults}; seeds in {@code SurveyJsResultsFuzzTestsInputs/fuzz/}. */
class SurveyJsResultsFuzzTests {

    @FuzzTest(maxDuration = "10s")
    void fuzz(byte[] input) throws Exception {
        Readers.surveyJsResults(input);
    }
}
