package org.mentorkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.InvalidInputException;

class ResponseImporterTests {

    private static final Instrument MID = Instruments.builtIn("mid-program").orElseThrow();
    private static final Instrument PRE = Instruments.builtIn("pre-program").orElseThrow();
    private static final ImportOptions COHORT = ImportOptions.defaults().withKnownParticipants(Set.of("M01", "M02", "M03"));

    private static ResponseSet redcap(Instrument instrument, String csv, ImportOptions options) {
        return ResponseImporter.parse(instrument, csv, "mid.csv", ResponseFormat.AUTO, options);
    }

    @Test
    void readsARawREDCapExportAndAccountsForEveryRow() {
        String csv = "record_id,redcap_survey_identifier,sessions_so_far,group_working,scheduling_problem,scheduling_help,"
                + "comments,mid_program_complete\n"
                + "M01,,3,4,1,Fix the day at the start,,2\n"
                + "M02,,9,7,0,,,2\n"                     // 9 out of 0-6, 7 not a Likert code
                + "M03,,2,,1,,,1\n"                      // group_working required; scheduling_help shown but optional
                + "X99,,2,4,0,,,2\n"                     // not in the cohort
                + "M01,,4,5,0,,,2\n"                     // second submission: replaces line 2
                + ",,1,1,1,,,2\n"                        // no id
                + "M02,,,,,,,0\n";                       // never started
        ResponseSet set = redcap(MID, csv, COHORT);
        ImportSummary summary = set.summary();
        assertThat(summary.rowsRead()).isEqualTo(7);
        assertThat(summary.taken()).isEqualTo(2);
        assertThat(set.partialIds()).containsExactly("M03"); // status 1 (Unverified): partial, kept aside
        assertThat(summary.skipped()).extracting(s -> s.location() + " " + s.reason()).containsExactly(
                "mid.csv:5 unknown participant", "mid.csv:2 duplicate", "mid.csv:7 no participant id", "mid.csv:8 no answers");
        assertThat(summary.notes()).extracting(ImportSummary.Note::toString).containsExactly(
                "mid.csv:3 (sessions_so_far): '9' is outside 0 to 6 (whole numbers); answer left out",
                "mid.csv:3 (group_working): '7' is not one of the codes or labels of 'group_working' ([1 Strongly disagree,"
                        + " 2 Disagree, 3 Neither agree nor disagree, 4 Agree, 5 Strongly agree]); answer left out",
                "mid.csv:3 (sessions_so_far): required answer missing",
                "mid.csv:3 (group_working): required answer missing",
                "mid.csv:4 (group_working): required answer missing");
        assertThat(set.of("M01").orElseThrow().answers()).containsEntry("sessions_so_far", List.of("4"))
                .containsEntry("group_working", List.of("5"));
        assertThat(summary.oneLine()).isEqualTo("7 rows read, 2 taken, 1 partial (not counted as returned), 4 skipped (duplicate: 1, no answers: 1,"
                + " no participant id: 1, unknown participant: 1), 5 notes");
    }

    @Test
    void readsCheckboxColumnsAndLabelExports() {
        String raw = "record_id,signature_talk,topics_wanted___1,topics_wanted___2,topics_wanted___8,topics_wanted_other,"
                + "pre_program_complete\nM01,1,1,0,1,Clinical trials,2\n";
        assertThat(redcap(PRE, raw, COHORT).of("M01").orElseThrow().answers())
                .containsEntry("signature_talk", List.of("1"))
                .containsEntry("topics_wanted", List.of("1", "8"))
                .containsEntry("topics_wanted_other", List.of("Clinical trials"));
        String labels = "Record ID,\"Have you given a signature talk: an invited talk on your own area of work at a regional,"
                + " national or international meeting?\",Which topics would you most like your group to discuss? Select all"
                + " that apply. (choice=Career planning),Which topics would you most like your group to discuss? Select all"
                + " that apply. (choice=Leadership),I have peers outside my own institution whom I can ask for career advice.,"
                + "Complete?\nM02,No,Checked,Unchecked,Agree,Complete\n";
        assertThat(redcap(PRE, labels, COHORT).of("M02").orElseThrow().answers())
                .containsEntry("signature_talk", List.of("0"))
                .containsEntry("topics_wanted", List.of("1"))
                .containsEntry("peer_network", List.of("4"));
    }

    @Test
    void readsTheGenericCsvWithLabelsAndSemicolonLists() {
        String csv = "participant_id,signature_talk,topics_wanted,hopes\nM03,yes,Career planning; 5,\"Meet peers, grow\"\n";
        ResponseSet set = ResponseImporter.parse(PRE, csv, "generic.csv", ResponseFormat.AUTO, COHORT);
        assertThat(set.of("M03").orElseThrow().answers())
                .containsEntry("signature_talk", List.of("1"))
                .containsEntry("topics_wanted", List.of("1", "5"))
                .containsEntry("hopes", List.of("Meet peers, grow"));
    }

