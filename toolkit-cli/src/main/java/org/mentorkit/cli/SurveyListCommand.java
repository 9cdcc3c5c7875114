package org.mentorkit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Instruments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mentorkit survey list}: the built-in instruments. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the built-in instruments: id, wave, who answers, number of items and title.",
        footer = {"", "Example:", "  mentorkit survey list"})
final class SurveyListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Instrument instrument : Instruments.builtIn()) {
            long questions = instrument.items().size();
            out.printf("%-14s %-12s %-9s %3d items  %s%n", instrument.id(), instrument.wave(),
                    instrument.respondents().name().toLowerCase(java.util.Locale.ROOT), questions, instrument.title());
        }
        out.println("The application form gains one question per vocabulary of a program: add --program to 'survey export'.");
        return ExitCodes.OK;
    }
}
