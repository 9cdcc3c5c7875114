package org.mentorkit.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.AssertionFailedError;

/**
 * The external programs tests may use as independent readers, whether they are installed, and running them.
 *
 * <p>Prefer {@link RequiresTools} on the test class or method; {@link #require(ExternalTool...)} does the same from
 * code. Both skip when a tool is missing and fail instead when {@code MENTORKIT_REQUIRE_TOOLS=1}.
 */
public final class ExternalTools {

    /** The environment variable that turns a missing tool from a skip into a failure (CI sets it to {@code 1}). */
    public static final String REQUIRE_VARIABLE = "MENTORKIT_REQUIRE_TOOLS";

    private static final Map<String, ExternalTool> KNOWN = knownTools();
    private static final Map<String, Boolean> AVAILABLE = new ConcurrentHashMap<>();

    private ExternalTools() {
    }

    private static Map<String, ExternalTool> knownTools() {
        List<ExternalTool> tools = List.of(
                ExternalTool.program("pdftotext", "poppler-utils"),
                ExternalTool.program("pdffonts", "poppler-utils"),
                ExternalTool.program("pdfinfo", "poppler-utils"),
                ExternalTool.program("pdfimages", "poppler-utils"),
                ExternalTool.program("pdftoppm", "poppler-utils"),
                ExternalTool.program("qpdf", "qpdf"),
                ExternalTool.program("pdftk", "pdftk-java"),
                ExternalTool.program("chromium", "chromium"),
                ExternalTool.program("node", "nodejs"),
                ExternalTool.program("pandoc", "pandoc"),
                ExternalTool.program("python3", "python3"),
                // The Debian package installs into the system Python: the python3 first on PATH must import it.
                new ExternalTool("pypdf", "/usr/bin/python3", List.of("-c", "import pypdf"), "python3-pypdf"),
                // SciPy's milp (HiGHS) for the exact availability optimum; Debian's package is for Debian's Python, so
                // the tool is that Python by its absolute path (a pyenv python3 first on PATH may lack SciPy).
                new ExternalTool("scipy", "/usr/bin/python3", List.of("-c", "from scipy.optimize import milp"),
                        "python3-scipy"));
        Map<String, ExternalTool> byName = new LinkedHashMap<>();
        tools.forEach(tool -> byName.put(tool.name(), tool));
        return Map.copyOf(byName);
    }

    /**
     * Every tool {@link RequiresTools} can name.
     *
     * @return the tools by name
     */
    public static Map<String, ExternalTool> known() {
        return KNOWN;
    }

    /**
     * One known tool.
     *
     * @param name the tool's name, for example {@code qpdf}
     * @return the tool, or empty if no tool has that name
     */
    public static Optional<ExternalTool> known(String name) {
        return Optional.ofNullable(KNOWN.get(name));
    }

    /**
     * Whether a missing tool fails the test ({@code MENTORKIT_REQUIRE_TOOLS=1}) rather than skipping it.
     *
     * @return true in CI
     */
    public static boolean toolsRequired() {
        return "1".equals(System.getenv(REQUIRE_VARIABLE));
    }

    /**
     * Skips the rest of the running test (or fails it, see {@link #toolsRequired()}) unless every named tool is
     * installed: for a test whose first part needs no external tool.
     *
     * @param names names from {@link #known()}
     * @throws IllegalArgumentException if a name is not known
     */
    public static void require(String... names) {
        require(Arrays.stream(names).map(name -> known(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown external tool '" + name + "'; known tools: " + KNOWN.keySet()))).toArray(ExternalTool[]::new));
    }

    /**
     * Skips the rest of the running test (or fails it, see {@link #toolsRequired()}) unless every tool is installed.
     *
     * @param tools the tools the test is about to run
     */
    public static void require(ExternalTool... tools) {
        List<ExternalTool> missing = Arrays.stream(tools).filter(tool -> !isAvailable(tool)).toList();
        if (missing.isEmpty()) {
            return;
        }
        if (toolsRequired()) {
            throw missingButRequired(missing);
        }
        Assumptions.abort(missingMessage(missing));
    }

    /**
     * Whether the tool is installed: its program is an executable on {@code PATH} (or at its absolute path) and its
     * probe, if any, exits 0.
     * The answer is kept for the rest of the test run.
     *
     * @param tool the tool
     * @return true if tests can run it
     */
    public static boolean isAvailable(ExternalTool tool) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return AVAILABLE.computeIfAbsent(tool.name() + "\n" + path, key -> isAvailable(tool, path));
    }

    static boolean isAvailable(ExternalTool tool, String pathVariable) {
        Optional<Path> executable = findOnPath(tool.program(), pathVariable);
        if (executable.isEmpty()) {
            return false;
        }
        if (tool.probeArguments().isEmpty()) {
            return true;
        }
        List<String> probe = new ArrayList<>();
        probe.add(executable.get().toString());
        probe.addAll(tool.probeArguments());
        try {
            return execute(probe, Duration.ofSeconds(30)).exitCode() == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static Optional<Path> findOnPath(String program, String pathVariable) {
        Path given = Path.of(program);
        if (given.isAbsolute()) {
            // A tool named by its absolute path (Debian's /usr/bin/python3) is that file, wherever PATH points.
            return Files.isRegularFile(given) && Files.isExecutable(given) ? Optional.of(given) : Optional.empty();
        }
        for (String directory : pathVariable.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static AssertionFailedError missingButRequired(List<ExternalTool> missing) {
        return new AssertionFailedError(missingMessage(missing) + " (" + REQUIRE_VARIABLE
                + "=1: a missing tool fails the test instead of skipping it)");
    }

    static String missingMessage(List<ExternalTool> missing) {
        String programs = missing.stream().map(ExternalTool::name).collect(Collectors.joining(", "));
        String packages = missing.stream().map(ExternalTool::debianPackage).distinct().collect(Collectors.joining(" "));
        return "needs " + programs + ", not installed; install with: apt-get install " + packages;
    }

    /**
     * Runs a program and returns what it printed (standard output and error together), failing the test if it exits
     * with a code other than 0 or does not finish within 60 seconds.
     *
     * @param command the program and its arguments
     * @return its output, decoded as UTF-8
     */
    public static String run(String... command) {
        return run(List.of(0), command);
    }

    /**
     * Runs a program and returns what it printed, failing the test on any exit code not listed (qpdf, for example,
     * exits 3 for warnings) or after 60 seconds.
     *
     * @param acceptedExitCodes the exit codes that mean success
     * @param command the program and its arguments
     * @return its output, decoded as UTF-8
     */
    public static String run(List<Integer> acceptedExitCodes, String... command) {
        try {
            Execution execution = execute(List.of(command), Duration.ofSeconds(60));
            if (!acceptedExitCodes.contains(execution.exitCode())) {
                throw new AssertionFailedError(String.join(" ", command) + " exited with " + execution.exitCode()
                        + ":\n" + execution.output());
            }
            return execution.output();
        } catch (IOException e) {
            throw new AssertionFailedError("could not run " + command[0] + " (" + e.getMessage() + ")"
                    + known(command[0]).map(tool -> "; install with: apt-get install " + tool.debianPackage()).orElse(""));
        }
    }

    private record Execution(int exitCode, String output) {
    }

    private static Execution execute(List<String> command, Duration timeout) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // Read while the program runs, so a large output cannot fill the pipe and stall it.
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionFailedError(command.get(0) + " did not finish within " + timeout.toSeconds() + " s");
            }
            return new Execution(process.exitValue(), new String(output.join(), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted while running " + command.get(0));
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
