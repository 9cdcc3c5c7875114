package org.mentorkit.model.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of one domain in one language, with English standing in for any key the language lacks.
 *
 * <p>{@link #get} gives a text as written; {@link #format} treats it as an ICU MessageFormat pattern with named
 * arguments ({@code "Page {page} of {pages}"}, {@code "{count, plural, one {# group} other {# groups}}"}), formatted
 * by the language's locale. Instances are immutable and safe to share between threads.
 */
public final class Texts {

    private final String domain;
    private final Language language;
    private final Map<String, String> texts;
    private final Map<String, Provenance> sources;
    private final Set<String> fallbacks;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    Texts(String domain, Language language, Map<String, String> texts, Map<String, Provenance> sources,
            Set<String> fallbacks) {
        this.domain = domain;
        this.language = language;
        this.texts = Map.copyOf(texts);
        this.sources = Map.copyOf(sources);
        this.fallbacks = Set.copyOf(fallbacks);
    }

    /**
     * The text of a key as written, without formatting.
     *
     * @param key the key, as in the English file
     * @return the text in this language, or the English text when this language lacks the key
     * @throws IllegalArgumentException when the domain has no such key at all (a mistake in the calling code)
     */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no text '" + key + "' in translation domain '" + domain + "'");
        }
        return text;
    }

    /**
     * Whether the domain has a text for a key, in this language or in English.
     *
     * @param key the key
     * @return true when {@link #get} would return a text
     */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /**
     * Formats a key's text with named arguments.
     *
     * @param key       the key
     * @param arguments argument name to value; numbers are formatted by the language's locale
     * @return the formatted text
     * @throws IllegalArgumentException when the key is unknown or its text is not a valid pattern
     */
    public String format(String key, Map<String, ?> arguments) {
        MessageFormat format = formats.computeIfAbsent(key, this::compile);
        synchronized (format) { // ICU MessageFormat is not thread-safe
            return format.format(arguments);
        }
    }

    /**
     * Formats a key's text with named arguments given as pairs.
     *
     * @param key           the key
     * @param namesAndValues argument names and values, alternating: {@code "page", 3, "pages", 10}
     * @return the formatted text
     * @throws IllegalArgumentException when the key is unknown, its text is not a valid pattern, or the pairs are odd
     */
    public String format(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments of '" + key + "' must come in name, value pairs");
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return format(key, arguments);
    }

    /** @return the language these texts are in (English for keys it lacks: see {@link #isFallback}) */
    public Language language() {
        return language;
    }

    /** @return the domain */
    public String domain() {
        return domain;
    }

    /** @return every key of the domain, sorted */
    public Set<String> keys() {
        return new TreeSet<>(texts.keySet());
    }

    /**
     * Whether a key's text is the English one because this language lacks it.
     *
     * @param key the key
     * @return true when the text shown for the key is a fallback
     */
    public boolean isFallback(String key) {
        return fallbacks.contains(key);
    }

    /**
     * How the text of one key was made.
     *
     * @param key the key
     * @return the provenance of the translation that supplied it
     */
    public Provenance provenance(String key) {
        get(key);
        return sources.get(key);
    }

    /**
     * How these texts were made, as a whole: the provenance of a translation that still needs review if any key comes
     * from one (so that a partly reviewed text is never presented as reviewed), otherwise that of the most specific
     * translation used.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        Provenance mostSpecific = Provenance.SOURCE;
        for (Provenance p : sources.values()) {
            if (p.needsReview()) {
                return p;
            }
            if (p != Provenance.SOURCE) {
                mostSpecific = p;
            }
        }
        return mostSpecific;
    }

    private MessageFormat compile(String key) {
        try {
            return new MessageFormat(get(key), ULocale.forLocale(language.locale()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("text '" + key + "' of translation domain '" + domain + "' in "
                    + language.tag() + " is not a valid message pattern: " + e.getMessage(), e);
        }
    }
}
