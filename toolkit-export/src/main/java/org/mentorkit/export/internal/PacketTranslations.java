package org.mentorkit.export.internal;

import java.util.List;
import org.mentorkit.model.i18n.Translation;
import org.mentorkit.model.i18n.TranslationFiles;
import org.mentorkit.model.spi.TranslationProvider;

/**
 * The packet's built-in texts in every language: {@code mentorkit-i18n/packet.*.<tag>.properties} in this module,
 * listed in {@code mentorkit-i18n/toolkit-export.index}. The folder name is not a legal package name, so the JPMS
 * does not encapsulate it; the opener reads through this class anyway, which works on both paths.
 */
public final class PacketTranslations implements TranslationProvider {

    /** The index of this module's translation files. */
    static final String INDEX = "toolkit-export.index";

    /** Called by {@link java.util.ServiceLoader}. */
    public PacketTranslations() {
    }

    @Override
    public List<Translation> translations() {
        return TranslationFiles.read(name -> PacketTranslations.class.getResourceAsStream("/" + name), INDEX);
    }

    @Override
    public boolean builtIn() {
        return true;
    }
}
