package org.mentorkit.cli;

import java.io.PrintWriter;
import org.mentorkit.model.ErrorCode;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A mistyped command line is invalid input: say what was wrong, point at --help, exit 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(FailureHandler.line(ErrorCode.COMMAND_LINE, exception.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCodes.INVALID_INPUT;
    }
}
