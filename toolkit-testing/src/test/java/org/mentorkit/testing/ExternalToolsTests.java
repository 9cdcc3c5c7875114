package org.mentorkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class ExternalToolsTests {

    private static final ExternalTool QPDF = ExternalTools.known("qpdf").orElseThrow();
    private static final ExternalTool PDFTOTEXT = ExternalTools.known("pdftotext").orElseThrow();
    private static final String SYSTEM_PATH = "/usr/bin:/bin";

    @Test
    void everyToolPresentEnablesTheTest() {
        ConditionEvaluationResult result = RequiresToolsCondition.evaluate(List.of(QPDF, PDFTOTEXT), tool -> true, true);

        assertThat(result.isDisabled()).isFalse();
    }

    @Test
    void aMissingToolSkipsWithTheDebianPackageToInstall() {
        ConditionEvaluationResult result = RequiresToolsCondition.evaluate(List.of(QPDF, PDFTOTEXT),
                tool -> tool != PDFTOTEXT, false);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValue("needs pdftotext, not installed; install with: apt-get install poppler-utils");
    }

    @Test
    void aMissingToolFailsWhenToolsAreRequired() {
        assertThatThrownBy(() -> RequiresToolsCondition.evaluate(List.of(QPDF, PDFTOTEXT), tool -> false, true))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("needs qpdf, pdftotext, not installed; install with: apt-get install qpdf poppler-utils"
                        + " (MENTORKIT_REQUIRE_TOOLS=1: a missing tool fails the test instead of skipping it)");
    }

    @Test
    void findsOnlyExecutableFilesOnThePath(@TempDir Path dir) throws IOException {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(bin.resolve("pdftotext"), "#!/bin/sh\n");
        Files.writeString(other.resolve("pdftotext"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(other.resolve("pdftotext"), PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(ExternalTools.findOnPath("pdftotext", bin.toString())).isEmpty();
        assertThat(ExternalTools.findOnPath("pdftotext", bin + ":" + other)).hasValue(other.resolve("pdftotext"));
        assertThat(ExternalTools.isAvailable(PDFTOTEXT, bin.toString())).isFalse();
        assertThat(ExternalTools.isAvailable(PDFTOTEXT, "")).isFalse();
    }

    @Test
    void aProgramGivenByItsAbsolutePathIsFoundThereWhateverThePath(@TempDir Path dir) throws IOException {
        Path python = dir.resolve("python3");
        Files.writeString(python, "#!/bin/sh\n");
        Path unexecutable = dir.resolve("other");
        Files.writeString(unexecutable, "#!/bin/sh\n");
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(ExternalTools.findOnPath(python.toString(), "")).hasValue(python);
        assertThat(ExternalTools.findOnPath(python.toString(), SYSTEM_PATH)).hasValue(python);
        assertThat(ExternalTools.findOnPath(unexecutable.toString(), dir.toString())).isEmpty();
        assertThat(ExternalTools.findOnPath(dir.resolve("absent").toString(), SYSTEM_PATH)).isEmpty();
        assertThat(ExternalTools.isAvailable(new ExternalTool("sh", "/bin/sh", List.of("-c", "exit 0"), "dash"), ""))
                .isTrue();
    }

    @Test
    void scipyIsDebiansPythonProbedForMilp() {
        ExternalTool scipy = ExternalTools.known("scipy").orElseThrow();

        assertThat(scipy.program()).isEqualTo("/usr/bin/python3");
        assertThat(scipy.probeArguments()).containsExactly("-c", "from scipy.optimize import milp");
        assertThat(scipy.debianPackage()).isEqualTo("python3-scipy");
        assertThat(ExternalTools.missingMessage(List.of(scipy)))
                .isEqualTo("needs scipy, not installed; install with: apt-get install python3-scipy");
    }

    @Test
    void aToolWithAProbeIsPresentOnlyIfTheProbeSucceeds() {
        ExternalTool passes = new ExternalTool("passes", "sh", List.of("-c", "exit 0"), "dash");
        ExternalTool fails = new ExternalTool("fails", "sh", List.of("-c", "exit 1"), "dash");

        assertThat(ExternalTools.isAvailable(passes, SYSTEM_PATH)).isTrue();
        assertThat(ExternalTools.isAvailable(fails, SYSTEM_PATH)).isFalse();
    }

    @Test
    void runReturnsOutputAndErrorTogetherAndFailsOnAnUnacceptedExitCode() {
        assertThat(ExternalTools.run("sh", "-c", "echo out; echo err >&2")).isEqualTo("out\nerr\n");
        assertThat(ExternalTools.run(List.of(0, 3), "sh", "-c", "echo warned; exit 3")).isEqualTo("warned\n");
        assertThatThrownBy(() -> ExternalTools.run("sh", "-c", "echo broken; exit 2"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("sh -c echo broken; exit 2 exited with 2:\nbroken\n");
    }

    @Test
    void everyKnownToolNamesItsDebianPackage() {
        assertThat(ExternalTools.known()).containsKeys("pdftotext", "pdffonts", "pdfinfo", "qpdf", "chromium", "pypdf",
                "pdftk");
        assertThat(ExternalTools.known().get("pdffonts").debianPackage()).isEqualTo("poppler-utils");
        assertThat(ExternalTools.known().get("pypdf").debianPackage()).isEqualTo("python3-pypdf");
        assertThat(ExternalTools.known("no-such-tool")).isEmpty();
    }

    @Test
    void refusesAToolWithoutAPackage() {
        assertThatThrownBy(() -> ExternalTool.program("qpdf", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Debian package");
    }
}
