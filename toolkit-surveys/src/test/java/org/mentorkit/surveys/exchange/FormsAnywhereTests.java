package org.mentorkit.surveys.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mentorkit.surveys.ImportOptions;
import org.mentorkit.surveys.ImportSummary;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.ResponseFormat;
import org.mentorkit.surveys.ResponseImporter;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.internal.forms.AnswerIf;

/** Issue 11, item 7 (surveys side): SurveyJS validators, hidden-question notes, "Answer if" on paper forms. */
class FormsAnywhereTests {

    private static final Instrument MID = Instruments.builtIn("mid-program").orElseThrow();
    private static final Instrument PRE = Instruments.builtIn("pre-program").orElseThrow();

    private static JsonObject element(String survey, String name) {
        JsonObject root = Json.createReader(new StringReader(survey)).readObject();
        return root.getJsonArray("pages").stream().flatMap(p -> p.asJsonObject().getJsonArray("elements").stream())
                .map(JsonValue::asJsonObject).filter(e -> e.getString("name").equals(name)).findFirst().orElseThrow();
    }

    @Test
    void wholeNumberItemsCarryARangeAndAWholeNumberValidator() {
        JsonObject sessions = element(SurveyJsSurvey.write(MID), "sessions_so_far");
        List<JsonObject> validators = sessions.getJsonArray("validators").getValuesAs(JsonObject.class);
        assertThat(validators).hasSize(2);
        assertThat(validators.get(0).getString("type")).isEqualTo("numeric");
        assertThat(validators.get(0).getJsonNumber("minValue").doubleValue()).isZero();
        assertThat(validators.get(0).getJsonNumber("maxValue").doubleValue()).isEqualTo(6);
        assertThat(validators.get(1).getString("type")).isEqualTo("regex");
        // The failure: "4.5 sessions" was accepted by the form and dropped by the import.
        Pattern whole = Pattern.compile(validators.get(1).getString("regex"));
        assertThat(whole.matcher("4.5").find()).isFalse();
        assertThat(whole.matcher("4").find()).isTrue();
    }

    @Test
    void anAnswerToAHiddenQuestionIsKeptWithANote() {
        String csv = "participant_id,sessions_so_far,group_working,scheduling_problem,scheduling_help\n"
                + "M01,3,4,0,Meet on Fridays\n";
        ResponseSet set = ResponseImporter.parse(MID, csv, "mid.csv", ResponseFormat.CSV, ImportOptions.defaults());
        assertThat(set.responses().get(0).single("scheduling_help")).isEqualTo("Meet on Fridays");
        assertThat(set.summary().notes()).extracting(ImportSummary.Note::toString).containsExactly(
                "mid.csv:2 (scheduling_help): an answer to a question that was hidden (it is shown only if"
                        + " scheduling_problem = 1); kept");
    }

    @Test
    void paperFormsSayWhenAConditionalQuestionApplies() {
        assertThat(AnswerIf.text(MID, MID.item("scheduling_help").orElseThrow()))
                .isEqualTo("Answer if you answered Yes to 3");
        String other = PRE.item("topics_wanted").orElseThrow().choice("8").orElseThrow().label();
        assertThat(AnswerIf.text(PRE, PRE.item("topics_wanted_other").orElseThrow()))
                .isEqualTo("Answer if you ticked " + other + " in 5");
        assertThat(AnswerIf.text(PRE, PRE.item("hopes").orElseThrow())).isEmpty();
        assertThat(MarkdownInstrument.write(MID)).contains("   *Answer if you answered Yes to 3.*\n");
    }
}
