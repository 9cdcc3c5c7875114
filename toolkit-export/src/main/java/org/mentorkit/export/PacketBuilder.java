package org.mentorkit.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.export.internal.BrandingChecks;
import org.mentorkit.export.internal.PacketAssembly;
import org.mentorkit.export.internal.PacketTexts;
import org.mentorkit.export.internal.ProgramLanguage;
import org.mentorkit.export.internal.ReportAdapter;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.io.ModelValidation;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.LocalizedInstrument;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.report.EvaluationReport;
import org.mentorkit.surveys.report.ReportBuilder;
import org.mentorkit.surveys.report.ReportSettings;

/**
 * Fills the packet's templates into its document model. Only the program is required; the curriculum defaults to
 * the built-in one and the instruments to the built-in surveys; rosters need a cohort, the report needs results.
 *
 * <pre>{@code
 * Packet packet = PacketBuilder.forProgram(program).cohort(cohort).branding(Branding.load(dir)).build();
 * PacketWriter.write(packet, branding, EnumSet.of(OutputFormat.PDF, OutputFormat.MARKDOWN), outDir);
 * }</pre>
 *
 * <p>A builder is for one thread; each setter replaces what an earlier call of it gave.
 */
public final class PacketBuilder {

    private final Program program;
    private Optional<Cohort> cohort = Optional.empty();
    private Optional<Curriculum> curriculum = Optional.empty();
    private Optional<List<Instrument>> instruments = Optional.empty();
    private Optional<EvaluationResults> results = Optional.empty();
    private Optional<EvaluationReport> report = Optional.empty();
    /** Responses whose report is built with the packet, in the packet's language (known only at {@link #build()}). */
    private Optional<List<ResponseSet>> responseSets = Optional.empty();
    private ReportSettings reportSettings = ReportSettings.committee();
    private Optional<Language> language = Optional.empty();
    private Branding branding = Branding.defaults();
    private Optional<Path> templates = Optional.empty();
    private Optional<Set<DocumentKind>> documents = Optional.empty();

    private PacketBuilder(Program program) {
        this.program = Objects.requireNonNull(program, "program");
    }

    /**
     * Starts the packet of a program.
     *
     * @param program the program (checked by {@link #build()}, as the command line checks a program file)
     * @return a builder with the defaults described on each setter
     * @throws NullPointerException if {@code program} is null
     */
    public static PacketBuilder forProgram(Program program) {
        return new PacketBuilder(program);
    }

    /**
     * Sets the cohort, for rosters and the evaluation of responses; its program replaces the one given, so both always
     * agree.
     *
     * @param value the cohort, with its groups for rosters
     * @return this builder
     */
    public PacketBuilder cohort(Cohort value) {
        this.cohort = Optional.of(value);
        return this;
    }

    /**
     * Sets the curriculum whose sessions get a guide each; by default the built-in one in the packet's language.
     *
     * @param value the curriculum, e.g. from {@link org.mentorkit.curriculum.CurriculumRegistry}; its texts are printed
     *              in its own language
     * @return this builder
     */
    public PacketBuilder curriculum(Curriculum value) {
        this.curriculum = Optional.of(value);
        return this;
    }

    /**
     * Sets the survey instruments to print; by default the built-in ones (the application form fitted to the program).
     *
     * @param value the instruments in print order; the list is copied
     * @return this builder
     */
    public PacketBuilder instruments(List<Instrument> value) {
        this.instruments = Optional.of(List.copyOf(value));
        return this;
    }

    /**
     * Sets evaluation results prepared by the application, for the report document; replaces a report or responses
     * given earlier.
     *
     * @param value the figures to print
     * @return this builder
     */
    public PacketBuilder results(EvaluationResults value) {
        this.results = Optional.of(value);
        this.report = Optional.empty();
        this.responseSets = Optional.empty();
        return this;
    }

    /**
     * Sets the surveys module's evaluation report, for the report document; replaces results or responses given
     * earlier.
     *
     * @param report a report from {@link ReportBuilder}; printed as built, in the language it was built in
     * @return this builder
     */
    public PacketBuilder report(EvaluationReport report) {
        this.report = Optional.of(report);
        this.results = Optional.empty();
        this.responseSets = Optional.empty();
        return this;
    }

    /**
     * The language of the packet's texts, dates and numbers (and of the PDF's and HTML's language tag); by default the
     * program's. The curriculum's and the instruments' own texts are as the curriculum and instruments give them.
     *
     * @param value the packet's language
     * @return this builder
     */
    public PacketBuilder language(Language value) {
        this.language = Optional.of(value);
        return this;
    }

    /**
     * The language in use: the one given, else the program's, in the branding's regional form of it if it names one.
     *
     * @return the language the packet's own texts, dates and numbers will be in
     * @throws InvalidInputException if the branding names another language
     */
    public Language languageInUse() {
        return ProgramLanguage.of(effectiveProgram(), language, branding);
    }

    /**
     * Survey responses, for the report document: evaluated with the surveys module for the organising committee.
     * Needs the cohort ({@link #cohort(Cohort)}) first, since demographics and response rates are counted on it.
     * Replaces results or a report given earlier.
     *
     * @param sets the imported responses, one set per instrument; the list is copied
     * @return this builder
     * @throws InvalidInputException if no cohort was given yet
     */
    public PacketBuilder responses(List<ResponseSet> sets) {
        return responses(sets, ReportSettings.committee());
    }

