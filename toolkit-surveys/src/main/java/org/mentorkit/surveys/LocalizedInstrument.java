package org.mentorkit.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Provenance;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.i18n.Translations;
import org.mentorkit.surveys.internal.InstrumentTexts;

/**
 * An instrument in one language, with how its translation was made. Item ids, option codes, kinds, bounds and
 * conditions are those of the source instrument: only texts change, so responses to any language's form import alike.
 *
 * @param instrument  the instrument with its texts in {@code language} (where a translation has them)
 * @param language    the language asked for
 * @param provenance  how the most specific translation file was made; {@link Provenance#SOURCE} for English and for an
 *                    instrument no translation covers
 * @param translated  whether a translation of the instrument's domain into {@code language} was applied (the
 *                    language is not English and the registry knows the instrument); applying it again changes nothing
 */
public record LocalizedInstrument(Instrument instrument, Language language, Provenance provenance, boolean translated) {

    /** The id of the descriptive item that carries the review mark (see {@link #withReviewMark()}). */
    public static final String REVIEW_NOTE_ID = "mk_translation_note";

    /** The fixed texts of the exports and forms: yes/no, validators, review mark, "Answer if ...". */
    public static final String EXPORT_DOMAIN = "survey.export";

    /**
     * The instrument in {@code language}, from the registered translations ({@link Translations#load()}): the
     * domain {@code survey.instrument.<id>} of the instrument's id. A text is translated only where it is still the
     * English source text of that domain, so a society's edited or added questions stay as written; yes/no labels and
     * the application form's vocabulary suffix come from {@code survey.export}.
     *
     * @param instrument an instrument, built-in or a society's own (which no translation covers: it comes back as
     *                   given, only its yes/no labels in {@code language})
     * @param language   the language wanted
     * @return the instrument in that language, with the provenance of its translation
     */
    public static LocalizedInstrument of(Instrument instrument, Language language) {
        return of(instrument, language, Translations.load());
    }

    /**
     * As {@link #of(Instrument, Language)}, with the given registry (a society's own translations, or a test's).
     *
     * @param instrument   an instrument, built-in or a society's own
     * @param language     the language wanted
     * @param translations the registry to take texts from
     * @return the instrument in that language, with the provenance of its translation
     */
    public static LocalizedInstrument of(Instrument instrument, Language language, Translations translations) {
        Texts common = translations.texts(EXPORT_DOMAIN, language);
        String domain = Instruments.domain(instrument.id());
        boolean known = hasDomain(translations, domain);
        if (!known || language.equals(Language.ENGLISH)) {
            Instrument relabelled = InstrumentTexts.apply(instrument, (key, current) -> current, common.get("yes"),
                    common.get("no"));
            return new LocalizedInstrument(relabelled, language, Provenance.SOURCE, false);
        }
        Texts english = translations.texts(domain, Language.ENGLISH);
        Texts texts = translations.texts(domain, language);
        Map<String, String> source = new java.util.HashMap<>();
        english.keys().forEach(k -> source.put(k, english.get(k)));
        Instrument localized = InstrumentTexts.apply(instrument,
                (key, current) -> current.equals(source.get(key)) ? texts.get(key) : current,
                common.get("yes"), common.get("no"));
        return new LocalizedInstrument(localized, language, texts.provenance(), true);
    }

    /** Whether the registry has texts for the domain (a society's own instrument usually has none). */
    private static boolean hasDomain(Translations translations, String domain) {
        try {
            return !translations.texts(domain, Language.ENGLISH).keys().isEmpty();
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /**
     * Whether exports must say that the texts are a translation not yet validated: the translation applied comes from
     * a file that says {@code @reviewed=false}.
     *
     * @return true when a translation was applied and its file is not marked as reviewed
     */
    public boolean needsReview() {
        return translated && provenance.needsReview();
    }

    /**
     * The review mark in the instrument's language.
     *
     * @return "Machine translation, not yet validated: ..." in {@link #language()}, from {@code survey.export}
     */
    public String reviewMark() {
        return Translations.load().texts(EXPORT_DOMAIN, language).get("review.mark");
    }

    /**
     * The instrument with, when {@link #needsReview()}, a descriptive item {@value #REVIEW_NOTE_ID} first in its first
     * section holding {@link #reviewMark()}: every format shows a descriptive item (SurveyJS as an html element, REDCap
     * as a descriptive field, paper as a paragraph), and none stores an answer for it.
     *
     * @return the marked instrument, or {@link #instrument()} itself when no review is needed
     */
    public Instrument withReviewMark() {
        return needsReview() ? withNote(instrument, reviewMark()) : instrument;
    }

    /**
     * The instrument with a descriptive item {@value #REVIEW_NOTE_ID} holding {@code note} first in its first section.
     *
     * @param instrument the instrument to mark
     * @param note       the text of the descriptive item
     * @return the marked copy; {@code instrument} itself when it has no section
     */
    public static Instrument withNote(Instrument instrument, String note) {
        if (instrument.sections().isEmpty()) {
            return instrument;
        }
        List<Section> sections = new ArrayList<>(instrument.sections());
        Section first = sections.get(0);
        List<Item> items = new ArrayList<>(first.items());
        items.add(0, Item.of(REVIEW_NOTE_ID, ItemKind.DESCRIPTIVE, note, false, List.of()));
        sections.set(0, new Section(first.title(), items));
        return new Instrument(instrument.id(), instrument.title(), instrument.wave(), instrument.respondents(),
                instrument.description(), sections);
    }
}
