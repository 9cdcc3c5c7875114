package org.mentorkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link Readers#pdfForm}; seeds in {@code PdfFormFuzzTestsInputs/fuzz/}. */
class PdfFormFuzzTests {

    @FuzzTest(maxDuration = "10s")
    void fuzz(byte[] input) throws Exception {
        Readers.pdfForm(input);
    }
}
