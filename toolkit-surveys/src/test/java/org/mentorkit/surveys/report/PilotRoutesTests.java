package org.mentorkit.surveys.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorkit.model.Cohort;
import org.mentorkit.surveys.PilotData;
import org.mentorkit.surveys.ImportOptions;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.Response;
import org.mentorkit.surveys.ResponseFormat;
import org.mentorkit.surveys.ResponseImporter;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.Skip;
import org.mentorkit.surveys.exchange.RedcapDictionary;
import org.mentorkit.surveys.exchange.RedcapDictionaryReader;
import org.mentorkit.surveys.exchange.RedcapFormColumns;
import org.mentorkit.surveys.internal.RedcapProject;

/**
 * Issue 11's done-when: the pilot's figures come out the same through every REDCap layout and SurveyJS. The files of
 * each route are the example exports rearranged as REDCap lays them out (written by Commons CSV, not our code); the
 * expected figures are the published ones (PILOT.md), never output of this code. PDF routes: toolkit-export's tests.
 */
class PilotRoutesTests {

    /** 3/20 to 10/14, 9/14, 12/14, 13/14, 14/20 returned, McNemar p = 0.016. */
    static final List<String> PUBLISHED = List.of("pre signature_talk 3/20 (15%)", "post signature_talk 10/14 (71%)",
            "post positive_impact 9/14 (64%)", "post worthwhile 12/14 (86%)", "post recommend 13/14 (93%)",
            "post returned 14/20 (70%)", "McNemar p = 0.016");

    private static final Instrument PRE = Instruments.builtIn("pre-program").orElseThrow();
    private static final Instrument POST = Instruments.builtIn("post-program").orElseThrow();
    private static final Cohort COHORT = PilotData.cohort();
    private static final ImportOptions OPTIONS = ImportOptions.defaults().withKnownParticipants(PilotData.ids(COHORT));

    static List<String> figures(ResponseSet pre, ResponseSet post) {
        EvaluationReport report = ReportBuilder.build(COHORT, List.of(pre, post), ReportSettings.committee());
        List<String> figures = new ArrayList<>();
        figures.add("pre signature_talk " + headline(report, "pre-program", "signature_talk"));
        for (String item : List.of("signature_talk", "positive_impact", "worthwhile", "recommend")) {
            figures.add("post " + item + " " + headline(report, "post-program", item));
        }
        figures.add("post returned " + report.responseRates().stream()
                .filter(r -> r.instrumentId().equals("post-program")).findFirst().orElseThrow().returned().text());
        PairedComparison talk = report.paired().stream().filter(p -> p.pairingKey().equals("signature_talk"))
                .findFirst().orElseThrow();
        figures.add(String.format(Locale.ROOT, "McNemar p = %.3f", talk.exactP().orElseThrow()));
        return figures;
    }

    private static String headline(EvaluationReport report, String instrument, String item) {
        return report.item(instrument, item).orElseThrow().headline().orElseThrow().text();
    }

    private static ResponseSet read(Instrument instrument, String csv, ImportOptions options) {
        return ResponseImporter.parse(instrument, csv, instrument.id() + ".csv", ResponseFormat.AUTO, options);
    }

    @Test
    void separateProjects() {
        assertThat(figures(PilotData.pre(COHORT), PilotData.post(COHORT))).isEqualTo(PUBLISHED);
    }

    @ParameterizedTest(name = "delimiter {0}")
    @ValueSource(chars = {',', ';', '\t', '|', '^'})
    void oneClassicProjectInEachDelimiter(char delimiter) throws IOException {
        String csv = PilotData.write(classicProject(), delimiter);
        ResponseSet pre = read(PRE, csv, OPTIONS);
        ResponseSet post = read(POST, csv, OPTIONS);
        assertThat(figures(pre, post)).isEqualTo(PUBLISHED);
        assertThat(post.summary().skippedByReason()).isEqualTo(Map.of(Skip.NO_ANSWERS, 6));
    }

