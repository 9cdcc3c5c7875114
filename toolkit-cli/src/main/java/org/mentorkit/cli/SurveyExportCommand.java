package org.mentorkit.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mentorkit.model.internal.io.AtomicFiles;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.InstrumentFiles;
import org.mentorkit.surveys.exchange.MarkdownInstrument;
import org.mentorkit.surveys.exchange.RedcapDictionary;
import org.mentorkit.surveys.exchange.SurveyJsSurvey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mentorkit survey export}: an instrument as a REDCap data dictionary, a SurveyJS survey, Markdown or JSON. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write an instrument as a REDCap data dictionary (CSV), a SurveyJS survey (JSON), a Markdown"
                + " questionnaire or mentorkit's instrument JSON.",
        footer = {"", "Examples:", "  mentorkit survey export post-program --format redcap --out post-program.redcap.csv",
            "  mentorkit survey export application --program program.json --format surveyjs --out application.surveyjs.json"})
final class SurveyExportCommand implements Callable<Integer> {

    enum Format { redcap, surveyjs, markdown, md, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "A built-in instrument id (see 'survey list') or an instrument file.")
    private String instrument;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "redcap, surveyjs, markdown (or md) or json.")
    private Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Option(names = "--program", paramLabel = "FILE",
            description = "program.json whose vocabularies complete the application form.")
    private Path program;

    @Override
    public Integer call() {
        Outputs.requireFile(out);
        Instrument resolved = SurveyInstruments.resolve(instrument, Optional.ofNullable(program));
        String text = switch (format) {
            case redcap -> RedcapDictionary.write(resolved);
            case surveyjs -> SurveyJsSurvey.write(resolved);
            case markdown, md -> MarkdownInstrument.write(resolved);
            case json -> InstrumentFiles.toJson(resolved);
        };
        AtomicFiles.writeString(out, text);
        if (format == Format.redcap) {
            RedcapDictionary.formulaWarnings(resolved).forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        }
        spec.commandLine().getOut().println("Wrote " + resolved.id() + " (" + resolved.items().size() + " items) as "
                + format + " to " + out);
        return ExitCodes.OK;
    }
}
