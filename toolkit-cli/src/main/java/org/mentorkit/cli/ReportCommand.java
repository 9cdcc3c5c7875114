package org.mentorkit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.internal.io.AtomicFiles;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.followup.RateOnDate;
import org.mentorkit.followup.SurveyStatus;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.report.Audience;
import org.mentorkit.surveys.report.Codebook;
import org.mentorkit.surveys.report.EvaluationReport;
import org.mentorkit.surveys.report.Grouping;
import org.mentorkit.surveys.report.ManualCodes;
import org.mentorkit.surveys.report.MarkdownReport;
import org.mentorkit.surveys.report.ReportBuilder;
import org.mentorkit.surveys.report.ReportJson;
import org.mentorkit.surveys.report.ReportSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mentorkit report}: the evaluation report of a cohort, as Markdown and JSON. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Build the evaluation report of a cohort from its imported responses (one responses file per"
                + " wave): who took part, response rates, k/n (p%%) with 95%% intervals, pre/post comparisons, Likert"
                + " summaries and comment themes. Writes report.md and report.json; no names or e-mail addresses.",
        footer = {"", "Examples:", "  mentorkit report cohort.json --responses pre.responses.json post.responses.json --out report/",
            "  mentorkit report cohort.json --responses pre.responses.json post.responses.json --audience public \\",
            "      --grouping \"Racially or ethnically diverse=raceEthnicity:Asian;Black or African American\" --out public/",
            "  mentorkit report cohort.json --responses pre.responses.json post.responses.json --language es --out informe/"})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "COHORT", description = "cohort.json")
    private Path cohortFile;

    @Option(names = "--responses", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Responses files written by 'survey import', one per wave.")
    private List<Path> responses;

    @Option(names = "--audience", defaultValue = "committee", paramLabel = "AUDIENCE",
            description = "committee (every figure; default) or public (counts below the threshold suppressed).")
    private String audience;

    @Option(names = "--threshold", defaultValue = "5", paramLabel = "N",
            description = "Public reports withhold counts from 1 to N-1 (default ${DEFAULT-VALUE}).")
    private int threshold;

    @Option(names = "--codebook", paramLabel = "FILE", description = "A codebook JSON file (default: the built-in themes).")
    private Path codebookFile;

    @Option(names = "--manual-codes", paramLabel = "FILE",
            description = "CSV participant_id,item_id,themes whose codes replace the automatic ones.")
    private Path manualCodesFile;

    @Option(names = "--grouping", paramLabel = "LABEL=VOCABULARY:VALUE;VALUE...",
            description = "An extra cohort line counting people with any of the values, e.g. a 'diverse' figure.")
    private List<String> groupings = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write report.md and report.json.")
    private Path out;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() {
        Outputs.requireFolder(out);
        Audience chosen = Audiences.parse(audience);
        if (threshold < 1) {
            throw new InvalidInputException("--threshold", "must be at least 1; was " + threshold);
        }
        Cohort cohort = ModelFiles.readCohort(cohortFile);
        List<ResponseSet> sets = responses.stream().map(ResponseSet::read).toList();
        rejectRepeatedWaves(sets);
        Codebook codebook = codebookFile == null ? Codebook.defaults() : Codebook.read(codebookFile);
        ManualCodes codes = manualCodesFile == null ? ManualCodes.none() : ManualCodes.read(manualCodesFile, codebook);
        ReportSettings settings = new ReportSettings(chosen, threshold, codebook, codes, parseGroupings(),
                language.resolve(cohort.program()));
        EvaluationReport report = ReportBuilder.build(cohort, sets, settings);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(out.resolve("report.md"), MarkdownReport.write(report).getBytes(StandardCharsets.UTF_8));
        files.put(out.resolve("report.json"), ReportJson.write(report).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.writeAll(files);
        PrintWriter console = spec.commandLine().getOut();
        report.responseRates().forEach(r -> console.println(r.instrumentId() + ": " + r.returned().text() + " returned"));
        // When the exports carry submission times (REDCap's survey timestamp): how the rate grew, day by day.
        for (ResponseSet set : sets) {
            List<RateOnDate> overTime = SurveyStatus.of(cohort, set.instrument(), List.of(set)).overTime();
            if (!overTime.isEmpty()) {
                console.println(set.instrument().id() + " over time: " + overTime.stream()
                        .map(r -> r.date() + " " + r.responded() + "/" + r.invited() + " (" + Math.round(r.rate() * 100) + "%)")
                        .collect(java.util.stream.Collectors.joining("; ")));
            }
        }
        ReportHeadlines.lines(report).forEach(console::println);
        console.println("Wrote the " + audience.toLowerCase(java.util.Locale.ROOT) + " report to " + out.resolve("report.md")
                + " and report.json");
        return ExitCodes.OK;
    }

    /** The same instrument twice (the same file, or two imports of one wave) would count people twice. */
    private void rejectRepeatedWaves(List<ResponseSet> sets) {
        java.util.Map<String, Path> fileOf = new java.util.HashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            Path earlier = fileOf.putIfAbsent(sets.get(i).instrument().id(), responses.get(i));
            if (earlier != null) {
                throw new InvalidInputException("--responses", earlier + " and " + responses.get(i)
                        + " both hold responses to instrument '" + sets.get(i).instrument().id()
                        + "'; give one responses file per wave (import several exports of one wave together)");
            }
        }
    }

    private List<Grouping> parseGroupings() {
        List<Grouping> parsed = new ArrayList<>();
        for (String text : groupings) {
            int equals = text.indexOf('=');
            int colon = text.indexOf(':', Math.max(equals, 0));
            if (equals <= 0 || colon < 0) {
                throw new InvalidInputException("--grouping " + text, "expected LABEL=VOCABULARY:VALUE;VALUE...");
            }
            parsed.add(new Grouping(text.substring(0, equals).strip(), text.substring(equals + 1, colon).strip(),
                    Arrays.stream(text.substring(colon + 1).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
        }
        return parsed;
    }
}