    @Test
    void aLongitudinalProjectWithREDCapsEventNames() throws IOException {
        String csv = PilotData.write(longitudinal("pre_arm_1", "post_arm_1"), ',');
        ResponseSet pre = read(PRE, csv, OPTIONS);
        ResponseSet post = read(POST, csv, OPTIONS);
        assertThat(figures(pre, post)).isEqualTo(PUBLISHED);
        assertThat(pre.summary().skippedByReason()).isEqualTo(Map.of(Skip.OTHER_EVENT, 14));
    }

    @Test
    void aLongitudinalProjectWithEventsMappedByTheCoordinator() throws IOException {
        String csv = PilotData.write(longitudinal("visit_1_arm_1", "visit_2_arm_1"), ';');
        ImportOptions mapped = OPTIONS.withEventWaves(Map.of("visit_1_arm_1", org.mentorkit.surveys.Wave.PRE,
                "visit_2_arm_1", org.mentorkit.surveys.Wave.POST));
        assertThat(figures(read(PRE, csv, mapped), read(POST, csv, mapped))).isEqualTo(PUBLISHED);
        // Unmapped, rows are taken where the form has answers, and a note says how to map the events.
        ResponseSet guessed = read(POST, csv, OPTIONS);
        assertThat(guessed.summary().taken()).isEqualTo(14);
        assertThat(guessed.summary().notes()).extracting(Object::toString)
                .contains("post-program.csv:1 (redcap_event_name): event 'visit_1_arm_1' is not mapped to a wave; its"
                        + " rows with answers to this form were taken (map event 'visit_1_arm_1' to a wave)");
    }

    @Test
    void surveyIdentifierIds() throws IOException {
        List<List<String>> rows = classicProject();
        for (int r = 0; r < rows.size(); r++) {
            String code = rows.get(r).get(0);
            rows.get(r).set(0, r == 0 ? "record_id" : Integer.toString(100 + r));
            rows.get(r).add(1, r == 0 ? "redcap_survey_identifier" : code);
        }
        String csv = PilotData.write(rows, ',');
        assertThat(figures(read(PRE, csv, OPTIONS), read(POST, csv, OPTIONS))).isEqualTo(PUBLISHED);
    }

    @Test
    void surveyJsResults() {
        ResponseSet post = ResponseImporter.read(POST, List.of(PilotData.SURVEYS.resolve("post-program.surveyjs-results.json")),
                OPTIONS);
        String preJson = surveyJs(PilotData.pre(COHORT));
        ResponseSet pre = ResponseImporter.parse(PRE, preJson, "pre.json", ResponseFormat.AUTO, OPTIONS);
        assertThat(figures(pre, post)).isEqualTo(PUBLISHED);
    }

    @Test
    void renamedPostFieldsInOneProjectAreNeverReadFromThePreForm() throws IOException {
        // The failure: the coordinator renamed the post fields (signature_talk_2, ...) and kept the pre names;
        // --instrument post-program read the pre form's signature_talk: "3/20 after", McNemar p = 1.000, exit 0.
        List<List<String>> rows = classicProject();
        rows.set(0, rows.get(0).stream().map(c -> c.replace("_pre", "").replace("_post", "_2")).toList());
        String csv = PilotData.write(rows, ',');
        ResponseSet post = read(POST, csv, OPTIONS);
        assertThat(post.responses()).allSatisfy(r -> assertThat(r.answer("signature_talk")).isEmpty());
        assertThat(post.summary().notes()).extracting(Object::toString)
                .contains("post-program.csv:1 (signature_talk_2): column is not an item of instrument 'post-program'; ignored");
        // Read by the project's dictionary (renamed in REDCap's designer: the @MK-ID tags stay), the figures are right.
        String dictionary = RedcapDictionary.write(List.of(PRE, POST)).replace("_pre,", ",").replace("_post,", "_2,");
        ResponseSet byDictionary = read(POST, csv, OPTIONS.withFormColumns(
                RedcapFormColumns.parse(dictionary, "project.csv", POST)));
        ResponseSet pre = read(PRE, csv, OPTIONS.withFormColumns(RedcapFormColumns.parse(dictionary, "project.csv", PRE)));
        assertThat(figures(pre, byDictionary)).isEqualTo(PUBLISHED);
    }