    /**
     * Survey responses evaluated with the given settings; {@code ReportSettings.committee().withAudience(PUBLIC)}
     * gives a packet that can be shared outside the committee, with small cells suppressed.
     *
     * @param sets     the imported responses, one set per instrument; the list is copied
     * @param settings the report's audience and thresholds; its language is set to the packet's at {@link #build()}
     * @return this builder
     * @throws InvalidInputException if no cohort was given yet
     * @throws NullPointerException  if {@code settings} is null
     */
    public PacketBuilder responses(List<ResponseSet> sets, ReportSettings settings) {
        cohort.orElseThrow(() -> new InvalidInputException("responses",
                "the evaluation report needs the cohort the responses belong to; give the cohort first"));
        this.responseSets = Optional.of(List.copyOf(sets));
        this.reportSettings = Objects.requireNonNull(settings, "settings");
        this.report = Optional.empty();
        this.results = Optional.empty();
        return this;
    }

    /**
     * Sets the society's branding; by default {@link Branding#defaults()}.
     *
     * @param value the branding, e.g. from {@link Branding#load(Path)}; its files are checked by {@link #build()}
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public PacketBuilder branding(Branding value) {
        this.branding = Objects.requireNonNull(value, "branding");
        return this;
    }

    /**
     * Sets a folder of templates that override built-in ones by name and add documents ({@code *.md}).
     *
     * @param folder the templates folder; read by {@link #build()}
     * @return this builder
     */
    public PacketBuilder templates(Path folder) {
        this.templates = Optional.of(folder);
        return this;
    }

    /**
     * Chooses the documents to include; by default every one that applies (rosters with a cohort, the report with
     * results). A chosen document whose input is missing is an error of {@link #build()}, never left out silently.
     *
     * @param kinds the documents; they are printed in packet order whatever the order given
     * @return this builder
     */
    public PacketBuilder documents(Collection<DocumentKind> kinds) {
        this.documents = Optional.of(kinds.isEmpty() ? EnumSet.noneOf(DocumentKind.class) : EnumSet.copyOf(kinds));
        return this;
    }

    /**
     * The branding the packet will be dressed in, e.g. for {@link PacketWriter}.
     *
     * @return the branding given, or {@link Branding#defaults()}
     */
    public Branding branding() {
        return branding;
    }

    /**
     * The instruments in use (the given ones or the built-in ones) in the packet's language: where an instrument's text
     * is a built-in text with a translation, the translation; and while that translation awaits review, a first
     * descriptive item saying so ({@link LocalizedInstrument#withReviewMark()}), on paper and in the fillable form.
     *
     * @return the instruments, in print order, e.g. for {@link FormWriter}
     * @throws InvalidInputException if the branding names another language than the packet's
     */
    public List<Instrument> instrumentsInUse() {
        Language inUse = languageInUse();
        List<Instrument> chosen = instruments.orElseGet(() -> Instruments.BUILT_IN_IDS.stream()
                .map(id -> Instruments.builtIn(id, effectiveProgram()).orElseThrow()).toList());
        return chosen.stream().map(i -> LocalizedInstrument.of(i, inUse).withReviewMark()).toList();
    }

    /**
     * The curriculum the session guides will be written from.
     *
     * @return the one given, else {@link DefaultCurriculum#load(Language)} in the packet's language
     * @throws InvalidInputException if the branding names another language than the packet's
     */
    public Curriculum curriculumInUse() {
        return curriculum.orElseGet(() -> DefaultCurriculum.load(languageInUse()));
    }

    private Program effectiveProgram() {
        return cohort.map(Cohort::program).orElse(program);
    }

    /**
     * Fills every chosen template. The builder is not changed and may build again.
     *
     * @return the packet's documents, filled, in packet order
     * @throws InvalidInputException if the program or cohort is invalid, a branding file is not a usable logo or font,
     *                               or a chosen document lacks its input (rosters without a cohort, ...)
     * @throws TemplateException     if a template names a variable that does not exist
     */
    public Packet build() {
        Set<DocumentKind> chosen = documents.orElseGet(() -> {
            Set<DocumentKind> all = EnumSet.allOf(DocumentKind.class);
            if (cohort.isEmpty()) {
                all.remove(DocumentKind.ROSTERS);
            }
            if (results.isEmpty() && report.isEmpty() && responseSets.isEmpty()) {
                all.remove(DocumentKind.REPORT);
            }
            return all;
        });
        // The same checks as the command line, so an SDK caller gets its errors rather than a broken packet.
        List<Problem> problems = new ArrayList<>(cohort.isPresent() ? ModelValidation.problems(cohort.get())
                : ModelValidation.problems(program));
        problems.addAll(BrandingChecks.problems(branding));
        if (chosen.contains(DocumentKind.ROSTERS) && cohort.isEmpty()) {
            problems.add(new Problem("documents", "rosters need a cohort; give a cohort or leave rosters out"));
        }
        if (chosen.contains(DocumentKind.REPORT) && results.isEmpty() && report.isEmpty() && responseSets.isEmpty()) {
            problems.add(new Problem("documents", "the report needs survey responses; give responses or leave report out"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PacketTexts texts = PacketTexts.of(languageInUse());
        // The report of the responses is evaluated in the packet's language: instruments' texts, codebook labels.
        Optional<EvaluationReport> evaluated = responseSets.isPresent()
                ? Optional.of(ReportBuilder.build(cohort.orElseThrow(), responseSets.get(), reportSettings.withLanguage(languageInUse())))
                : report;
        Optional<EvaluationResults> evaluation = evaluated.isPresent()
                ? Optional.of(ReportAdapter.from(evaluated.get(), texts)) : results;
        return PacketAssembly.assemble(effectiveProgram(), cohort, curriculumInUse(), instrumentsInUse(), evaluation,
                branding, templates, chosen, texts);
    }
}
