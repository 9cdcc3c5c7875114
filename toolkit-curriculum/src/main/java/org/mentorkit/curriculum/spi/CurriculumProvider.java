package org.mentorkit.curriculum.spi;

import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.model.i18n.Language;

/**
 * Supplies a curriculum, so that a society can ship its own in a jar or JPMS module without forking mentorkit.
 * Declare an implementation with {@code provides org.mentorkit.curriculum.spi.CurriculumProvider with ...} in
 * module-info (or a {@code META-INF/services} file on the class path); it needs a public no-argument constructor.
 */
public interface CurriculumProvider {

    /** The id the curriculum is listed and chosen by; the same as {@link Curriculum#id()} of what it returns. */
    String id();

    /** The curriculum. Called when it is asked for; it is validated by the registry before use. */
    Curriculum curriculum();

    /**
     * The curriculum for a program held in {@code language}. A provider that has its texts in several languages
     * returns the one asked for (and says which in {@link Curriculum#language()}); by default the curriculum keeps its
     * own texts and language, whatever the program's language.
     *
     * @param language the program's language
     * @return the curriculum; it is validated by the registry before use
     */
    default Curriculum curriculum(Language language) {
        return curriculum();
    }
}
