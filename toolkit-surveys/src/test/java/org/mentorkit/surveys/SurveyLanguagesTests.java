package org.mentorkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.i18n.Translations;
import org.mentorkit.surveys.internal.forms.AnswerIf;
import org.mentorkit.surveys.exchange.DictionaryImport;
import org.mentorkit.surveys.exchange.RedcapDictionary;
import org.mentorkit.surveys.exchange.RedcapDictionaryReader;
import org.mentorkit.surveys.exchange.SurveyJsSurvey;
import org.mentorkit.surveys.report.Codebook;

/** Issue 15 in the surveys module: the built-in instruments, codebook and export texts in five languages. */
class SurveyLanguagesTests {

    static final List<String> LANGUAGES = List.of("es", "fr", "pt-BR", "de", "ja");

    private static final Translations TRANSLATIONS = Translations.load();

    private static List<String> ownDomains() {
        List<String> domains = new ArrayList<>(Instruments.BUILT_IN_IDS.stream().map(Instruments::domain).toList());
        domains.addAll(List.of(Codebook.DOMAIN, LocalizedInstrument.EXPORT_DOMAIN));
        return domains;
    }

    @Test
    void everyDomainIsCompleteInTheFiveLanguagesAndMarkedForReview() {
        assertThat(TRANSLATIONS.check()).filteredOn(gap -> ownDomains().contains(gap.domain()))
                .extracting(g -> g.describe()).isEmpty();
        for (String tag : LANGUAGES) {
            for (String domain : ownDomains()) {
                Texts texts = TRANSLATIONS.texts(domain, Language.of(tag));
                assertThat(texts.keys()).as(domain + " " + tag).allSatisfy(k -> assertThat(texts.isFallback(k))
                        .as(tag + " " + domain + " " + k).isFalse());
                assertThat(texts.provenance().needsReview()).as(domain + " " + tag).isTrue();
                assertThat(texts.provenance().method()).contains("machine translation");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "pt-BR", "de", "ja"})
    void everyBuiltInInstrumentIsTranslatedWithItsIdsCodesAndRulesUnchanged(String tag) {
        Language language = Language.of(tag);
        for (Instrument english : Instruments.builtIn()) {
            LocalizedInstrument localized = LocalizedInstrument.of(english, language);
            Instrument translated = localized.instrument();
            assertThat(localized.needsReview()).isTrue();
            assertThat(translated.title()).as(tag + " " + english.id()).isNotEqualTo(english.title());
            assertThat(translated.description()).isNotEqualTo(english.description());
            assertThat(translated.items()).hasSameSizeAs(english.items());
            for (int i = 0; i < english.items().size(); i++) {
                Item en = english.items().get(i);
                Item it = translated.items().get(i);
                assertThat(it.text()).as(tag + " " + en.id()).isNotEqualTo(en.text());
                assertThat(List.of(it.id(), it.kind(), it.showIf(), it.bounds(), it.required(), it.pairingKey()))
                        .isEqualTo(List.of(en.id(), en.kind(), en.showIf(), en.bounds(), en.required(), en.pairingKey()));
                assertThat(it.choices()).extracting(Choice::code).isEqualTo(en.choices().stream().map(Choice::code).toList());
            }
            assertThat(InstrumentValidator.problems(translated, tag)).isEmpty();
        }
    }

    @Test
    void aSocietysEditedQuestionStaysAsWrittenWhileTheRestIsTranslated() {
        Instrument pre = Instruments.builtIn("pre-program").orElseThrow();
        List<Section> sections = new ArrayList<>(pre.sections());
        List<Item> items = new ArrayList<>(sections.get(0).items());
        Item talk = items.get(1);
        items.set(1, new Item(talk.id(), talk.kind(), "Our own wording of the talk question", "", true, null, null, null,
                "", 0, "signature_talk"));
        sections.set(0, new Section(sections.get(0).title(), items));
        Instrument edited = new Instrument(pre.id(), pre.title(), pre.wave(), pre.description(), sections);
        Instrument spanish = LocalizedInstrument.of(edited, Language.of("es")).instrument();
        assertThat(spanish.item("signature_talk").orElseThrow().text()).isEqualTo("Our own wording of the talk question");
        assertThat(spanish.item("signature_talk").orElseThrow().choices()).extracting(Choice::label)
                .containsExactly("Sí", "No");
        assertThat(spanish.item("leadership_role").orElseThrow().text()).startsWith("¿Ocupa un cargo de liderazgo");
    }

    @Test
    void anInstrumentNoTranslationKnowsStaysEnglishWithoutAReviewMark() {
        Instrument own = new Instrument("our-survey", "Our survey", Wave.CUSTOM, "", List.of(new Section("",
                List.of(Item.of("q1", ItemKind.YES_NO, "Did it help?", true, null)))));
        LocalizedInstrument french = LocalizedInstrument.of(own, Language.of("fr"));
        assertThat(french.needsReview()).isFalse();
        assertThat(french.withReviewMark()).isEqualTo(french.instrument());
        assertThat(french.instrument().items().get(0).text()).isEqualTo("Did it help?");
        assertThat(french.instrument().items().get(0).choices()).extracting(Choice::label).containsExactly("Oui", "Non");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "pt-BR", "de", "ja"})
    void theSurveyJsExportHasEveryQuestionTitleInTheLanguageAndTheReviewMark(String tag) {
        Language language = Language.of(tag);
        for (String id : Instruments.BUILT_IN_IDS) {
            Instrument english = Instruments.builtIn(id).orElseThrow();
            Texts texts = TRANSLATIONS.texts(Instruments.domain(id), language);
            JsonObject survey = parse(SurveyJsSurvey.write(List.of(LocalizedInstrument.of(english, language))));
            assertThat(survey.getString("locale")).isEqualTo(tag.toLowerCase(java.util.Locale.ROOT));
            assertThat(survey.getString("title")).isEqualTo(texts.get("title"));
            List<JsonObject> elements = elements(survey);
            JsonObject note = elements.get(0);
            assertThat(note.getString("type")).isEqualTo("html");
            assertThat(note.getString("html")).contains(TRANSLATIONS.texts(LocalizedInstrument.EXPORT_DOMAIN, language)
                    .get("review.mark"));
            for (JsonObject element : elements.subList(1, elements.size())) {
                String name = element.getString("name");
                if (name.equals(SurveyJsSurvey.PARTICIPANT_ID)) { // the application form's code question
                    assertThat(element.getString("title")).isEqualTo(TRANSLATIONS.texts(LocalizedInstrument.EXPORT_DOMAIN,
                            language).get("participant_code.title"));
                    continue;
                }
                assertThat(element.getString("title")).as(tag + " " + id + " " + name)
                        .isEqualTo(texts.get("items." + name + ".text"))
                        .isNotEqualTo(english.item(name).orElseThrow().text());
                if (element.containsKey("choices")) {
                    for (JsonValue choice : element.getJsonArray("choices")) {
                        JsonObject c = choice.asJsonObject();
                        assertThat(c.getString("text")).isEqualTo(texts.get("items." + name + ".options." + c.getString("value")));
                    }
                }
            }
        }
    }

