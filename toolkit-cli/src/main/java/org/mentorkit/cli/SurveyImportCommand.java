package org.mentorkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mentorkit.model.Participant;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.surveys.ImportOptions;
import org.mentorkit.surveys.ImportSummary;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.ResponseFormat;
import org.mentorkit.surveys.ResponseImporter;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.Skip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mentorkit survey import}: responses from REDCap, SurveyJS or the generic CSV into responses.json. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import the responses to one instrument from REDCap record exports (raw or labels), SurveyJS"
                + " results or the generic CSV, and write them as a responses JSON file. Every row is taken or skipped"
                + " with a reason; problems within rows are listed with file, line and column.",
        footer = {"", "Example:", "  mentorkit survey import --instrument post-program --cohort cohort.json \\",
            "      post_export.csv --out post.responses.json"})
final class SurveyImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--instrument", required = true, paramLabel = "ID",
            description = "The instrument answered: a built-in id or an instrument file.")
    private String instrument;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Response files, read in order (a later"
            + " submission of the same participant replaces an earlier one).")
    private List<Path> files;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The responses JSON file to write.")
    private Path out;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto (default: .json is SurveyJS; a CSV with record_id, redcap_ or _complete columns is"
                    + " REDCap; other CSV is the generic CSV), redcap, surveyjs or csv.")
    private String format;

    @Option(names = "--cohort", paramLabel = "FILE",
            description = "cohort.json: rows of anyone not in it are skipped as unknown participants.")
    private Path cohort;

    @Option(names = "--id-field", defaultValue = "", paramLabel = "NAME",
            description = "The column holding the participant id or pseudonymous code (default record_id for REDCap,"
                    + " participant_id otherwise).")
    private String idField;

    @Option(names = "--program", paramLabel = "FILE", description = "program.json, for the application form.")
    private Path program;

    @Option(names = "--dictionary", paramLabel = "FILE", description = "The REDCap project's data dictionary: the"
            + " instrument's columns are read as its form names them (fields renamed in REDCap's designer included).")
    private Path dictionary;

    @Option(names = "--event", paramLabel = "EVENT=WAVE", description = "A longitudinal project's event and the wave"
            + " it holds (PRE, MID, POST, APPLICATION, CUSTOM), e.g. --event visit_1_arm_1=PRE; repeatable. Events"
            + " named like pre_arm_1, baseline_arm_1, post_arm_1, follow_up_arm_1 need none.")
    private java.util.Map<String, org.mentorkit.surveys.Wave> events = new java.util.LinkedHashMap<>();

    @Option(names = "--replace", description = "Replace --out even when it holds more responses than this import.")
    private boolean replace;

    @Option(names = "--count-partial", description = "Count partial responses (REDCap status Incomplete or Unverified"
            + " with answers) as returned. By default they are listed and kept aside, not counted or analysed.")
    private boolean countPartial;

    @Override
    public Integer call() {
        Outputs.requireFile(out);
        Instrument resolved = SurveyInstruments.resolve(instrument, Optional.ofNullable(program));
        ResponseFormat chosen;
        try {
            chosen = ResponseFormat.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.mentorkit.model.InvalidInputException("--format", "'" + format
                    + "' is not a response format; use auto, redcap, surveyjs or csv");
        }
        ImportOptions options = new ImportOptions(chosen, java.util.Set.of(), idField, countPartial, events,
                dictionary == null ? java.util.Map.of()
                        : org.mentorkit.surveys.exchange.RedcapFormColumns.of(dictionary, resolved));
        if (cohort != null) {
            options = options.withKnownParticipants(ModelFiles.readCohort(cohort).participants().stream()
                    .map(Participant::id).collect(Collectors.toSet()));
        }
        ResponseSet set = ResponseImporter.read(resolved, files, options);
        ReplaceGuard.responses(out, set, replace);
        set.write(out);
        PrintWriter console = spec.commandLine().getOut();
        for (Skip skip : set.summary().skipped()) {
            console.println("skipped " + skip.location() + ": " + skip.reason() + ": " + skip.detail());
        }
        for (ImportSummary.Note note : set.summary().notes()) {
            console.println("note " + note);
        }
        for (org.mentorkit.surveys.Response partial : set.partial()) {
            console.println("partial " + partial.source() + ": '" + partial.participantId() + "' started but did not"
                    + " finish; not counted as returned (--count-partial counts it)");
        }
        console.println(resolved.id() + ": " + set.summary().oneLine() + ". Written to " + out);
        return ExitCodes.OK;
    }
}
