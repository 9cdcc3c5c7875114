package org.mentorkit.surveys.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.model.internal.input.Limits;
import org.mentorkit.model.internal.input.TimedPatterns;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.i18n.Translations;
import org.mentorkit.surveys.internal.JsonSupport;

/**
 * Themes and the phrases that suggest them, editable per program as a JSON file. Automatic coding is a first pass
 * for a person to check: the report lists uncoded comments, and a manual-codes CSV overrides the automatic codes.
 *
 * @param themes the themes, in report order
 */
@JsonbPropertyOrder({"themes"})
public record Codebook(List<Theme> themes) {

    /** The translation domain of the built-in themes' labels: {@code themes.<id>.label}. */
    public static final String DOMAIN = "survey.codebook";

    /**
     * The codebook with its themes copied; absent (null) themes are empty. Use {@link #read} for a file: it checks the
     * themes.
     *
     * @param themes the themes, in report order
     */
    public Codebook {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /**
     * The codebook with its theme labels in {@code language} where a translation has them: a label is translated only
     * when it is still the built-in English label of its theme id (a society's own themes and labels stay as written).
     * The patterns do not change: they match the comments' language as written in the codebook.
     *
     * @param language the language of the report
     * @return a codebook with the same themes and patterns, labels translated where they were built in
     */
    public Codebook labelled(Language language) {
        Translations translations = Translations.load();
        Texts english = translations.texts(DOMAIN, Language.ENGLISH);
        Texts texts = translations.texts(DOMAIN, language);
        List<Theme> labelled = new ArrayList<>();
        for (Theme theme : themes) {
            String key = "themes." + theme.id() + ".label";
            boolean builtIn = english.has(key) && english.get(key).equals(theme.label());
            labelled.add(builtIn ? new Theme(theme.id(), texts.get(key), theme.patterns()) : theme);
        }
        return new Codebook(labelled);
    }

    /**
     * The default codebook: the themes the pilot's feedback and discussions showed (see docs/evaluation.md).
     *
     * @return the built-in codebook, its labels in English
     */
    public static Codebook defaults() {
        return parse(JsonSupport.readResource("/org/mentorkit/surveys/builtin/codebook.json"), "built-in codebook.json");
    }

    /**
     * Reads and checks a codebook file.
     *
     * @param file a codebook JSON file ({@code {"themes": [...]}})
     * @return the codebook
     * @throws InvalidInputException when the file cannot be read or bound, or a theme id is empty or used twice, a
     *                               label is empty or a pattern is not a valid regular expression: every problem at
     *                               once, each located by JSON path
     */
    public static Codebook read(Path file) {
        return parse(JsonSupport.read(file), file.toString());
    }

    static Codebook parse(String json, String source) {
        Codebook codebook = JsonSupport.fromJson(json, Codebook.class, source);
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int t = 0; t < codebook.themes().size(); t++) {
            Theme theme = codebook.themes().get(t);
            String at = source + ": themes[" + t + "]";
            if (theme.id().isBlank() || !ids.add(theme.id())) {
                problems.add(new Problem(at + ".id", "'" + theme.id() + "' is empty or used twice; theme ids must be unique"));
            }
            if (theme.label().isBlank()) {
                problems.add(new Problem(at + ".label", "must not be empty"));
            }
            for (int p = 0; p < theme.patterns().size(); p++) {
                try {
                    Pattern.compile(theme.patterns().get(p));
                } catch (PatternSyntaxException e) {
                    problems.add(new Problem(at + ".patterns[" + p + "]", "not a valid regular expression: " + e.getDescription()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return codebook;
    }

    /**
     * The themes a comment is coded with.
     *
     * @param text a comment
     * @return the ids of the themes one of whose patterns matches the text, in codebook order; empty when none does
     * @throws InvalidInputException when a pattern takes too long on the text or recurses too deeply, naming the
     *                               pattern (never the comment)
     */
    public Set<String> code(String text) {
        Set<String> matched = new LinkedHashSet<>();
        for (int t = 0; t < themes.size(); t++) {
            Theme theme = themes.get(t);
            for (int p = 0; p < theme.patterns().size(); p++) {
                String pattern = theme.patterns().get(p);
                if (matches(pattern, text, t, p)) {
                    matched.add(theme.id());
                    break;
                }
            }
        }
        return matched;
    }

    /**
     * A user's pattern runs with a time bound: a pattern that backtracks catastrophically (like {@code (.*a){16}z})
     * fails the report with the pattern named, instead of hanging it. The comment itself is never quoted.
     */
    private static boolean matches(String pattern, String text, int theme, int index) {
        try {
            return TimedPatterns.find(Pattern.compile("(?iu)\\b(?:" + pattern + ")"), text, Limits.PATTERN_MILLIS);
        } catch (TimedPatterns.TooSlow slow) {
            throw new InvalidInputException("codebook: themes[" + theme + "].patterns[" + index + "]", "the pattern `"
                    + pattern + "` took more than " + Limits.PATTERN_MILLIS / 1000 + " s on one comment (it backtracks "
                    + "too much); simplify it, e.g. avoid a repeated group that contains .* such as (.*a){16}");
        } catch (StackOverflowError deep) {
            throw new InvalidInputException("codebook: themes[" + theme + "].patterns[" + index + "]", "the pattern `"
                    + pattern + "` recursed too deeply on one comment; simplify it (avoid alternations inside repetition "
                    + "like (a|b)*)");
        }
    }

    /**
     * Whether the codebook has a theme with this id.
     *
     * @param id a theme id
     * @return true when one of the themes has it
     */
    public boolean hasTheme(String id) {
        return themes.stream().anyMatch(t -> t.id().equals(id));
    }
}