    @Test
    void readsSurveyJsResultsAndLocatesEachRespondentByLine() {
        String json = "[\n {\"participant_id\": \"M01\", \"signature_talk\": true, \"topics_wanted\": [\"2\", \"9\"]},\n"
                + " {\"participant_id\": \"M01\", \"signature_talk\": false, \"extra\": 1}\n]\n";
        ResponseSet set = ResponseImporter.parse(PRE, json, "pre.json", ResponseFormat.AUTO, COHORT);
        assertThat(set.responses()).singleElement().satisfies(r -> assertThat(r.answers())
                .containsExactlyEntriesOf(java.util.Map.of("signature_talk", List.of("0"))));
        assertThat(set.summary().skipped()).extracting(Skip::location).containsExactly("pre.json:2 [0]");
        assertThat(set.summary().notes()).extracting(ImportSummary.Note::toString).containsExactlyInAnyOrder(
                "pre.json:2 [0] (topics_wanted): '9' is not one of the codes or labels of 'topics_wanted' ([1 Career"
                        + " planning, 2 Giving talks and becoming visible, 3 Grants and research, 4 Work-life balance and"
                        + " burnout, 5 Self-advocacy and negotiation, 6 Leadership, 7 Job search and promotion, 8 Something"
                        + " else]); answer left out",
                "pre.json (extra): key is not an item of instrument 'pre-program'; ignored");
    }

    @Test
    void pseudonymousCodesAreTakenAsTheyAreWithoutACohort() {
        String csv = "participant_id,signature_talk\nblue-fox-17,0\n";
        ResponseSet set = ResponseImporter.parse(PRE, csv, "p.csv", ResponseFormat.CSV, ImportOptions.defaults());
        assertThat(set.responses()).extracting(Response::participantId).containsExactly("blue-fox-17");
    }

    @Test
    void malformedFilesOfEachKindGiveClearErrors() {
        assertThatThrownBy(() -> ResponseImporter.parse(PRE, "[{\"participant_id\": \"M01\",", "bad.json",
                ResponseFormat.AUTO, COHORT)).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("bad.json:1:52: malformed JSON");
        assertThatThrownBy(() -> ResponseImporter.parse(PRE, "{\"a\": 1}", "obj.json", ResponseFormat.SURVEYJS, COHORT))
                .hasMessage("obj.json:1: SurveyJS results must be a JSON array of objects, one per respondent");
        assertThatThrownBy(() -> ResponseImporter.parse(PRE, "record_id,hopes\nM01,\"unclosed\n", "bad.csv",
                ResponseFormat.AUTO, COHORT)).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("bad.csv:2: malformed CSV");
        assertThatThrownBy(() -> ResponseImporter.parse(PRE, "name,signature_talk\nx,1\n", "g.csv", ResponseFormat.CSV, COHORT))
                .hasMessageStartingWith("g.csv:1: no 'participant_id' (or 'participant_code') column");
        assertThatThrownBy(() -> ResponseImporter.parse(PRE, "", "e.csv", ResponseFormat.REDCAP, COHORT))
                .hasMessageStartingWith("e.csv: the file is empty");
    }

    @Test
    void responsesFileRoundTrips(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        ResponseSet set = ResponseImporter.parse(PRE, "participant_id,signature_talk,hopes\nM01,1,\"a \"\"quoted\"\" hope\"\n",
                "p.csv", ResponseFormat.CSV, COHORT);
        java.nio.file.Path file = dir.resolve("responses.json");
        set.write(file);
        assertThat(ResponseSet.read(file)).isEqualTo(set);
    }

    @Test
    void theExampleGenericCsvIsAccountedForRowByRow() {
        var cohort = PilotData.cohort();
        ResponseSet set = ResponseImporter.read(MID, List.of(PilotData.SURVEYS.resolve("mid-program.generic.csv")),
                ImportOptions.defaults().withKnownParticipants(PilotData.ids(cohort)));
        ImportSummary summary = set.summary();
        assertThat(summary.rowsRead()).isEqualTo(18);
        assertThat(summary.taken()).isEqualTo(16);
        assertThat(summary.skipped()).extracting(s -> s.location() + " " + s.reason()).containsExactly(
                "mid-program.generic.csv:6 duplicate", "mid-program.generic.csv:19 unknown participant");
        assertThat(summary.notes()).extracting(ImportSummary.Note::location).containsExactly(
                "mid-program.generic.csv:9 (sessions_so_far)", "mid-program.generic.csv:9 (sessions_so_far)");
        assertThat(set.of("M05").orElseThrow().answers()).containsEntry("sessions_so_far", List.of("1"));
        assertThat(set.of("M04").orElseThrow().answers()).containsEntry("scheduling_problem", List.of("1"));
    }

