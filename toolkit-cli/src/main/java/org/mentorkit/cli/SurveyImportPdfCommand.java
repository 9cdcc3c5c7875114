package org.mentorkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mentorkit.export.FormImport;
import org.mentorkit.model.Participant;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.surveys.ImportOptions;
import org.mentorkit.surveys.ImportSummary;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.Skip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mentorkit survey import-pdf}: filled PDF forms (from {@code mentorkit packet}) into responses.json. */
@Command(
        name = "import-pdf",
        mixinStandardHelpOptions = true,
        description = "Read filled PDF forms (forms/<instrument>.pdf of 'mentorkit packet', filled in a PDF viewer and"
                + " saved) back into a responses JSON file. Each form names its survey; every form is taken or skipped"
                + " with a reason, exactly as rows of other imports.",
        footer = {"", "Example:", "  mentorkit survey import-pdf --cohort cohort.json filled/*.pdf --out post.responses.json"})
final class SurveyImportPdfCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILLED.pdf", description = "Filled forms, read in order (a later form of"
            + " the same participant replaces an earlier one).")
    private List<Path> files;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The responses JSON file to write.")
    private Path out;

    @Option(names = "--cohort", paramLabel = "FILE",
            description = "cohort.json: forms of anyone not in it are skipped as unknown participants.")
    private Path cohort;

    @Option(names = "--program", paramLabel = "FILE", description = "program.json, for the application form.")
    private Path program;

    @Option(names = "--replace", description = "Replace --out even when it holds more responses than this import.")
    private boolean replace;

    @Override
    public Integer call() {
        Outputs.requireFile(out);
        ImportOptions options = ImportOptions.defaults();
        if (cohort != null) {
            options = options.withKnownParticipants(ModelFiles.readCohort(cohort).participants().stream()
                    .map(Participant::id).collect(Collectors.toSet()));
        }
        ResponseSet set = FormImport.read(files, id -> SurveyInstruments.resolve(id, Optional.ofNullable(program)), options);
        ReplaceGuard.responses(out, set, replace);
        set.write(out);
        PrintWriter console = spec.commandLine().getOut();
        for (Skip skip : set.summary().skipped()) {
            console.println("skipped " + skip.location() + ": " + skip.reason() + ": " + skip.detail());
        }
        for (ImportSummary.Note note : set.summary().notes()) {
            console.println("note " + note);
        }
        Instrument instrument = set.instrument();
        console.println(instrument.id() + ": " + set.summary().oneLine().replace("rows", "forms") + ". Written to " + out);
        return ExitCodes.OK;
    }
}
