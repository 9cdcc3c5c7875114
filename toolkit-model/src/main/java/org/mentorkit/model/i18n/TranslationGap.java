package org.mentorkit.model.i18n;

import java.util.List;

/**
 * What one language lacks or has too many of in one domain, against the English texts that define the keys.
 *
 * @param domain   the domain
 * @param language the language checked
 * @param missing  keys English has and this language lacks (English text is shown for them)
 * @param extra    keys this language has and English lacks (never shown: usually a typo or a removed text)
 */
public record TranslationGap(String domain, Language language, List<String> missing, List<String> extra) {

    /**
     * Copies the key lists.
     *
     * @param domain   the domain checked
     * @param language the language checked
     * @param missing  keys English has and this language lacks
     * @param extra    keys this language has and English lacks
     */
    public TranslationGap {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    /** @return one line for a coordinator: domain, language and the keys */
    public String describe() {
        StringBuilder line = new StringBuilder(language.tag()).append(' ').append(domain).append(':');
        if (!missing.isEmpty()) {
            line.append(' ').append(missing.size()).append(" missing (").append(String.join(", ", missing)).append(')');
        }
        if (!extra.isEmpty()) {
            line.append(' ').append(extra.size()).append(" extra (").append(String.join(", ", extra)).append(')');
        }
        return line.toString();
    }
}
