package org.mentorkit.followup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.mentorkit.testing.ExternalTools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs Debian's /usr/bin/python3 as an independent reader. Absent (or without the module): the test is skipped,
 * naming the Debian package; with MENTORKIT_REQUIRE_TOOLS=1 (as .ci/run sets) it fails instead, the rule of
 * {@link ExternalTools}. The path is fixed rather than looked up on PATH because Debian's python3-icalendar installs
 * into the system Python, and a developer's PATH often starts with another one (pyenv, a virtual environment).
 */
final class PythonTool {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private PythonTool() {
    }

    static void requireModule(String module, String debianPackage) {
        boolean present = Files.isExecutable(PYTHON) && exec(List.of(PYTHON.toString(), "-c", "import " + module), 60).exit == 0;
        if (!present) {
            String reason = "/usr/bin/python3 with module '" + module + "' is needed: apt-get install " + debianPackage;
            if (ExternalTools.toolsRequired()) {
                fail(reason + " (" + ExternalTools.REQUIRE_VARIABLE + "=1)");
            }
            Assumptions.abort(reason);
        }
    }

    /** Runs {@code script} with the arguments and returns its standard output; a non-zero exit fails the test. */
    static String run(String script, List<String> arguments) {
        try {
            Path file = Files.createTempFile("mentorkit-followup", ".py");
            Files.writeString(file, script, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(PYTHON.toString(), file.toString()));
            command.addAll(arguments);
            Result result = exec(command, 120);
            Files.deleteIfExists(file);
            assertThat(result.exit).as("python3 failed:\n" + result.err).isZero();
            return result.out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result exec(List<String> command, int seconds) {
        try {
            Path out = Files.createTempFile("py", ".out");
            Path err = Files.createTempFile("py", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("PYTHONIOENCODING", "utf-8");
            Process process = builder.start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "", "timed out");
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return result;
        } catch (IOException e) {
            return new Result(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "", e.toString());
        }
    }
}