    @Test
    void oneSurveyInSeveralLanguagesUsesSurveyJsLocalizableStrings() {
        Instrument mid = Instruments.builtIn("mid-program").orElseThrow();
        List<LocalizedInstrument> versions = Stream.of("es", "fr", "en")
                .map(t -> LocalizedInstrument.of(mid, Language.of(t))).toList();
        JsonObject survey = parse(SurveyJsSurvey.write(versions));
        assertThat(survey.getString("locale")).isEqualTo("es");
        JsonObject title = survey.getJsonObject("title");
        assertThat(title.getString("default")).isEqualTo("Seguimiento a mitad del programa");
        assertThat(title.getString("es")).isEqualTo("Seguimiento a mitad del programa");
        assertThat(title.getString("fr")).isEqualTo("Point à mi-parcours");
        assertThat(title.getString("en")).isEqualTo("Half-way check-in");
        JsonObject problem = elements(survey).stream().filter(e -> e.getString("name").equals("scheduling_problem"))
                .findFirst().orElseThrow();
        assertThat(problem.getJsonObject("labelTrue").getString("fr")).isEqualTo("Oui");
        assertThat(problem.getString("valueTrue")).isEqualTo("1");
        JsonObject note = elements(survey).get(0).getJsonObject("html");
        assertThat(note.getString("es")).contains("Traducción automática");
        assertThat(note.getString("en")).contains("The es, fr versions of this survey are machine translations");
        JsonObject sessions = elements(survey).stream().filter(e -> e.getString("name").equals("sessions_so_far"))
                .findFirst().orElseThrow();
        assertThat(sessions.getJsonArray("validators").getJsonObject(0).getJsonObject("text").getString("fr"))
                .isEqualTo("Saisissez un nombre de 0 à 6.");
    }

    @Test
    void theEnglishSurveyJsExportIsThePlainOneWithoutLocaleOrMark() {
        Instrument post = Instruments.builtIn("post-program").orElseThrow();
        String json = SurveyJsSurvey.write(post);
        assertThat(json).isEqualTo(SurveyJsSurvey.write(List.of(LocalizedInstrument.of(post, Language.ENGLISH))));
        JsonObject survey = parse(json);
        assertThat(survey.containsKey("locale")).isFalse();
        assertThat(elements(survey)).extracting(e -> e.getString("name")).doesNotContain(LocalizedInstrument.REVIEW_NOTE_ID);
    }

