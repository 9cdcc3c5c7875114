package org.mentorkit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Translation;
import org.mentorkit.model.i18n.TranslationGap;
import org.mentorkit.model.i18n.Translations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mentorkit languages}: the languages documents can be written in, how their texts were made, and gaps. */
@Command(
        name = "languages",
        mixinStandardHelpOptions = true,
        description = {"List the languages mentorkit can write documents, calendars, instruments and reports in, with"
                + " how each translation was made and whether a native speaker has reviewed it.",
            "With --check, list every text a language lacks or has too many of, compared with English, and exit 2 if"
                + " there is any (use it after adding or correcting a language in a plug-in)."},
        footer = {"", "Examples:", "  mentorkit languages", "  mentorkit languages --check"})
final class LanguagesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--check", description = "Report missing and extra texts per language; exit 2 when any exists.")
    private boolean check;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Translations translations = Translations.load();
        if (check) {
            List<TranslationGap> gaps = translations.check();
            gaps.forEach(gap -> out.println(gap.describe()));
            out.println(gaps.isEmpty()
                    ? "every language has every text English has, and no others"
                    : gaps.size() + " gap(s) in translations; English texts are shown where a text is missing");
            return gaps.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
        }
        for (Language language : translations.languages()) {
            List<Translation> own = translations.domains().stream()
                    .flatMap(d -> translations.translations(d).stream())
                    .filter(t -> t.language().equals(language))
                    .toList();
            long reviewed = own.stream().filter(t -> !t.provenance().needsReview()).count();
            String state = language.equals(Language.ENGLISH) ? "source texts"
                    : reviewed == own.size() ? "reviewed"
                    : "to be reviewed by a native speaker (" + reviewed + " of " + own.size() + " parts reviewed)";
            out.printf("%-6s %-24s %d parts; %s%n", language.tag(),
                    language.locale().getDisplayName(language.locale()), own.size(), state);
            own.stream().map(t -> t.provenance().method()).distinct()
                    .filter(method -> !language.equals(Language.ENGLISH))
                    .forEach(method -> out.println("       made by: " + method));
        }
        return ExitCodes.OK;
    }
}
