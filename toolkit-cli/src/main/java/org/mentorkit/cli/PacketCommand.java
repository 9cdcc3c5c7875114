package org.mentorkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.mentorkit.curriculum.CurriculumRegistry;
import org.mentorkit.curriculum.SessionLengths;
import org.mentorkit.surveys.ResponseInputs;
import org.mentorkit.surveys.report.ReportSettings;
import org.mentorkit.export.Branding;
import org.mentorkit.export.DocumentKind;
import org.mentorkit.export.FormWriter;
import org.mentorkit.export.HandbookWriter;
import org.mentorkit.export.OutputFormat;
import org.mentorkit.export.Packet;
import org.mentorkit.export.PacketBuilder;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.export.PacketWriter;
import org.mentorkit.export.PageSize;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;
import org.mentorkit.model.internal.io.AtomicFiles;
import org.mentorkit.model.io.ModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mentorkit packet}: the toolkit packet as PDF, Markdown and HTML, fillable forms and personal handbooks. */
@Command(
        name = "packet",
        mixinStandardHelpOptions = true,
        description = {"Generate the toolkit packet: cover and contents, program overview and timeline, coordinator,"
                + " mentor and mentee guides, one guide per session, group rosters (with a cohort), the survey"
                + " instruments (printable, and as fillable PDF forms) and the evaluation report (with responses).",
            "Markdown is the source; HTML and PDF are rendered from it. Every file is written atomically."},
        footer = {"", "Examples:", "  mentorkit packet --program program.json --out packet/",
            "  mentorkit packet --cohort groups.json --responses pre.responses.json post.responses.json \\",
            "      --branding branding/ --format pdf,md,html --out packet/",
            "  mentorkit packet --cohort groups.json --per-participant --out handbooks/",
            "  mentorkit packet --program program.json --templates my-templates/ --documents overview,mentee-handbook --out packet/"})