    @Test
    void theRedcapDictionaryInSpanishHasSpanishLabelsTheReviewFieldAndTheSameVariables() throws Exception {
        Instrument post = Instruments.builtIn("post-program").orElseThrow();
        LocalizedInstrument spanish = LocalizedInstrument.of(post, Language.of("es"));
        String csv = RedcapDictionary.write(spanish.withReviewMark());
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            rows = parser.getRecords();
        }
        assertThat(rows.get(1).get(0)).isEqualTo("record_id");
        assertThat(rows.get(2).get(0)).isEqualTo(LocalizedInstrument.REVIEW_NOTE_ID);
        assertThat(rows.get(2).get(3)).isEqualTo("descriptive");
        assertThat(rows.get(2).get(4)).startsWith("Traducción automática, aún no validada");
        Map<String, String> labels = new java.util.HashMap<>();
        rows.forEach(r -> labels.put(r.get(0), r.get(4)));
        assertThat(labels.get("positive_impact")).isEqualTo("Participar tuvo un impacto positivo en mi perfil profesional,"
                + " mi carrera y mi red de contactos.");
        assertThat(rows.stream().filter(r -> r.get(0).equals("positive_impact")).findFirst().orElseThrow().get(5))
                .isEqualTo("1, Totalmente en desacuerdo | 2, En desacuerdo | 3, Ni de acuerdo ni en desacuerdo | 4, De acuerdo"
                        + " | 5, Totalmente de acuerdo");
        DictionaryImport back = RedcapDictionaryReader.parse(csv, "post.es.csv");
        Instrument read = back.instruments().get(0);
        assertThat(read.items().stream().filter(i -> i.kind() != ItemKind.DESCRIPTIVE).map(Item::id).toList())
                .isEqualTo(post.items().stream().map(Item::id).toList());
    }

    @Test
    void paperFormsSayWhenAConditionalQuestionAppliesInTheLanguage() {
        Instrument mid = LocalizedInstrument.of(Instruments.builtIn("mid-program").orElseThrow(), Language.of("es"))
                .instrument();
        Item help = mid.item("scheduling_help").orElseThrow();
        assertThat(AnswerIf.text(mid, help, Language.of("es"))).isEqualTo("Responda si respondió Sí a la pregunta 3");
        Instrument pre = LocalizedInstrument.of(Instruments.builtIn("pre-program").orElseThrow(), Language.of("ja"))
                .instrument();
        assertThat(AnswerIf.text(pre, pre.item("topics_wanted_other").orElseThrow(), Language.of("ja")))
                .isEqualTo("5で「その他」を選んだ場合に回答してください");
    }

    @Test
    void theMarkdownQuestionnaireIsInTheLanguage() {
        Instrument mid = LocalizedInstrument.of(Instruments.builtIn("mid-program").orElseThrow(), Language.of("fr"))
                .withReviewMark();
        String md = org.mentorkit.surveys.exchange.MarkdownInstrument.write(mid, Language.of("fr"));
        assertThat(md).contains("# Point à mi-parcours").contains("Instrument `mid-program`, vague MID.")
                .contains("Traduction automatique, pas encore validée")
                .contains("1. À combien de séances de groupe").contains("*(obligatoire)*")
                .contains("`sessions_so_far` nombre de 0 à 6").contains("`group_working` échelle en 5 points")
                .contains("*Répondez si vous avez répondu Oui à la question 3.*")
                .doesNotContain("required").doesNotContain("shown if").doesNotContain("Answer if");
    }

    @Test
    void theApplicationFormOfAProgramInALanguageKeepsTheProgramsOwnVocabularyLabels() {
        org.mentorkit.model.Program program = org.mentorkit.model.io.ModelFiles.readProgram(PilotData.DIR.resolve("program.json"));
        Instrument english = Instruments.application(program);
        Instrument german = Instruments.application(program, Language.of("de"));
        assertThat(german.title()).isEqualTo("Bewerbung: " + program.name());
        assertThat(german.item("mentor_gender").orElseThrow().text())
                .isEqualTo("Wünschen Sie sich eine Mentorin oder einen Mentor eines bestimmten Geschlechts?");
        assertThat(german.item("mentor_gender").orElseThrow().choices().get(0).label()).isEqualTo("Keine Präferenz");
        for (Item item : english.items()) {
            Item de = german.item(item.id()).orElseThrow();
            assertThat(de.choices()).extracting(Choice::code).isEqualTo(item.choices().stream().map(Choice::code).toList());
        }
        assertThat(LocalizedInstrument.of(german, Language.of("de")).instrument()).isEqualTo(german);
    }

    @Test
    void theCodebooksThemeLabelsAreTranslatedAndItsPatternsKept() {
        Codebook english = Codebook.defaults();
        Codebook french = english.labelled(Language.of("fr"));
        assertThat(french.themes()).extracting(t -> t.id()).isEqualTo(english.themes().stream().map(t -> t.id()).toList());
        assertThat(french.themes().get(1).label()).isEqualTo("Soutien entre pairs");
        assertThat(french.themes().get(1).patterns()).isEqualTo(english.themes().get(1).patterns());
    }

    static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    static List<JsonObject> elements(JsonObject survey) {
        return survey.getJsonArray("pages").stream().flatMap(p -> p.asJsonObject().getJsonArray("elements").stream())
                .map(JsonValue::asJsonObject).toList();
    }
}
