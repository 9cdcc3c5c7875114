package org.mentorkit.surveys.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.surveys.ImportOptions;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.LocalizedInstrument;
import org.mentorkit.surveys.PilotData;
import org.mentorkit.surveys.Response;
import org.mentorkit.surveys.ResponseFormat;
import org.mentorkit.surveys.ResponseImporter;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.exchange.RedcapDictionary;
import org.mentorkit.surveys.exchange.RedcapDictionaryReader;
import org.mentorkit.surveys.exchange.SurveyJsSurvey;

/**
 * Issue 15: imports are language-independent. The pilot's answers, given to the SPANISH instruments (the dictionary
 * and survey exported in Spanish) and exported the way REDCap and SurveyJS export them, give the published figures.
 * The files are built from the Spanish exports and written by Commons CSV / jakarta.json, not by our writers.
 */
class SpanishInstrumentsTests {

    private static final Language SPANISH = Language.of("es");
    private static final Cohort COHORT = PilotData.cohort();
    private static final ImportOptions OPTIONS = ImportOptions.defaults().withKnownParticipants(PilotData.ids(COHORT));
    private static final ResponseSet PRE = PilotData.pre(COHORT);
    private static final ResponseSet POST = PilotData.post(COHORT);

    /** The Spanish form as REDCap holds it: the Spanish dictionary read back (with its review field). */
    private static Instrument spanishForm(String id) {
        LocalizedInstrument es = LocalizedInstrument.of(Instruments.builtIn(id).orElseThrow(), SPANISH);
        return RedcapDictionaryReader.parse(RedcapDictionary.write(es.withReviewMark()), id + ".es.csv").instruments().get(0);
    }

    /**
     * The Spanish form's labels, yes/no included ("Sí"/"No"): REDCap labels its yes/no fields in its own interface
     * language, which for a Spanish REDCap was not checked; the import accepts both ours and the English ones.
     */
    private static Instrument spanishLabels(String id) {
        Instrument form = spanishForm(id);
        assertThat(form).isEqualTo(RedcapDictionaryReader.parse(RedcapDictionary.write(form), id).instruments().get(0));
        return LocalizedInstrument.of(Instruments.builtIn(id).orElseThrow(), SPANISH).withReviewMark();
    }

    @Test
    void aRedcapLabelExportOfTheSpanishFormsGivesThePublishedFigures() throws Exception {
        Instrument pre = Instruments.builtIn("pre-program").orElseThrow();
        Instrument post = Instruments.builtIn("post-program").orElseThrow();
        ResponseSet preBack = ResponseImporter.parse(pre, labelExport(spanishLabels("pre-program"), PRE), "pre.es.csv",
                ResponseFormat.AUTO, OPTIONS);
        ResponseSet postBack = ResponseImporter.parse(post, labelExport(spanishLabels("post-program"), POST),
                "post.es.csv", ResponseFormat.AUTO, OPTIONS);
        assertThat(PilotRoutesTests.figures(preBack, postBack)).isEqualTo(PilotRoutesTests.PUBLISHED);
        assertSameAnswers(preBack, PRE);
        assertSameAnswers(postBack, POST);
    }

    @Test
    void rawRecordsOfTheSpanishProjectImportThroughTheEnglishAndTheSpanishInstrument() throws Exception {
        for (String id : List.of("pre-program", "post-program")) {
            ResponseSet english = id.startsWith("pre") ? PRE : POST;
            Instrument spanish = spanishForm(id);
            String raw = rawExport(spanish, english);
            ResponseSet viaEnglish = ResponseImporter.parse(Instruments.builtIn(id).orElseThrow(), raw, id + ".csv",
                    ResponseFormat.AUTO, OPTIONS);
            ResponseSet viaSpanish = ResponseImporter.parse(spanish, raw, id + ".csv", ResponseFormat.AUTO, OPTIONS);
            assertSameAnswers(viaEnglish, english);
            assertSameAnswers(viaSpanish, english);
        }
        assertThat(PilotRoutesTests.figures(
                ResponseImporter.parse(Instruments.builtIn("pre-program").orElseThrow(),
                        rawExport(spanishForm("pre-program"), PRE), "pre.csv", ResponseFormat.AUTO, OPTIONS),
                ResponseImporter.parse(Instruments.builtIn("post-program").orElseThrow(),
                        rawExport(spanishForm("post-program"), POST), "post.csv", ResponseFormat.AUTO, OPTIONS)))
                .isEqualTo(PilotRoutesTests.PUBLISHED);
    }

    @Test
    void surveyJsResultsOfTheSpanishSurveysGiveThePublishedFigures() {
        List<ResponseSet> back = new ArrayList<>();
        for (ResponseSet set : List.of(PRE, POST)) {
            Instrument english = set.instrument();
            JsonObject survey = Json.createReader(new StringReader(SurveyJsSurvey.write(List.of(
                    LocalizedInstrument.of(english, SPANISH))))).readObject();
            String results = surveyJsResults(survey, set);
            back.add(ResponseImporter.parse(english, results, english.id() + ".json", ResponseFormat.AUTO, OPTIONS));
        }
        assertThat(PilotRoutesTests.figures(back.get(0), back.get(1))).isEqualTo(PilotRoutesTests.PUBLISHED);
        assertSameAnswers(back.get(0), PRE);
        assertSameAnswers(back.get(1), POST);
    }

