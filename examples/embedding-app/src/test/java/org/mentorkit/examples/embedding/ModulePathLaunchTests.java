package org.mentorkit.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the example in a fresh JVM exactly as a society's application would start: {@code java -p ... -m ...}, with
 * no {@code --add-modules ALL-MODULE-PATH} (which Surefire adds and which would hide a missing {@code requires}).
 */
class ModulePathLaunchTests {

    @TempDir
    Path out;

    @Test
    void runsFromTheModulePathWithOnlyItsDeclaredRequires() throws IOException, InterruptedException {
        String modulePath = System.getProperty("jdk.module.path");
        assertThat(modulePath).as("Surefire runs these tests on the module path").isNotBlank();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-p", modulePath,
                "-m", "org.mentorkit.examples.embedding/org.mentorkit.examples.embedding.EmbeddingExample",
                out.toString()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Formed 2 groups of 8 mentees").contains("curriculum 'bio-circles'")
                .doesNotContain("Exception");
    }
}