    @Test
    void theProjectDictionaryHasUniqueNamesAndReadsBackAsTheInstruments() {
        String dictionary = RedcapDictionary.write(List.of(PRE, POST));
        List<String> variables = dictionary.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(variables).doesNotHaveDuplicates().contains("signature_talk_pre", "signature_talk_post",
                "hopes", "what_helped");
        assertThat(RedcapDictionaryReader.parse(dictionary, "project.csv").instruments()).containsExactly(PRE, POST);
    }

    /** One row per record: the pre form's columns, then the post form's, names made unique by the project rule. */
    private static List<List<String>> classicProject() throws IOException {
        List<List<String>> pre = PilotData.records("pre-program.redcap-records.csv");
        List<List<String>> post = PilotData.records("post-program.redcap-records.csv");
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("record_id"));
        header.addAll(renamed(PRE, pre.get(0).subList(1, pre.get(0).size())));
        header.addAll(renamed(POST, post.get(0).subList(1, post.get(0).size())));
        rows.add(header);
        for (List<String> preRow : pre.subList(1, pre.size())) {
            List<String> row = new ArrayList<>(preRow);
            List<String> postRow = post.stream().filter(p -> p.get(0).equals(preRow.get(0))).findFirst()
                    .orElse(null);
            for (int c = 1; c < post.get(0).size(); c++) {
                // A form never opened exports status 0 and empty fields.
                row.add(postRow != null ? postRow.get(c) : c == post.get(0).size() - 1 ? "0" : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** One row per record and event: pre answers in the first event, post answers in the second. */
    private static List<List<String>> longitudinal(String preEvent, String postEvent) throws IOException {
        List<List<String>> classic = classicProject();
        int preWidth = PilotData.records("pre-program.redcap-records.csv").get(0).size() - 1;
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(classic.get(0));
        header.add(1, "redcap_event_name");
        rows.add(header);
        for (List<String> row : classic.subList(1, classic.size())) {
            List<String> first = new ArrayList<>(row);
            List<String> second = new ArrayList<>(row);
            for (int c = 1; c < row.size(); c++) {
                (c <= preWidth ? second : first).set(c, ""); // a form not designated for the event: empty
            }
            first.add(1, preEvent);
            second.add(1, postEvent);
            rows.add(first);
            if (!second.subList(preWidth + 2, second.size()).stream().allMatch(v -> v.isEmpty() || v.equals("0"))) {
                rows.add(second);
            }
        }
        return rows;
    }

    private static List<String> renamed(Instrument instrument, List<String> columns) {
        Map<String, String> names = RedcapProject.variables(List.of(PRE, POST)).get(instrument.id());
        List<String> out = new ArrayList<>();
        for (String column : columns) {
            String name = column;
            for (Map.Entry<String, String> e : names.entrySet()) {
                if (column.equals(e.getKey())) {
                    name = e.getValue();
                } else if (column.startsWith(e.getKey() + "___")) {
                    name = e.getValue() + column.substring(e.getKey().length());
                }
            }
            out.add(name);
        }
        return out;
    }

    /** SurveyJS results (a JSON array, one object per respondent) holding the given responses. */
    private static String surveyJs(ResponseSet set) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Response response : set.responses()) {
            JsonObjectBuilder object = Json.createObjectBuilder().add("participant_id", response.participantId());
            response.answers().forEach((item, values) -> {
                boolean multiple = set.instrument().item(item).orElseThrow().kind()
                        == org.mentorkit.surveys.ItemKind.MULTIPLE_CHOICE;
                if (multiple) {
                    JsonArrayBuilder codes = Json.createArrayBuilder();
                    values.forEach(codes::add);
                    object.add(item, codes);
                } else {
                    object.add(item, values.get(0));
                }
            });
            array.add(object);
        }
        return array.build().toString();
    }
}
