package org.mentorkit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mentorkit} command: subcommands for each step of running a mentorship program. */
@Command(
        name = "mentorkit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Run a virtual, facilitated peer-mentorship program: define it, form groups, schedule sessions,"
                + " run surveys and generate the toolkit packet.",
        subcommands = {
            CommandLine.HelpCommand.class,
            CurriculumCommand.class,
            ScheduleCommand.class,
            InitCommand.class,
            ValidateCommand.class,
            CohortCommand.class,
            DemoCommand.class,
            SurveyCommand.class,
            ReportCommand.class,
            PacketCommand.class,
            MatchCommand.class,
        })
public final class Mentorkit {

    /** Runs the command line and exits with its code: 0 done, 1 unexpected failure, 2 invalid input. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given output streams and returns the exit code (used by tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Mentorkit());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine.execute(args);
    }
}
