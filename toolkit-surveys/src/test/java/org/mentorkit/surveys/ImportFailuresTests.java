package org.mentorkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorkit.model.InvalidInputException;

/**
 * The import failures of issue 11 (delimiters, identity, nothing silently lost), each reproduced from the example
 * pilot exports rewritten by an independent CSV writer (Commons CSV) the way REDCap would export them.
 */
class ImportFailuresTests {

    private static final Instrument PRE = Instruments.builtIn("pre-program").orElseThrow();
    private static final Instrument POST = Instruments.builtIn("post-program").orElseThrow();
    private static final Set<String> COHORT = PilotData.ids(PilotData.cohort());
    private static final ImportOptions WITH_COHORT = ImportOptions.defaults().withKnownParticipants(COHORT);

    @ParameterizedTest(name = "delimiter {0}")
    @ValueSource(chars = {',', ';', '\t', '|', '^'})
    void everyREDCapDelimiterGivesTheSameResponses(char delimiter) throws IOException {
        ResponseSet comma = PilotData.pre(PilotData.cohort());
        ResponseSet other = ResponseImporter.parse(PRE, PilotData.write(PilotData.records("pre-program.redcap-records.csv"), delimiter),
                "pre.csv", ResponseFormat.AUTO, WITH_COHORT);
        assertThat(other.summary().oneLine()).isEqualTo("20 rows read, 20 taken, 0 skipped, 0 notes");
        assertThat(other.responses()).extracting(Response::answers)
                .containsExactlyElementsOf(comma.responses().stream().map(Response::answers).toList());
    }

    @Test
    void aDecimalCommaIsReadAsADecimalPoint() throws IOException {
        List<List<String>> rows = PilotData.records("post-program.redcap-records.csv");
        int sessions = rows.get(0).indexOf("sessions_attended");
        rows.get(1).set(sessions, "6,0");
        rows.get(2).set(sessions, "4,5");
        ResponseSet set = ResponseImporter.parse(POST, PilotData.write(rows, ';'), "post.csv", ResponseFormat.AUTO, WITH_COHORT);
        assertThat(set.responses().get(0).single("sessions_attended")).isEqualTo("6");
        assertThat(set.summary().notes()).extracting(ImportSummary.Note::toString)
                .containsExactly("post.csv:3 (sessions_attended): '4,5' is not a whole number (expected 0 to 6); answer left out");
    }

    @Test
    void skipReasonsNeverEchoARawRow() {
        // A comma export read as if one column: the "id" is the whole row, a comment with a name included.
        String csv = "record_id,hopes,pre_program_complete\n\"M99 a note about Ana Souza, my chair\",x,2\n";
        ResponseSet set = ResponseImporter.parse(PRE, csv, "pre.csv", ResponseFormat.AUTO, WITH_COHORT);
        assertThat(set.summary().skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.location()).isEqualTo("pre.csv:2");
            assertThat(skip.detail()).doesNotContain("Ana").contains("not shown");
        });
        assertThat(ResponseImporter.shown("M21")).isEqualTo("'M21'");
    }

    @Test
    void anImportThatTakesNoRowIsAnErrorNamingEachRow(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("pre.csv");
        Files.writeString(file, "record_id,signature_talk,pre_program_complete\nX1,1,2\nX2,0,2\n");
        assertThatThrownBy(() -> ResponseImporter.read(PRE, List.of(file), WITH_COHORT))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Object::toString).containsExactly(
                        file + ": no response taken (2 rows read, 0 taken, 2 skipped (unknown participant: 2), 0 notes);"
                                + " nothing written",
                        "pre.csv:2: unknown participant: 'X1' is not a participant of the cohort",
                        "pre.csv:3: unknown participant: 'X2' is not a participant of the cohort"));
    }

    @Test
    void participantsAreFoundByTheSurveyIdentifierWhenRecordIdsAreNumbers() throws IOException {
        List<List<String>> rows = PilotData.records("pre-program.redcap-records.csv");
        List<List<String>> numbered = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = new ArrayList<>(rows.get(r));
            String code = row.get(0);
            row.set(0, r == 0 ? "record_id" : Integer.toString(r));
            row.add(1, r == 0 ? "redcap_survey_identifier" : code);
            numbered.add(row);
        }
        ResponseSet set = ResponseImporter.parse(PRE, PilotData.write(numbered, ','), "pre.csv", ResponseFormat.AUTO, WITH_COHORT);
        assertThat(set.summary().taken()).isEqualTo(20);
        assertThat(set.returnedIds()).containsExactlyElementsOf(PilotData.pre(PilotData.cohort()).returnedIds());
        assertThat(set.summary().notes()).extracting(ImportSummary.Note::toString).containsExactly(
                "pre.csv:1 (redcap_survey_identifier): participants identified by this column (20 of 20 rows match the"
                        + " cohort; column record_id matches 0)");
    }

    @Test
    void whenNoIdColumnMatchesTheErrorNamesTheColumnThatWould(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("pre.csv");
        Files.writeString(file, "record_id,my_code,signature_talk,pre_program_complete\n1,M01,1,2\n2,M02,0,2\n");
        assertThatThrownBy(() -> ResponseImporter.read(PRE, List.of(file), WITH_COHORT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("pre.csv:1 (my_code): no id column holds participants of the cohort, but this"
                        + " column holds 2 of them: import again with my_code as the id field");
        ResponseSet set = ResponseImporter.read(PRE, List.of(file), WITH_COHORT.withIdField("my_code"));
        assertThat(set.returnedIds()).containsExactly("M01", "M02");
    }
}
