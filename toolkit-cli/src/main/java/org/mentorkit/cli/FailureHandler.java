package org.mentorkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.model.ToolkitException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one clear line each, with its {@link ErrorCode}, and an exit code. Invalid input exits 2 with
 * one line per problem; anything else exits 1 with its message, and a stack trace only with {@code --verbose}.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof InvalidInputException invalid) {
            for (Problem problem : invalid.problems()) {
                err.println(line(invalid.code(), problem.toString()));
            }
            err.println(invalid.problems().size() == 1 ? "1 problem found." : invalid.problems().size() + " problems found.");
            return ExitCodes.INVALID_INPUT;
        }
        if (exception instanceof ToolkitException toolkit) {
            err.println(line(toolkit.code(), toolkit.getMessage()));
        } else if (exception instanceof UncheckedIOException || exception instanceof IOException) {
            Throwable io = exception instanceof UncheckedIOException u ? u.getCause() : exception;
            err.println(line(ErrorCode.IO, "could not read or write a file: " + io.getMessage()));
        } else {
            // Neither the exception's class nor its message: both name Java types ("class X cannot be cast to ..."),
            // which tell a coordinator nothing; --verbose prints them, with the stack trace, for the bug report.
            err.println(line(ErrorCode.INTERNAL, "unexpected failure in `" + commandName(parseResult) + "`"));
            err.println("This is a bug in mentorkit; run again with --verbose and report the output.");
        }
        if (isVerbose(parseResult)) {
            exception.printStackTrace(err);
        }
        return ExitCodes.FAILURE;
    }

    /** The one form of every error line: {@code error [MK0002]: could not write ...}. */
    static String line(ErrorCode code, String message) {
        return "error [" + code.id() + "]: " + message;
    }

    /** The command as typed, e.g. {@code mentorkit survey import}. */
    private static String commandName(ParseResult parseResult) {
        StringBuilder name = new StringBuilder();
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            name.append(name.length() == 0 ? "" : " ").append(result.commandSpec().name());
        }
        return name.toString();
    }

    private static boolean isVerbose(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
