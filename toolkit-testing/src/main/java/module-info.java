/**
 * Test support shared by the mentorkit modules (not published, test scope only).
 *
 * <p>{@link org.mentorkit.testing.RequiresTools} and {@link org.mentorkit.testing.ExternalTools} let a test use an
 * independent program (poppler's {@code pdftotext}, {@code qpdf}, {@code chromium}, ...) as an oracle: on a machine
 * without it the test is skipped with the Debian package to install; with {@code MENTORKIT_REQUIRE_TOOLS=1} (CI) it
 * fails instead, so CI never passes by skipping.
 */
module org.mentorkit.testing {
    requires transitive org.junit.jupiter.api;

    exports org.mentorkit.testing;
}