    @Test
    void aHandEditedResponsesFileIsCheckedAgainstItsInstrument(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        ResponseSet set = ResponseImporter.parse(MID, "participant_id,sessions_so_far,group_working\nM01,2,4\n", "m.csv",
                ResponseFormat.CSV, COHORT);
        java.nio.file.Path file = dir.resolve("responses.json");
        set.write(file);
        String edited = java.nio.file.Files.readString(file).replace("\"2\"", "\"two\"").replace("\"M01\"", "\"\"");
        java.nio.file.Files.writeString(file, edited);
        assertThatThrownBy(() -> ResponseSet.read(file)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Object::toString).containsExactly(
                        file + ": responses[0].participantId: must not be empty",
                        file + ": responses[0].answers.sessions_so_far: 'two' is not a number"));
    }

    @Test
    void aNumberInRangeButNotWholeIsCalledNotWholeNotOutOfRange() {
        ResponseSet set = redcap(MID, "record_id,sessions_so_far,group_working,mid_program_complete\nM01,4.5,4,2\n", COHORT);
        assertThat(set.summary().notes()).extracting(ImportSummary.Note::toString).contains(
                "mid.csv:2 (sessions_so_far): '4.5' is not a whole number (expected 0 to 6); answer left out");
    }

    @Test
    void rejectsTheREDCapExportOfAnotherFormAndNamesTheInstrumentItLooksLike() {
        Instrument post = Instruments.builtIn("post-program").orElseThrow();
        java.nio.file.Path pre = PilotData.SURVEYS.resolve("pre-program.redcap-records.csv");
        assertThatThrownBy(() -> ResponseImporter.read(post, List.of(pre), COHORT))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString())
                                .contains("pre-program.redcap-records.csv:1", "form 'pre_program'",
                                        "expected a column post_program_complete",
                                        "look like the built-in instrument 'pre-program'")));
    }

    @Test
    void rejectsAFileWhoseColumnsAreMostlyNotTheInstrumentsItems() {
        String csv = "participant_id,signature_talk,topics_wanted,topics_wanted_other,hopes\nM01,1,1;2,,More talks\n";
        assertThatThrownBy(() -> ResponseImporter.parse(MID, csv, "x.csv", ResponseFormat.CSV, COHORT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("4 of the file's 4 answer columns are not items of instrument 'mid-program'")
                .hasMessageContaining("'pre-program'");
    }

    @Test
    void acceptsAWholeProjectExportHoldingTheInstrumentsOwnStatusColumnAndAFewUnknownColumns() {
        String csv = "record_id,signature_talk,hopes,pre_program_complete,mid_program_complete\nM01,1,More talks,2,0\n";
        assertThat(redcap(PRE, csv, COHORT).responses()).hasSize(1);
        String stray = "record_id,signature_talk,leadership_role,peer_network,extra_column,pre_program_complete\nM01,1,0,3,x,2\n";
        assertThat(redcap(PRE, stray, COHORT).summary().notes()).extracting(ImportSummary.Note::message)
                .containsExactly("column is not an item of instrument 'pre-program'; ignored");
    }

    @Test
    void rejectsSurveyJsResultsOfAnotherSurvey() {
        String json = "[{\"participant_id\": \"M01\", \"signature_talk\": 1, \"topics_wanted\": [1, 2], \"hopes\": \"Talks\"}]";
        assertThatThrownBy(() -> ResponseImporter.parse(MID, json, "mid.json", ResponseFormat.SURVEYJS, COHORT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("3 of the file's 3 answer columns are not items of instrument 'mid-program'")
                .hasMessageContaining("look like the built-in instrument 'pre-program'");
    }

    @Test
    void rejectsALabelExportOfAnotherFormThoughItsStatusColumnIsTheGenericCompleteQuestionMark() {
        String labels = "Record ID,Which topics would you most like your group to discuss? Select all that apply. (choice=Leadership),"
                + "What do you hope to gain from the program?,Complete?\nM01,Checked,More talks,Complete\n";
        assertThatThrownBy(() -> ResponseImporter.parse(MID, labels, "labels.csv", ResponseFormat.AUTO, COHORT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2 of the file's 2 answer columns are not items of instrument 'mid-program'")
                .hasMessageContaining("'pre-program'");
    }
}
