package org.mentorkit.cli;

import picocli.CommandLine.Command;

/**
 * {@code mentorkit survey}: the instruments (survey forms) and their responses. Each subcommand is its own class;
 * add new ones to the {@code subcommands} list.
 */
@Command(
        name = "survey",
        mixinStandardHelpOptions = true,
        description = "List, export and import survey instruments, and import their responses.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            SurveyListCommand.class,
            SurveyExportCommand.class,
            SurveyImportDictionaryCommand.class,
            SurveyImportCommand.class,
            SurveyImportPdfCommand.class,
            SurveyStatusCommand.class,
        },
        footer = {"", "Examples:", "  mentorkit survey list",
            "  mentorkit survey export post-program --format redcap --out post-program.redcap.csv",
            "  mentorkit survey import --instrument post-program --cohort cohort.json post.csv --out post.responses.json"})
final class SurveyCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
