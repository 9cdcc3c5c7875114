package org.mentorkit.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.i18n.Translations;

/**
 * The English fixed wording of a translation domain that a document in another language must not contain: the literal
 * parts of every English text (between its {@code {arguments}}) that the language's own text for that key does not
 * also contain. Built from the English resource, so a label added later is checked too.
 */
public final class EnglishLabels {

    private EnglishLabels() {
    }

    /** The English fragments of {@code domain} that {@code language} translates differently. */
    public static List<String> leftOver(String domain, Language language) {
        Texts english = Translations.load().texts(domain, Language.ENGLISH);
        Texts own = Translations.load().texts(domain, language);
        List<String> fragments = new ArrayList<>();
        for (String key : english.keys()) {
            String translated = own.get(key);
            for (String fragment : literalParts(english.get(key))) {
                String word = fragment.replaceAll("^[\\p{P}\\p{Z}\\s`#]+|[\\p{P}\\p{Z}\\s`#]+$", "");
                if (word.codePoints().filter(Character::isLetter).count() >= 3 && !translated.contains(word)) {
                    fragments.add(word);
                }
            }
        }
        return fragments;
    }

    /** The fragments of {@code text} as whole words: no letter directly before or after. */
    public static List<String> foundIn(String text, List<String> fragments) {
        return fragments.stream().filter(f -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(f) + "(?!\\p{L})")
                .matcher(text).find()).distinct().toList();
    }

    /** The parts of a message pattern outside any {@code {...}} (nested plural blocks included). */
    static List<String> literalParts(String pattern) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int depth = 0;
        for (char c : pattern.toCharArray()) {
            if (c == '{') {
                depth++;
                parts.add(part.toString());
                part.setLength(0);
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts.stream().filter(p -> !p.isBlank()).toList();
    }
}
