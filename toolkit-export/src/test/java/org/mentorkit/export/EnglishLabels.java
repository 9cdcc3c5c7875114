package org.mentorkit.export;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Translations;

/**
 * The English fixed texts of the packet, taken from the English resource values (never listed by hand), as the
 * phrases a translated packet must not contain.
 *
 * <p>Each English value is cut at its ICU arguments (and at the keywords and braces of plural and select arguments)
 * into literal fragments. A fragment of up to three words is looked for whole; a longer one as every run of four words,
 * so that a sentence broken across lines by the PDF still counts. Left out, and said so in docs/packet.md: fragments
 * with fewer than three letters ("to", "of"), fragments found in the target language's text of the same key (the
 * word is the same in both languages, e.g. "Mentee" in Spanish or "Format" in German), and fragments found in the
 * input data (curriculum, instruments, program and cohort as given, whose texts are not the packet's to translate).
 */
final class EnglishLabels {

    private static final Pattern ARGUMENT_SYNTAX = Pattern.compile(
            "\\{\\s*\\w+\\s*,\\s*(plural|select|selectordinal)\\s*,|(=?[\\p{L}\\d_-]+)\\s*\\{|[{}#]|\\{\\s*\\w+\\s*\\}");
    private static final Pattern WORD_SPLIT = Pattern.compile("\\s+");

    private EnglishLabels() {
    }

    /** The phrases of every {@code packet.*} English text that must not appear in a packet in {@code language}. */
    static Set<String> forbiddenIn(Language language, String inputText) {
        Translations registry = Translations.load();
        String data = normalise(inputText);
        Set<String> phrases = new LinkedHashSet<>();
        for (String domain : registry.domains()) {
            if (!domain.startsWith("packet.")) {
                continue;
            }
            var english = registry.texts(domain, Language.ENGLISH);
            var translated = registry.texts(domain, language);
            for (String key : english.keys()) {
                String own = normalise(markdownFree(translated.get(key)));
                for (String fragment : fragments(english.get(key))) {
                    for (String phrase : phrases(fragment)) {
                        if (!own.contains(phrase) && !data.contains(phrase)) {
                            phrases.add(phrase);
                        }
                    }
                }
            }
        }
        return phrases;
    }

    /** The forbidden phrases that occur in the text (whitespace-normalised, case-sensitive, whole words). */
    static List<String> foundIn(String text, Set<String> phrases) {
        String normalised = " " + normalise(text) + " ";
        List<String> found = new ArrayList<>();
        for (String phrase : phrases) {
            // Whole words: a phrase inside a longer word, or after a slash or a middle dot ("un/a mentee", "mentor·e"),
            // is that language's own spelling, not the English phrase.
            if (Pattern.compile("(?<![\\p{L}\\d/·])" + Pattern.quote(phrase) + "(?![\\p{L}\\d/·])").matcher(normalised).find()) {
                found.add(phrase);
            }
        }
        return found;
    }

    static List<String> fragments(String pattern) {
        List<String> fragments = new ArrayList<>();
        for (String part : ARGUMENT_SYNTAX.matcher(markdownFree(pattern)).replaceAll("\u0000").split("\u0000")) {
            String fragment = normalise(part).replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
            if (fragment.codePoints().filter(Character::isLetter).count() >= 3) {
                fragments.add(fragment);
            }
        }
        return fragments;
    }

    private static List<String> phrases(String fragment) {
        List<String> words = Arrays.asList(WORD_SPLIT.split(fragment));
        if (words.size() <= 3) {
            return List.of(fragment);
        }
        List<String> runs = new ArrayList<>();
        for (int i = 0; i + 4 <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + 4)));
        }
        return runs;
    }

    private static String markdownFree(String text) {
        return text.replace("`", "").replace("**", "").replace("''", "'");
    }

    static String normalise(String text) {
        return WORD_SPLIT.matcher(text.replace('\u00a0', ' ').replace('\u202f', ' ')).replaceAll(" ").strip();
    }

    /** Every string inside records, lists, maps and optionals (the input data's own texts), joined by new lines. */
    static String strings(Object... roots) {
        StringBuilder out = new StringBuilder();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (Object root : roots) {
            collect(root, out, seen);
        }
        return out.toString();
    }

    private static void collect(Object value, StringBuilder out, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, true) != null) {
            return;
        }
        if (value instanceof String s) {
            out.append(s).append('\n');
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> collect(v, out, seen));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                collect(k, out, seen);
                collect(v, out, seen);
            });
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> collect(v, out, seen));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(value), out, seen);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component + " of " + value.getClass(), e);
                }
            }
        }
    }
}
