package org.mentorkit.model.i18n;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * A language the program's documents are written in, as a BCP 47 tag ({@code en}, {@code es}, {@code pt-BR}).
 *
 * <p>The tag is normalised the way {@link Locale.Builder} does ({@code pt-br} becomes {@code pt-BR}), so that two
 * spellings of one language are one key in the registry.
 *
 * @param tag the normalised BCP 47 language tag
 */
public record Language(String tag) {

    /** English, the language every built-in text is written in first. */
    public static final Language ENGLISH = new Language("en");

    /**
     * Checks and normalises the tag.
     *
     * @param tag a BCP 47 language tag in any case ({@code pt-br}, {@code PT-BR}, {@code pt-BR})
     * @throws IllegalArgumentException when the tag is not a well-formed BCP 47 language tag
     */
    public Language {
        tag = normalise(tag);
    }

    /**
     * The language of a BCP 47 tag.
     *
     * @param tag a tag such as {@code es}, {@code pt-BR} or {@code ja}
     * @return the language, with its tag normalised
     * @throws IllegalArgumentException when the tag is not a well-formed BCP 47 language tag
     */
    public static Language of(String tag) {
        return new Language(tag);
    }

    /** @return the locale that formats dates, numbers and plurals for this language */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /**
     * The languages whose texts stand in for this one, most specific first, ending in English: {@code pt-BR} gives
     * {@code [pt-BR, pt, en]}, {@code en} gives {@code [en]}.
     *
     * @return the fallback chain, this language first
     */
    public List<Language> fallbacks() {
        List<Language> chain = new ArrayList<>();
        String current = tag;
        while (true) {
            chain.add(new Language(current));
            int cut = current.lastIndexOf('-');
            if (cut < 0) {
                break;
            }
            current = current.substring(0, cut);
        }
        if (!chain.contains(ENGLISH)) {
            chain.add(ENGLISH);
        }
        return List.copyOf(chain);
    }

    @Override
    public String toString() {
        return tag;
    }

    private static String normalise(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("a language tag is required, e.g. en, es or pt-BR");
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllegalArgumentException("'" + tag + "' names no language; expected a BCP 47 tag such as"
                        + " en, es or pt-BR");
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("'" + tag + "' is not a BCP 47 language tag; expected a tag such as"
                    + " en, es or pt-BR");
        }
    }
}
