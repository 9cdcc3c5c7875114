package org.mentorkit.model.i18n;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The texts of one domain (a coherent set such as {@code packet.labels} or {@code survey.instrument.pre-program}) in
 * one language, as one provider supplies them. The English translation of a domain defines its keys.
 *
 * @param domain     the domain: lower-case words joined by dots
 * @param language   the language of the texts
 * @param texts      key to text; texts are ICU MessageFormat patterns with named arguments where they take any
 * @param provenance how the texts were made
 */
public record Translation(String domain, Language language, Map<String, String> texts, Provenance provenance) {

    /**
     * Checks the parts and copies the texts, sorted by key.
     *
     * @param domain     the domain, e.g. {@code packet.labels}
     * @param language   the language of the texts
     * @param texts      key to ICU MessageFormat pattern
     * @param provenance how the texts were made
     */
    public Translation {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(provenance, "provenance");
        if (!domain.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("translation domain '" + domain
                    + "' must be lower-case words joined by '.' or '-', e.g. packet.labels");
        }
        texts = Map.copyOf(new TreeMap<>(Objects.requireNonNull(texts, "texts")));
    }
}
