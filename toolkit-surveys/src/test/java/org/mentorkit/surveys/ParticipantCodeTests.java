package org.mentorkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.surveys.internal.forms.AnswerIf;
import org.mentorkit.surveys.exchange.RedcapDictionary;
import org.mentorkit.surveys.exchange.RedcapRecords;
import org.mentorkit.surveys.exchange.SurveyJsSurvey;

/** Issue 11: the follow-up instruments carry a participant-code item, so identity works without REDCap record ids. */
class ParticipantCodeTests {

    @Test
    void theFollowUpInstrumentsAskForTheParticipantCodeFirstAndTheApplicationDoesNot() {
        for (String id : List.of("pre-program", "mid-program", "post-program")) {
            Item first = Instruments.builtIn(id).orElseThrow().items().get(0);
            assertThat(first.id()).as(id).isEqualTo(Item.PARTICIPANT_CODE);
            assertThat(first.isParticipantCode()).isTrue();
            assertThat(first.kind()).isEqualTo(ItemKind.SHORT_TEXT);
            assertThat(first.required()).isTrue();
        }
        assertThat(Instruments.builtIn("application").orElseThrow().item(Item.PARTICIPANT_CODE)).isEmpty();
    }

    @Test
    void aRedcapProjectWithAutomaticRecordNumbersIsLinkedByTheCodeWithAndWithoutACohort() {
        Instrument post = Instruments.builtIn("post-program").orElseThrow();
        String csv = "record_id,participant_code,signature_talk,worthwhile,post_program_complete\n"
                + "1,M01,1,1,2\n2,M02,0,1,2\n3,M03,1,0,2\n";
        for (ImportOptions options : List.of(ImportOptions.defaults(),
                ImportOptions.defaults().withKnownParticipants(java.util.Set.of("M01", "M02", "M03", "M04")))) {
            ResponseSet set = ResponseImporter.parse(post, csv, "post.csv", ResponseFormat.AUTO, options);
            assertThat(set.responses()).extracting(Response::participantId).containsExactly("M01", "M02", "M03");
            // The code is identity, never an answer (it would otherwise sit among the analysed answers).
            assertThat(set.responses()).allSatisfy(r -> assertThat(r.answers()).doesNotContainKey(Item.PARTICIPANT_CODE));
            assertThat(set.responses().get(2).answer("worthwhile")).containsExactly("0");
        }
        ResponseSet noCohort = ResponseImporter.parse(post, csv, "post.csv", ResponseFormat.AUTO, ImportOptions.defaults());
        assertThat(noCohort.summary().notes()).extracting(n -> n.location() + ": " + n.message())
                .contains("post.csv:1 (participant_code): participants identified by their participant code (filled in"
                        + " on every row), not by record_id");
    }

    @Test
    void aMissingCodeIsNotAMissingRequiredAnswerWhenTheRecordIdIdentifies() {
        Instrument mid = Instruments.builtIn("mid-program").orElseThrow();
        String csv = "record_id,participant_code,sessions_so_far,group_working,scheduling_problem,mid_program_complete\n"
                + "M01,,3,4,0,2\n";
        ResponseSet set = ResponseImporter.parse(mid, csv, "mid.csv", ResponseFormat.AUTO, ImportOptions.defaults());
        assertThat(set.responses()).extracting(Response::participantId).containsExactly("M01");
        assertThat(set.summary().notes()).isEmpty();
    }

    @Test
    void surveyJsAsksForTheCodeOnceThroughTheItemAndItsResultsImportByIt() {
        Instrument pre = Instruments.builtIn("pre-program").orElseThrow();
        JsonObject survey = Json.createReader(new StringReader(SurveyJsSurvey.write(pre))).readObject();
        List<String> names = survey.getJsonArray("pages").stream()
                .flatMap(p -> p.asJsonObject().getJsonArray("elements").stream()).map(JsonValue::asJsonObject)
                .map(e -> e.getString("name")).toList();
        assertThat(names.get(0)).isEqualTo(Item.PARTICIPANT_CODE);
        assertThat(names).doesNotContain(SurveyJsSurvey.PARTICIPANT_ID);
        String results = "[{\"participant_code\": \"M07\", \"signature_talk\": \"1\", \"peer_network\": \"4\"}]";
        ResponseSet set = ResponseImporter.parse(pre, results, "pre.json", ResponseFormat.AUTO, ImportOptions.defaults());
        assertThat(set.responses()).singleElement().satisfies(r -> {
            assertThat(r.participantId()).isEqualTo("M07");
            assertThat(r.answers()).containsOnlyKeys("signature_talk", "peer_network");
        });
    }

    @Test
    void theRedcapDictionaryHasTheCodeFieldAndRecordsCarryTheCodeSoTheyImportBackByIt() {
        Instrument pre = Instruments.builtIn("pre-program").orElseThrow();
        assertThat(RedcapDictionary.write(pre).lines().skip(2).findFirst().orElseThrow())
                .startsWith("participant_code,pre_program,");
        Cohort cohort = PilotData.cohort();
        ResponseSet set = PilotData.pre(cohort);
        String records = RedcapRecords.write(set).replaceAll("(?m)^M(\\d\\d),", "$1,"); // automatic numbering
        ResponseSet back = ResponseImporter.parse(pre, records, "pre.csv", ResponseFormat.AUTO, ImportOptions.defaults());
        assertThat(back.responses()).extracting(Response::participantId)
                .containsExactlyElementsOf(set.responses().stream().map(Response::participantId).toList());
    }

    @Test
    void theReportNeverShowsTheCodeAsAnItemNorAsOneLeftOut() {
        Cohort cohort = PilotData.cohort();
        for (org.mentorkit.surveys.report.Audience audience : org.mentorkit.surveys.report.Audience.values()) {
            org.mentorkit.surveys.report.EvaluationReport report = org.mentorkit.surveys.report.ReportBuilder.build(cohort,
                    List.of(PilotData.pre(cohort), PilotData.post(cohort)),
                    org.mentorkit.surveys.report.ReportSettings.committee().withAudience(audience));
            assertThat(report.items()).isNotEmpty().noneMatch(i -> i.itemId().equals(Item.PARTICIPANT_CODE));
            assertThat(report.notes()).noneMatch(n -> n.contains("participant code"));
        }
    }

    @Test
    void paperFormsNumberTheQuestionsAfterTheCodeAsBefore() {
        Instrument mid = Instruments.builtIn("mid-program").orElseThrow();
        assertThat(AnswerIf.numbers(mid)).doesNotContainKey(Item.PARTICIPANT_CODE).containsEntry("sessions_so_far", 1);
        assertThat(AnswerIf.text(mid, mid.item("scheduling_help").orElseThrow())).isEqualTo("Answer if you answered Yes to 3");
    }
}
