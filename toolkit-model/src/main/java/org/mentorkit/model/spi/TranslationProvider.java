package org.mentorkit.model.spi;

import java.util.List;
import org.mentorkit.model.i18n.Translation;

/**
 * Supplies texts in one or more languages, so that a society can correct a built-in translation or add its own
 * language without forking mentorkit. Declare an implementation with {@code provides
 * org.mentorkit.model.spi.TranslationProvider with ...} in module-info (or a {@code META-INF/services} file on the
 * class path); it needs a public no-argument constructor.
 *
 * <p>Texts from a plug-in override the built-in texts of the same domain, language and key; keys a plug-in does not
 * give keep the built-in text. {@link org.mentorkit.model.i18n.TranslationFiles} reads properties files for a provider.
 */
public interface TranslationProvider {

    /**
     * The translations this provider supplies. Called once per registry load.
     *
     * @return the translations, each one domain in one language
     */
    List<Translation> translations();

    /**
     * Whether this provider ships with mentorkit. Built-in providers are read first, so that plug-ins override them.
     *
     * @return false for a society's plug-in (the default)
     */
    default boolean builtIn() {
        return false;
    }
}
