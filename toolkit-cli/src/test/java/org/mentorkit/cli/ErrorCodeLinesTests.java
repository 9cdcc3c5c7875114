package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error line the command line prints carries the stable code of its kind (docs/architecture.md). */
class ErrorCodeLinesTests {

    @TempDir
    Path temp;

    @Test
    void everyProblemOfInvalidInputCarriesMk0001() throws Exception {
        Path file = temp.resolve("typo.json");
        Files.writeString(file, "{\"id\": \"x\", \"nmae\": \"Circles\", \"cadance\": {}}");

        Cli.Run run = run("validate", file.toString(), temp.resolve("missing.json").toString());

        assertThat(run.code()).isEqualTo(2);
        List<String> errors = errorLines(run.err());
        assertThat(errors).hasSizeGreaterThanOrEqualTo(2).allSatisfy(line -> assertThat(line).startsWith("error [MK0001]: "));
        assertThat(errors).anySatisfy(line -> assertThat(line).contains("nmae"));
    }

    @Test
    void anUnexpectedFailureNamesTheCommandAndNoJavaClassUnlessVerbose() {
        // Issue 12: exit-1 lines printed the exception, e.g. "java.lang.ClassCastException: class A cannot be cast".
        @picocli.CommandLine.Command(name = "mentorkit", subcommands = Broken.class)
        class Root {
        }
        for (boolean verbose : new boolean[] {false, true}) {
            java.io.StringWriter err = new java.io.StringWriter();
            picocli.CommandLine commandLine = new picocli.CommandLine(new Root())
                    .setExecutionExceptionHandler(new FailureHandler()).setErr(new java.io.PrintWriter(err, true));
            int code = verbose ? commandLine.execute("broken", "--verbose") : commandLine.execute("broken");

            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).startsWith("error [MK0013]: unexpected failure in `mentorkit broken`\n"
                    + "This is a bug in mentorkit; run again with --verbose and report the output.");
            if (verbose) {
                assertThat(err.toString()).contains("java.lang.ClassCastException: class A cannot be cast");
            } else {
                assertThat(err.toString()).doesNotContain("Exception").doesNotContain("java.").doesNotContain("class A");
            }
        }
    }

    @picocli.CommandLine.Command(name = "broken")
    static final class Broken implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Option(names = "--verbose")
        boolean verbose;

        @Override
        public Integer call() {
            throw new ClassCastException("class A cannot be cast to class B");
        }
    }

    @Test
    void aMistypedCommandLineCarriesMk0012() {
        Cli.Run run = run("validate", "--no-such-option");

        assertThat(run.code()).isEqualTo(2);
        assertThat(errorLines(run.err())).isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("error [MK0012]: "));
    }

    @Test
    void theCommandLineNamesItsOwnOptionsWhereTheSdkNamesItsInputs() {
        Path program = Path.of("..", "examples", "pilot", "program.json");

        Cli.Run run = run("packet", "--program", program.toString(), "--documents", "rosters,report", "--format", "md",
                "--out", temp.resolve("packet").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(errorLines(run.err())).containsExactly(
                "error [MK0001]: --documents: rosters need a cohort; give --cohort or leave rosters out",
                "error [MK0001]: --documents: the report needs survey responses; give --responses or leave report out");
        assertThat(temp.resolve("packet")).doesNotExist();
    }

    private static List<String> errorLines(String err) {
        return err.lines().filter(line -> line.startsWith("error")).toList();
    }
}
