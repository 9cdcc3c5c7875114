package org.mentorkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.ToolkitException;
import org.mentorkit.model.internal.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mentorkit demo}: the whole pipeline on the built-in example (a pilot-like program with 20 mentees and 5
 * mentors), every output under one folder. It runs the very commands a coordinator would type, in order, so the demo
 * and the coordinator guide cannot drift apart; {@link #steps(Path)} lists them.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {"Run mentorkit end to end on the built-in example program and cohort: validate, form groups,"
                + " schedule sessions and write calendars and invitations, import survey responses, see who has"
                + " answered and write reminders (messages are written, never sent), write the evaluation report and"
                + " the packet (PDF, Markdown, HTML). Every output goes under one folder."},
        footer = {"", "Example:", "  mentorkit demo --out /tmp/mentorkit-demo"})
final class DemoCommand implements Callable<Integer> {

    /** The example files, copied from examples/pilot into the jar at build time. */
    static final List<String> EXAMPLE_FILES = List.of("program.json", "applicants.csv", "cohort.json",
            "surveys/pre-program.redcap-records.csv", "surveys/post-program.redcap-records.csv");

    /** One command of the pipeline: a heading and the arguments of a {@code mentorkit} command. */
    record Step(String title, List<String> arguments) {
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "mentorkit-demo",
            description = "Where to write the outputs (default: ${DEFAULT-VALUE}).")
    private Path out;


    /** The pipeline, as a coordinator types it, with every path under {@code out}. */
    static List<Step> steps(Path out) {
        String in = out.resolve("input").toString();
        String groups = out.resolve("groups").resolve("groups.json").toString();
        String pre = out.resolve("responses").resolve("pre-program.responses.json").toString();
        String post = out.resolve("responses").resolve("post-program.responses.json").toString();
        return List.of(
                new Step("Validate the program, the applicants and the cohort", List.of("validate",
                        in + "/program.json", in + "/applicants.csv", in + "/cohort.json")),
                new Step("Form groups", List.of("match", in + "/cohort.json", "--out", groups, "--seed", "1",
                        "--time-limit", "5s")),
                new Step("Schedule sessions and write calendars", List.of("schedule", groups, "--out",
                        out.resolve("schedule").toString())),
                new Step("Write each member's calendar invitation (.eml drafts, not sent)", List.of("mail",
                        "invitations", groups, "--schedule", out.resolve("schedule").toString(), "--out",
                        out.resolve("mail").resolve("invitations").toString())),
                new Step("Import the pre-program survey (REDCap export)", List.of("survey", "import", "--instrument",
                        "pre-program", in + "/surveys/pre-program.redcap-records.csv", "--cohort", groups, "--out", pre)),
                new Step("Import the post-program survey (REDCap export)", List.of("survey", "import", "--instrument",
                        "post-program", in + "/surveys/post-program.redcap-records.csv", "--cohort", groups, "--out", post)),
                new Step("See who has answered the post-program survey", List.of("survey", "status", groups,
                        "--instrument", "post-program", "--responses", post, "--out",
                        out.resolve("responses").resolve("post-program.status.csv").toString())),
                new Step("Write reminders to those who have not answered (.eml drafts, not sent)", List.of("mail",
                        "reminders", groups, "--instrument", "post-program", "--responses", post, "--out",
                        out.resolve("mail").resolve("reminders-1").toString())),
                new Step("Write the evaluation report", List.of("report", groups, "--responses", pre, post,
                        "--audience", "committee", "--out", out.resolve("report").toString())),
                new Step("Write the toolkit packet", List.of("packet", "--cohort", groups, "--responses", pre, post,
                        "--format", "pdf,md,html", "--out", out.resolve("packet").toString())));
    }

    @Override
    public Integer call() {
        Outputs.requireFolder(out);
        PrintWriter console = spec.commandLine().getOut();
        long started = System.nanoTime();
        Path input = out.resolve("input");
        for (String name : EXAMPLE_FILES) {
            AtomicFiles.write(input.resolve(name), exampleFile(name));
        }
        // The demo forms its groups afresh on every run: its own groups file from an earlier run goes first, since
        // match refuses to replace groups with saved meeting slots (the demo's, like a coordinator's, have them).
        Path earlierGroups = out.resolve("groups").resolve("groups.json");
        try {
            Files.deleteIfExists(earlierGroups);
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.IO, "could not remove the demo's earlier " + earlierGroups + ": "
                    + e.getMessage(), e);
        }
        console.println("mentorkit demo: the built-in example (20 mentees, 5 mentors) into " + out.toAbsolutePath());
        console.println("Example input: " + input);
        List<Step> steps = steps(out);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            console.println();
            console.println("[" + (i + 1) + "/" + steps.size() + "] " + step.title());
            console.println("  $ mentorkit " + String.join(" ", step.arguments()));
            long stepStarted = System.nanoTime();
            int code = runIndented(step, console);
            if (code != ExitCodes.OK) {
                spec.commandLine().getErr().println("demo: step " + (i + 1) + " failed with exit code " + code);
                return code;
            }
            console.println("  (" + millisSince(stepStarted) + " ms)");
        }
        console.println();
        console.println("Outputs:");
        for (String folder : List.of("groups", "schedule", "responses", "mail", "report", "packet")) {
            console.println("  " + out.resolve(folder) + "  (" + Counts.of(fileCount(out.resolve(folder)), "file", "files") + ")");
        }
        console.println("Done in " + String.format(java.util.Locale.ROOT, "%.1f", millisSince(started) / 1000.0)
                + " s. Open " + out.resolve("packet") + " for the handbooks and " + out.resolve("report").resolve("report.md")
                + " for the evaluation.");
        return ExitCodes.OK;
    }

    /** Runs one command in this JVM with its output indented under the step's heading; errors go to stderr as is. */
    private int runIndented(Step step, PrintWriter console) {
        StringWriter captured = new StringWriter();
        PrintWriter capture = new PrintWriter(captured, true);
        int code = Mentorkit.run(capture, spec.commandLine().getErr(), step.arguments().toArray(String[]::new));
        captured.toString().lines().forEach(line -> console.println("  " + line));
        return code;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static long fileCount(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.IO, "could not list the files in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static byte[] exampleFile(String name) {
        try (InputStream in = DemoCommand.class.getResourceAsStream("demo/" + name)) {
            if (in == null) {
                throw new ToolkitException(ErrorCode.BROKEN_INSTALLATION, "the built-in example file " + name
                        + " is missing from the mentorkit jar; rebuild with: mvn -B package");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.BROKEN_INSTALLATION, "could not read the built-in example file " + name + ": " + e.getMessage(), e);
        }
    }
}