    private static void assertSameAnswers(ResponseSet actual, ResponseSet expected) {
        assertThat(actual.responses()).extracting(Response::participantId)
                .isEqualTo(expected.responses().stream().map(Response::participantId).toList());
        for (int i = 0; i < expected.responses().size(); i++) {
            assertThat(actual.responses().get(i).answers()).isEqualTo(expected.responses().get(i).answers());
        }
    }

    /**
     * A REDCap "labels" export of the Spanish form: headers are the field labels (checkboxes {@code Label
     * (choice=Option)}), values the choice labels in Spanish. REDCap's own words (Checked/Unchecked, Complete?) stay
     * as REDCap writes them in English; what a REDCap whose interface is in Spanish writes there was not checked.
     */
    private static String labelExport(Instrument spanish, ResponseSet set) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Record ID"));
        for (Item item : answerable(spanish)) {
            if (item.kind() == ItemKind.MULTIPLE_CHOICE) {
                item.choices().forEach(c -> header.add(item.text() + " (choice=" + c.label() + ")"));
            } else {
                header.add(item.text());
            }
        }
        header.add("Complete?");
        rows.add(header);
        for (Response response : set.responses()) {
            List<String> row = new ArrayList<>(List.of(response.participantId()));
            for (Item item : answerable(spanish)) {
                List<String> answer = item.isParticipantCode() ? List.of(response.participantId())
                        : response.answer(item.id());
                if (item.kind() == ItemKind.MULTIPLE_CHOICE) {
                    item.choices().forEach(c -> row.add(answer.contains(c.code()) ? "Checked" : "Unchecked"));
                } else if (item.kind().hasChoices()) {
                    row.add(answer.isEmpty() ? "" : item.choice(answer.get(0)).orElseThrow().label());
                } else {
                    row.add(answer.isEmpty() ? "" : answer.get(0));
                }
            }
            row.add("Complete");
            rows.add(row);
        }
        String csv = PilotData.write(rows, ',');
        assertThat(csv).contains("De acuerdo").contains("Sí").contains("¿Ha dado una conferencia destacada");
        return csv;
    }

    /** A raw REDCap export of the Spanish form: variable names and codes, as in any language. */
    private static String rawExport(Instrument spanish, ResponseSet set) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("record_id"));
        for (Item item : answerable(spanish)) {
            if (item.kind() == ItemKind.MULTIPLE_CHOICE) {
                item.choices().forEach(c -> header.add(item.id() + "___" + c.code()));
            } else {
                header.add(item.id());
            }
        }
        header.add(spanish.id().replace('-', '_') + "_complete");
        rows.add(header);
        for (Response response : set.responses()) {
            List<String> row = new ArrayList<>(List.of(response.participantId()));
            for (Item item : answerable(spanish)) {
                List<String> answer = item.isParticipantCode() ? List.of(response.participantId())
                        : response.answer(item.id());
                if (item.kind() == ItemKind.MULTIPLE_CHOICE) {
                    item.choices().forEach(c -> row.add(answer.contains(c.code()) ? "1" : "0"));
                } else {
                    row.add(answer.isEmpty() ? "" : answer.get(0));
                }
            }
            row.add("2");
            rows.add(row);
        }
        return PilotData.write(rows, ';');
    }

    private static List<Item> answerable(Instrument instrument) {
        return instrument.items().stream().filter(i -> i.kind() != ItemKind.DESCRIPTIVE).toList();
    }

    /** What SurveyJS stores for each respondent of the Spanish survey: question name to the choice value. */
    private static String surveyJsResults(JsonObject survey, ResponseSet set) {
        List<JsonObject> elements = survey.getJsonArray("pages").stream()
                .flatMap(p -> p.asJsonObject().getJsonArray("elements").stream()).map(JsonValue::asJsonObject).toList();
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (Response response : set.responses()) {
            JsonObjectBuilder result = Json.createObjectBuilder();
            for (JsonObject element : elements) {
                String name = element.getString("name");
                String type = element.getString("type");
                List<String> answer = name.equals(Item.PARTICIPANT_CODE) ? List.of(response.participantId())
                        : response.answer(name);
                if (type.equals("html") || answer.isEmpty()) {
                    continue;
                }
                if (type.equals("checkbox")) {
                    JsonArrayBuilder ticked = Json.createArrayBuilder();
                    answer.forEach(ticked::add);
                    result.add(name, ticked);
                } else if (type.equals("boolean")) { // SurveyJS stores valueTrue / valueFalse
                    result.add(name, answer.get(0).equals("1") ? element.getString("valueTrue")
                            : element.getString("valueFalse"));
                } else {
                    if (element.containsKey("choices")) {
                        assertThat(element.getJsonArray("choices").stream().map(c -> c.asJsonObject().getString("value")))
                                .contains(answer.get(0));
                    }
                    result.add(name, answer.get(0));
                }
            }
            results.add(result);
        }
        return results.build().toString();
    }
}
