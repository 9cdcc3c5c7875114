package org.mentorkit.curriculum.spi;

import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.model.i18n.Language;

/**
 * Supplies a curriculum, so that a society can ship its own in a jar or JPMS module without forking mentorkit.
 * Declare an implementation with {@code provides org.mentorkit.curriculum.spi.CurriculumProvider with ...} in
 * module-info (or a {@code META-INF/services} file on the class path); it needs a public no-argument constructor.
 */
public interface CurriculumProvider {

    /**
     * Names the curriculum without loading it, so a registry can list providers cheaply.
     *
     * @return the id the curriculum is listed and chosen by; the same as {@link Curriculum#id()} of what it returns
     */
    String id();

    /**
     * Supplies the curriculum in its own language. Called each time it is asked for, so a provider may read it lazily.
     *
     * @return the curriculum; the registry validates it before use and reports a provider's invalid curriculum as an
     *         error naming the provider
     */
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
