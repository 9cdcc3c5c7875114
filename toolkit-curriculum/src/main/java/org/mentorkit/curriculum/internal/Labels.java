package org.mentorkit.curriculum.internal;

import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.i18n.Translations;

/** The curriculum module's fixed texts by domain and language (the registry merges each pair once). */
public final class Labels {

    /** The built-in curriculum's texts, keyed as {@link CurriculumTranslation} derives them. */
    public static final String DEFAULT_CURRICULUM = "curriculum.default";
    /** Session guide labels ({@code CurriculumMarkdown}) and the "session N" of session references. */
    public static final String CURRICULUM = "curriculum.labels";
    /** Calendar (.ics) summaries and descriptions. */
    public static final String CALENDAR = "calendar.labels";
    /** schedule.md and members' local times. */
    public static final String SCHEDULE = "schedule.labels";

    private Labels() {
    }

    /** The texts of {@code domain} in {@code language}, with the registry's fallbacks (pt-BR, pt, en). */
    public static Texts of(String domain, Language language) {
        return Translations.load().texts(domain, language);
    }

    /**
     * The language of a curriculum's {@code language} field; English when it is not a usable tag (the curriculum rules
     * reject such a curriculum, so this only protects text shown from a curriculum that was never checked).
     */
    public static Language languageOf(String tag) {
        try {
            return Language.of(tag);
        } catch (IllegalArgumentException e) {
            return Language.ENGLISH;
        }
    }
}
