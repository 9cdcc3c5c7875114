package org.mentorkit.curriculum.internal;

import java.util.List;
import org.mentorkit.model.i18n.Translation;
import org.mentorkit.model.i18n.TranslationFiles;
import org.mentorkit.model.spi.TranslationProvider;

/**
 * The curriculum module's texts in every built-in language: the default curriculum ({@code curriculum.default}), the
 * session guide's labels ({@code curriculum.labels}), calendar labels ({@code calendar.labels}) and schedule labels
 * ({@code schedule.labels}), read from {@code mentorkit-i18n/*.properties} in this module (a folder that is not a
 * package, so the module system lets the registry read it through the opener below).
 */
public final class CurriculumTranslationProvider implements TranslationProvider {

    /** The index of this module's translation files (in {@code mentorkit-i18n/}): one {@code <domain>.<tag>} per line. */
    public static final String INDEX = "curriculum.index";

    /** For the {@link java.util.ServiceLoader}. */
    public CurriculumTranslationProvider() {
    }

    @Override
    public List<Translation> translations() {
        return TranslationFiles.read(name -> CurriculumTranslationProvider.class.getResourceAsStream("/" + name), INDEX);
    }

    @Override
    public boolean builtIn() {
        return true;
    }
}
