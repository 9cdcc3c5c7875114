package org.mentorkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.ToolkitException;
import org.mentorkit.model.io.ApplicantCsv;
import org.mentorkit.model.io.AtomicFiles;
import org.mentorkit.model.io.ModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mentorkit demo}: runs the pipeline on the built-in example (a pilot-like program with 20 mentees and 5
 * mentors) and writes every output under one folder.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Run mentorkit end to end on the built-in example program and cohort; every output goes under"
                + " one folder.",
        footer = {"", "Example:", "  mentorkit demo --out /tmp/mentorkit-demo"})
final class DemoCommand implements Callable<Integer> {

    /** The example files, copied from examples/pilot into the jar at build time. */
    static final List<String> EXAMPLE_FILES = List.of("program.json", "applicants.csv", "cohort.json");

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "mentorkit-demo",
            description = "Where to write the outputs (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--verbose", description = "Show details of unexpected failures.")
    private boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        long started = System.nanoTime();
        Path input = out.resolve("input");
        Files.createDirectories(input);
        for (String name : EXAMPLE_FILES) {
            AtomicFiles.write(input.resolve(name), exampleFile(name));
        }
        console.println("Example input written to " + input);

        Program program = ModelFiles.readProgram(input.resolve("program.json"));
        console.println("  program '" + program.id() + "' (" + program.society() + "): valid");
        List<Participant> applicants = ApplicantCsv.read(input.resolve("applicants.csv"), program);
        console.println("  applicants.csv: " + applicants.size() + " applicants, valid");
        Cohort cohort = ModelFiles.readCohort(input.resolve("cohort.json"));
        console.println("  cohort: " + cohort.mentees().size() + " mentees and " + cohort.mentors().size()
                + " mentors, valid");

        long millis = (System.nanoTime() - started) / 1_000_000;
        console.println("Done in " + millis + " ms. Outputs are under " + out.toAbsolutePath());
        return ExitCodes.OK;
    }

    private static byte[] exampleFile(String name) {
        try (InputStream in = DemoCommand.class.getResourceAsStream("demo/" + name)) {
            if (in == null) {
                throw new ToolkitException("MK-BUILD", "the built-in example file " + name
                        + " is missing from the mentorkit jar; rebuild with: mvn -B package");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
