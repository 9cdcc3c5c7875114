package org.mentorkit.surveys.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Provenance;
import org.mentorkit.model.i18n.Translation;
import org.mentorkit.model.i18n.TranslationFiles;
import org.mentorkit.model.spi.TranslationProvider;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.report.Codebook;

/**
 * The surveys module's texts: the built-in instruments ({@code survey.instrument.<id>}), the codebook's theme labels
 * ({@code survey.codebook}), the exports' fixed texts ({@code survey.export}) and the evaluation report's wording
 * ({@code report.evaluation}). The English texts of the instruments and the codebook are their JSON files themselves
 * (so the two can never disagree); every other file is listed in {@code mentorkit-i18n/surveys.index}.
 */
public final class SurveyTranslationProvider implements TranslationProvider {

    /** The index of this module's translation files. */
    static final String INDEX = "surveys.index";

    /** Public for ServiceLoader on the class path. */
    public SurveyTranslationProvider() {
    }

    @Override
    public boolean builtIn() {
        return true;
    }

    @Override
    public List<Translation> translations() {
        List<Translation> all = new ArrayList<>();
        for (String id : Instruments.BUILT_IN_IDS) {
            all.add(new Translation(Instruments.domain(id), Language.ENGLISH,
                    InstrumentTexts.of(Instruments.builtIn(id).orElseThrow()), Provenance.SOURCE));
        }
        Map<String, String> themes = new LinkedHashMap<>();
        Codebook.defaults().themes().forEach(t -> themes.put("themes." + t.id() + ".label", t.label()));
        all.add(new Translation(Codebook.DOMAIN, Language.ENGLISH, themes, Provenance.SOURCE));
        all.addAll(TranslationFiles.read(name -> SurveyTranslationProvider.class.getResourceAsStream("/" + name), INDEX));
        return all;
    }
}
