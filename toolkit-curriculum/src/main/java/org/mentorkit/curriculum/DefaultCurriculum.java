package org.mentorkit.curriculum;

import java.util.List;
import org.mentorkit.curriculum.internal.BuiltInCurricula;
import org.mentorkit.curriculum.internal.CurriculumTranslation;
import org.mentorkit.curriculum.internal.Labels;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.i18n.Translation;
import org.mentorkit.model.i18n.Translations;

/**
 * The built-in six-session curriculum for a six-month facilitated peer-mentorship program: three sessions with the
 * mentor and three among peers, from the kickoff and group compact to career planning and a closing reflection.
 * Written in English and translated into the built-in languages (translation domain {@code curriculum.default}); a
 * society's translation plug-in can correct those texts or add a language.
 */
public final class DefaultCurriculum {

    /** The id the default curriculum is listed by. */
    public static final String ID = "mentorkit-peer-6";

    private DefaultCurriculum() {
    }

    /**
     * The default curriculum in English, read and validated from the module's JSON resource on each call.
     *
     * @return the curriculum, with id {@link #ID} and language {@code en}
     */
    public static Curriculum load() {
        return CurriculumFiles.parse(BuiltInCurricula.defaultJson(), "built-in default-curriculum.json");
    }

    /**
     * The default curriculum in a language: the English curriculum with every text of the language's translation
     * ({@code pt-BR}, then {@code pt}, then English for a text a translation lacks). Its {@link Curriculum#language()}
     * is the most specific language that has a translation ({@code es} for {@code es-MX}; {@code en} for a language
     * without one). Timings, formats, competencies, resource titles and links are those of the English curriculum.
     *
     * @param language the language wanted
     * @return the curriculum, validated
     */
    public static Curriculum load(Language language) {
        return load(language, Translations.load());
    }

    /**
     * The default curriculum in a language, with the texts of the given translations (for an embedding application
     * that loads translation plug-ins in its own class loader, and for tests): as {@link #load(Language)}.
     *
     * @param language     the language wanted
     * @param translations the translations to take the texts from
     * @return the curriculum, validated
     */
    public static Curriculum load(Language language, Translations translations) {
        Curriculum english = load();
        Language supplied = suppliedLanguage(translations.translations(Labels.DEFAULT_CURRICULUM), language);
        if (supplied.equals(Language.ENGLISH)) {
            return english;
        }
        Texts texts = translations.texts(Labels.DEFAULT_CURRICULUM, language);
        java.util.Map<String, String> translated = new java.util.HashMap<>();
        texts.keys().forEach(key -> translated.put(key, texts.get(key)));
        Curriculum curriculum = CurriculumTranslation.translate(english, translated, supplied.tag());
        return CurriculumRules.requireValid(curriculum, "built-in curriculum '" + ID + "' in " + supplied.tag());
    }

    /**
     * How the texts of a curriculum built from this one were translated, when that translation still awaits a native
     * speaker's review: documents showing the texts say so. Empty for English, for a reviewed translation, and for
     * another curriculum (an overlay that renames the curriculum takes its texts over as its own).
     *
     * @param curriculum a curriculum
     * @return the provenance of the unreviewed translation of its texts, if any
     */
    public static java.util.Optional<org.mentorkit.model.i18n.Provenance> translationToReview(Curriculum curriculum) {
        if (!curriculum.id().equals(ID) || curriculum.language().isBlank() || curriculum.language().equals("en")) {
            return java.util.Optional.empty();
        }
        Language language = Labels.languageOf(curriculum.language());
        return Translations.load().translations(Labels.DEFAULT_CURRICULUM).stream()
                .filter(t -> t.language().equals(language)).map(Translation::provenance)
                .filter(org.mentorkit.model.i18n.Provenance::needsReview).findFirst();
    }

    /** The first language of {@code wanted}'s fallback chain that some translation of the curriculum is in. */
    static Language suppliedLanguage(List<Translation> translations, Language wanted) {
        for (Language step : wanted.fallbacks()) {
            if (translations.stream().anyMatch(t -> t.language().equals(step))) {
                return step;
            }
        }
        return Language.ENGLISH;
    }
}
