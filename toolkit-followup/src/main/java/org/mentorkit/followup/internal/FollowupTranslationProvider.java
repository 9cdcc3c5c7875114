package org.mentorkit.followup.internal;

import java.util.List;
import org.mentorkit.model.i18n.Translation;
import org.mentorkit.model.i18n.TranslationFiles;
import org.mentorkit.model.spi.TranslationProvider;

/**
 * The follow-up module's texts in every built-in language ({@code mail.templates}: the built-in reminder and
 * invitation messages), read from {@code mentorkit-i18n/*.properties} in this module, listed in
 * {@code mentorkit-i18n/followup.index}. The folder is not a package, so the module system lets the registry read it
 * through the opener below.
 */
public final class FollowupTranslationProvider implements TranslationProvider {

    /** The domain of the built-in messages. */
    public static final String MAIL = "mail.templates";

    /** The index of this module's translation files: one {@code <domain>.<tag>} per line. */
    static final String INDEX = "followup.index";

    /** For the {@link java.util.ServiceLoader}. */
    public FollowupTranslationProvider() {
    }

    @Override
    public List<Translation> translations() {
        return TranslationFiles.read(name -> FollowupTranslationProvider.class.getResourceAsStream("/" + name), INDEX);
    }

    @Override
    public boolean builtIn() {
        return true;
    }
}