final class PacketCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--program", paramLabel = "FILE", description = "program.json (not needed with --cohort).")
    private Path programFile;

    @Option(names = "--cohort", paramLabel = "FILE", description = "cohort.json, with groups once formed: adds the rosters.")
    private Path cohortFile;

    @Option(names = "--groups", paramLabel = "FILE",
            description = "A cohort file with groups (as 'mentorkit match' writes it) whose groups replace the cohort's.")
    private Path groupsFile;

    @Option(names = "--curriculum", paramLabel = "ID|FILE",
            description = "A curriculum id (see 'mentorkit curriculum list'; plug-ins included) or a curriculum JSON file"
                    + " (default: the built-in one).")
    private String curriculum;

    @Option(names = "--responses", arity = "1..*", paramLabel = "FILE",
            description = "Responses files (*.responses.json from 'survey import', or raw exports named after their"
                    + " instrument, e.g. pre-program.redcap-records.csv): adds the evaluation report.")
    private List<Path> responses = new ArrayList<>();

    @Option(names = "--audience", defaultValue = "committee", paramLabel = "AUDIENCE",
            description = "Who the evaluation report in the packet is for: committee (full figures) or public (counts"
                    + " below 5 suppressed, with any figure that would reveal them). Default: ${DEFAULT-VALUE}.")
    private String audience;

    @Option(names = "--branding", paramLabel = "DIR", description = "Branding folder: branding.json, logo, fonts.")
    private Path brandingDir;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Templates that replace built-in ones by name (overview.md, ...) or add documents (any other *.md).")
    private Path templatesDir;

    @Option(names = "--documents", split = ",", paramLabel = "LIST",
            description = "Documents to include (default: all that apply): cover, overview, coordinator-guide, mentor-guide,"
                    + " mentee-handbook, session-guides, rosters, instruments, report.")
    private List<String> documents = new ArrayList<>();

    @Option(names = "--format", split = ",", defaultValue = "pdf,md", paramLabel = "LIST",
            description = "Formats: pdf, md, html (default: ${DEFAULT-VALUE}).")
    private List<String> formats = new ArrayList<>();

    @Option(names = "--page-size", paramLabel = "SIZE", description = "A4 or LETTER (default: the branding's, else A4).")
    private PageSize pageSize;

    @Option(names = "--no-forms", description = "Do not write the fillable PDF forms (forms/<instrument>.pdf).")
    private boolean noForms;

    @Option(names = "--per-participant", description = "Write each grouped participant's own handbook (handbooks/<id>.pdf)"
            + " instead of the packet; --documents, --format, --responses and --audience do not apply and are refused.")
    private boolean perParticipant;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    private Path out;

    @Mixin
    private LanguageOption language = new LanguageOption();


    @Override
    public Integer call() {
        Outputs.requireFolder(out);
        PrintWriter console = spec.commandLine().getOut();
        // Loading the PDF engine overlaps with reading and validating the inputs (two cores).
        PacketWriter.warmUp();
        Optional<Cohort> cohort = readCohort();
        Program program = cohort.map(Cohort::program).orElseGet(() -> {
            if (programFile == null) {
                throw new InvalidInputException("--program", "give --program program.json or --cohort cohort.json");
            }
            return ModelFiles.readProgram(programFile);
        });
        Branding branding = brandingDir == null ? Branding.defaults() : Branding.load(brandingDir);
        if (pageSize != null) {
            branding = branding.withPageSize(pageSize);
        }
        Language chosenLanguage = language.resolve(program);
        PacketBuilder builder = PacketBuilder.forProgram(program).branding(branding).language(chosenLanguage);
        cohort.ifPresent(builder::cohort);
        if (curriculum != null) {
            builder.curriculum(CurriculumRegistry.discover().curriculumOrFile(curriculum, builder.languageInUse()));
        }
        if (templatesDir != null) {
            builder.templates(templatesDir);
        }
        // The packet prints one session length, the curriculum's (what the calendars use): a program saying another
        // is refused, not printed beside it.
        SessionLengths.requireAgreement(program, builder.curriculumInUse(),
                String.valueOf(cohort.isPresent() ? (cohortFile != null ? cohortFile : groupsFile) : programFile),
                cohort.isPresent() ? "program.cadence" : "cadence");
        if (perParticipant) {
            refuseOptionsHandbooksIgnore();
            return handbooks(console, cohort, builder, branding);
        }
        if (!responses.isEmpty()) {
            Cohort forReport = cohort.orElseThrow(() -> new InvalidInputException("--responses",
                    "the evaluation report needs the cohort the responses belong to; give --cohort"));
            builder.responses(ResponseInputs.read(responses, forReport, builder.instrumentsInUse()),
                    ReportSettings.committee().withAudience(Audiences.parse(audience)));
        }
        if (!documents.isEmpty()) {
            Set<DocumentKind> chosen = parseDocuments();
            requireInputsFor(chosen, cohort.isPresent(), !responses.isEmpty());
            builder.documents(chosen);
        }
        Set<OutputFormat> chosenFormats = parseFormats();
        Packet packet = builder.build();
        // The forms are drawn on the second core while the packet is laid out.
        Branding finalBranding = branding;
        // Everything is rendered before the first file is written, so a failure while rendering changes no file.
        CompletableFuture<Map<Path, byte[]>> forms = noForms || !chosenFormats.contains(OutputFormat.PDF)
                ? CompletableFuture.completedFuture(Map.of())
                : CompletableFuture.supplyAsync(() -> FormWriter.render(builder.instrumentsInUse(), finalBranding,
                        builder.languageInUse(), out.resolve("forms")));
        Map<Path, byte[]> outputs = new LinkedHashMap<>(PacketWriter.render(packet, branding, chosenFormats, out));
        try {
            outputs.putAll(forms.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        AtomicFiles.writeAll(outputs);
        List<Path> written = List.copyOf(outputs.keySet());
        String pages = written.stream().filter(f -> f.getFileName().toString().equals("packet.pdf")).findFirst()
                .map(pdf -> " (packet.pdf: " + PacketWriter.pages(pdf) + " pages)").orElse("");
        console.println("Packet of " + program.name() + ": " + packet.documents().size() + (packet.documents().size() == 1 ? " document, " : " documents, ")
                + Counts.of(written.size(), "file", "files") + " written to " + out + pages);
        boolean rosters = documents.isEmpty() ? cohort.isPresent() : parseDocuments().contains(DocumentKind.ROSTERS);
        List<String> inNoGroup = cohort.map(InNoGroup::ids).orElse(List.of());
        if (rosters && !inNoGroup.isEmpty()) {
            console.println("note: " + InNoGroup.describe(inNoGroup) + ": they are on no roster");
        }
        return ExitCodes.OK;
    }

    /** The SDK says the same in its own words; here a coordinator reads the options to give. */
    private static void requireInputsFor(Set<DocumentKind> chosen, boolean hasCohort, boolean hasResponses) {
        List<Problem> problems = new ArrayList<>();
        if (chosen.contains(DocumentKind.ROSTERS) && !hasCohort) {
            problems.add(new Problem("--documents", "rosters need a cohort; give --cohort or leave rosters out"));
        }
        if (chosen.contains(DocumentKind.REPORT) && !hasResponses) {
            problems.add(new Problem("--documents", "the report needs survey responses; give --responses or leave report out"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * A handbook is one PDF of the participant's own pages: options that choose the packet's documents, formats or
     * report would be dropped without a word, so they are refused (exit 2) rather than ignored.
     */
    private void refuseOptionsHandbooksIgnore() {
        List<String> ignored = new ArrayList<>();
        for (String option : List.of("--documents", "--format", "--responses", "--audience")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                ignored.add(option);
            }
        }
        if (!ignored.isEmpty()) {
            throw new InvalidInputException("--per-participant", String.join(" and ", ignored)
                    + (ignored.size() == 1 ? " does" : " do") + " not apply to personal handbooks (one PDF per"
                    + " participant, always the same pages); run 'mentorkit packet' once without --per-participant for"
                    + " the packet, and once with it (without " + String.join(", ", ignored) + ") for the handbooks");
        }
    }

    private int handbooks(PrintWriter console, Optional<Cohort> cohort, PacketBuilder builder, Branding branding) {
        Cohort grouped = cohort.orElseThrow(() -> new InvalidInputException("--per-participant",
                "personal handbooks need a cohort with groups; give --cohort"));
        if (grouped.groups().isEmpty()) {
            throw new InvalidInputException(String.valueOf(cohortFile), "the cohort has no groups yet; run 'mentorkit match' first");
        }
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "handbooks");
        long started = System.nanoTime();
        HandbookWriter.Result result = HandbookWriter.write(grouped, builder.curriculumInUse(), branding,
                builder.languageInUse(), Optional.ofNullable(templatesDir), out, progress::show,
                Runtime.getRuntime().availableProcessors());
        progress.finish();
        console.printf("%s written to %s in %.1f s%n", Counts.of(result.files().size(), "handbook", "handbooks"),
                out.resolve("handbooks"),
                (System.nanoTime() - started) / 1e9);
        if (!result.ungroupedParticipantIds().isEmpty()) {
            List<String> ids = result.ungroupedParticipantIds();
            console.println("No handbook for " + Counts.of(ids.size(), "participant", "participants") + " without a group: "
                    + String.join(", ", ids.subList(0, Math.min(10, ids.size()))) + (ids.size() > 10 ? ", ..." : ""));
        }
        return ExitCodes.OK;
    }

    private Optional<Cohort> readCohort() {
        if (cohortFile == null && groupsFile == null) {
            return Optional.empty();
        }
        Cohort cohort = ModelFiles.readCohort(cohortFile != null ? cohortFile : groupsFile);
        if (cohortFile != null && groupsFile != null) {
            cohort = cohort.withGroups(ModelFiles.readCohort(groupsFile).groups());
        }
        return Optional.of(cohort);
    }

    private Set<DocumentKind> parseDocuments() {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        List<Problem> problems = new ArrayList<>();
        for (String id : documents) {
            DocumentKind.byId(id).ifPresentOrElse(kinds::add, () -> problems.add(new Problem("--documents",
                    "'" + id + "' is not a document; use cover, overview, coordinator-guide, mentor-guide, mentee-handbook,"
                            + " session-guides, rosters, instruments or report")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return kinds;
    }

    private Set<OutputFormat> parseFormats() {
        Set<OutputFormat> chosen = EnumSet.noneOf(OutputFormat.class);
        for (String id : formats) {
            chosen.add(OutputFormat.byId(id).orElseThrow(() -> new InvalidInputException("--format",
                    "'" + id + "' is not a format; use pdf, md or html")));
        }
        return chosen;
    }
}
