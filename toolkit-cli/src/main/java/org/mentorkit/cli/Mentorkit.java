package org.mentorkit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The {@code mentorkit} command: subcommands for each step of running a mentorship program. */
@Command(
        name = "mentorkit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Run a virtual, facilitated peer-mentorship program: define it, form groups, schedule sessions,"
                + " run surveys and generate the toolkit packet.",
        // In the order a coordinator uses them.
        subcommands = {
            InitCommand.class,
            ValidateCommand.class,
            CohortCommand.class,
            MatchCommand.class,
            CurriculumCommand.class,
            ScheduleCommand.class,
            SurveyCommand.class,
            MailCommand.class,
            ReportCommand.class,
            PacketCommand.class,
            DemoCommand.class,
            LanguagesCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Mentorkit {

    /** Runs the command line and exits with its code: 0 done, 1 unexpected failure, 2 invalid input. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given output streams and returns the exit code (used by tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Mentorkit());
        addVerboseOption(commandLine);
        // Wide enough that examples (long file names) are not broken mid-word; narrower terminals still wrap.
        commandLine.setUsageHelpWidth(120);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine.execute(args);
    }

    /**
     * Every command and subcommand accepts {@code --verbose}, which {@link FailureHandler} reads to add the stack
     * trace of an unexpected failure; declared once here rather than in each command.
     */
    private static void addVerboseOption(CommandLine commandLine) {
        CommandSpec spec = commandLine.getCommandSpec();
        if (spec.findOption("--verbose") == null) {
            spec.addOption(OptionSpec.builder("--verbose").type(boolean.class)
                    .description("Show details (a stack trace) of an unexpected failure.").build());
        }
        commandLine.getSubcommands().values().forEach(Mentorkit::addVerboseOption);
    }
}
