package org.mentorkit.matching.internal;

import java.util.List;
import org.mentorkit.model.i18n.Translation;
import org.mentorkit.model.i18n.TranslationFiles;
import org.mentorkit.model.spi.TranslationProvider;

/**
 * The matching module's texts in every built-in language ({@code matching.labels}: the names of new groups), read
 * from {@code mentorkit-i18n/*.properties} in this module, listed in {@code mentorkit-i18n/matching.index}. The folder
 * is not a package, so the module system lets the registry read it through the opener below.
 */
public final class MatchingTranslationProvider implements TranslationProvider {

    /** The domain of the matching module's labels. */
    public static final String LABELS = "matching.labels";

    /** The index of this module's translation files: one {@code <domain>.<tag>} per line. */
    static final String INDEX = "matching.index";

    /** For the {@link java.util.ServiceLoader}. */
    public MatchingTranslationProvider() {
    }

    @Override
    public List<Translation> translations() {
        return TranslationFiles.read(name -> MatchingTranslationProvider.class.getResourceAsStream("/" + name), INDEX);
    }

    @Override
    public boolean builtIn() {
        return true;
    }
}
