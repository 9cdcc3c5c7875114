package org.mentorkit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.internal.io.AtomicFiles;
import org.mentorkit.model.Program;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Translations;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.LocalizedInstrument;
import org.mentorkit.surveys.InstrumentFiles;
import org.mentorkit.surveys.exchange.MarkdownInstrument;
import org.mentorkit.surveys.exchange.RedcapDictionary;
import org.mentorkit.surveys.exchange.SurveyJsSurvey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mentorkit survey export}: an instrument as a REDCap data dictionary, a SurveyJS survey, Markdown or JSON. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write an instrument as a REDCap data dictionary (CSV), a SurveyJS survey (JSON), a Markdown"
                + " questionnaire or mentorkit's instrument JSON. With several instruments and --format redcap, one"
                + " project dictionary with a form per instrument (shared variable names get a _pre/_post suffix).",
        footer = {"", "Examples:", "  mentorkit survey export post-program --format redcap --out post-program.redcap.csv",
            "  mentorkit survey export pre-program post-program --format redcap --out project.redcap.csv",
            "  mentorkit survey export application --program program.json --format surveyjs --out application.surveyjs.json",
            "  mentorkit survey export pre-program --format surveyjs --language es --out pre-program.es.surveyjs.json",
            "  mentorkit survey export pre-program --format surveyjs --languages es,fr,en --out pre-program.surveyjs.json"})
final class SurveyExportCommand implements Callable<Integer> {

    enum Format { redcap, surveyjs, markdown, md, json }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Built-in instrument ids (see 'survey list') or"
            + " instrument files; several only with --format redcap (one project).")
    private List<String> instruments;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "redcap, surveyjs, markdown (or md) or json.")
    private Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Option(names = "--program", paramLabel = "FILE",
            description = "program.json whose vocabularies complete the application form.")
    private Path program;

    @Mixin
    private LanguageOption language;

    @Option(names = "--languages", split = ",", paramLabel = "TAG",
            description = "Several languages in one SurveyJS survey (localizable strings), the first being the survey's"
                    + " own: --languages es,fr,en. Only with --format surveyjs.")
    private List<String> languages;

    @Override
    public Integer call() {
        Outputs.requireFile(out);
        List<Language> chosen = chosenLanguages();
        List<LocalizedInstrument> localized = instruments.stream()
                .map(id -> SurveyInstruments.resolve(id, Optional.ofNullable(program), chosen.get(0))).toList();
        // A translation not yet reviewed says so in every format, as a descriptive item first in the form.
        List<Instrument> all = localized.stream().map(LocalizedInstrument::withReviewMark).toList();
        if (all.size() > 1 && format != Format.redcap) {
            throw new InvalidInputException("--format " + format, "writes one instrument; several instruments ("
                    + String.join(", ", instruments) + ") go into one file only as a REDCap project (--format redcap)");
        }
        if (all.size() > 1) {
            AtomicFiles.writeString(out, RedcapDictionary.write(all));
            spec.commandLine().getOut().println("Wrote a REDCap project of " + all.size() + " instruments ("
                    + String.join(", ", all.stream().map(Instrument::id).toList()) + ", "
                    + all.stream().mapToInt(i -> i.items().size()).sum() + " items) to " + out);
            return ExitCodes.OK;
        }
        Instrument resolved = all.get(0);
        String text = switch (format) {
            case redcap -> RedcapDictionary.write(resolved);
            case surveyjs -> SurveyJsSurvey.write(chosen.stream().map(l -> SurveyInstruments.resolve(instruments.get(0),
                    Optional.ofNullable(program), l)).toList());
            case markdown, md -> MarkdownInstrument.write(resolved, chosen.get(0));
            case json -> InstrumentFiles.toJson(resolved);
        };
        AtomicFiles.writeString(out, text);
        if (format == Format.redcap) {
            RedcapDictionary.formulaWarnings(resolved).forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        }
        spec.commandLine().getOut().println("Wrote " + resolved.id() + " (" + localized.get(0).instrument().items().size()
                + " items) as "
                + format + " in " + String.join(", ", chosen.stream().map(Language::tag).toList()) + " to " + out);
        if (localized.get(0).needsReview()) {
            spec.commandLine().getOut().println("The " + chosen.get(0).tag() + " texts are a machine translation not"
                    + " yet reviewed; the export says so (item " + LocalizedInstrument.REVIEW_NOTE_ID + ").");
        }
        return ExitCodes.OK;
    }

    /** --languages, else --language, else the program's language, else English; each checked. */
    private List<Language> chosenLanguages() {
        Program owner = program == null ? null : ModelFiles.readProgram(program);
        if (languages == null || languages.isEmpty()) {
            return List.of(language.resolve(owner));
        }
        if (language.given() != null) {
            throw new InvalidInputException("--language", "give either --language or --languages, not both");
        }
        if (languages.size() > 1 && format != Format.surveyjs) {
            throw new InvalidInputException("--languages", "several languages go into one file only as a SurveyJS"
                    + " survey (--format surveyjs); for " + format + " give one --language");
        }
        List<Language> list = new java.util.ArrayList<>();
        for (String tag : languages) {
            Language one;
            try {
                one = Translations.load().resolve(tag.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--languages", e.getMessage());
            }
            if (list.contains(one)) {
                throw new InvalidInputException("--languages", "'" + tag.strip() + "' is given twice");
            }
            list.add(one);
        }
        return list;
    }
}
