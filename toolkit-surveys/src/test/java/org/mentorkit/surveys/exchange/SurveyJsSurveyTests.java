package org.mentorkit.surveys.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.Item;

class SurveyJsSurveyTests {

    @Test
    void mapsEveryItemToASurveyJsQuestionNamedByItsId() {
        Instrument pre = Instruments.builtIn("pre-program").orElseThrow();
        JsonObject survey = Json.createReader(new StringReader(SurveyJsSurvey.write(pre))).readObject();
        assertThat(survey.getString("title")).isEqualTo(pre.title());
        List<JsonObject> elements = survey.getJsonArray("pages").stream()
                .flatMap(p -> p.asJsonObject().getJsonArray("elements").stream()).map(JsonValue::asJsonObject).toList();
        // The participant-code item is the first question (no separate participant_id question).
        assertThat(elements.get(0).getString("name")).isEqualTo("participant_code");
        assertThat(elements).extracting(e -> e.getString("name"))
                .containsExactlyElementsOf(pre.items().stream().map(Item::id).toList());
        JsonObject talk = elements.get(1);
        assertThat(talk.getString("type")).isEqualTo("boolean");
        assertThat(talk.getBoolean("isRequired")).isTrue();
        JsonObject topics = elements.stream().filter(e -> e.getString("name").equals("topics_wanted")).findFirst().orElseThrow();
        assertThat(topics.getString("type")).isEqualTo("checkbox");
        assertThat(topics.getJsonArray("choices").getJsonObject(0).getString("value")).isEqualTo("1");
        JsonObject other = elements.stream().filter(e -> e.getString("name").equals("topics_wanted_other")).findFirst().orElseThrow();
        assertThat(other.getString("visibleIf")).isEqualTo("{topics_wanted} contains '8'");
        JsonObject likert = elements.stream().filter(e -> e.getString("name").equals("peer_network")).findFirst().orElseThrow();
        assertThat(likert.getString("type")).isEqualTo("radiogroup");
        assertThat(likert.getJsonArray("choices")).hasSize(5);
    }

    @Test
    void markdownQuestionnaireListsItemsAndChoices() {
        String md = MarkdownInstrument.write(Instruments.builtIn("mid-program").orElseThrow());
        assertThat(md).startsWith("# Half-way check-in\n").contains("`scheduling_help` comment; shown if `scheduling_problem` = 1")
                .contains("   - 4: Agree");
    }
}
