package org.mentorkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 11, item 4: only complete responses (REDCap status 2) count as returned unless the coordinator asks. */
class CompletionTests {

    private static final Instrument MID = Instruments.builtIn("mid-program").orElseThrow();
    private static final String HEADER = "record_id,redcap_survey_identifier,mid_program_timestamp,sessions_so_far,"
            + "group_working,scheduling_problem,scheduling_help,comments,mid_program_complete\n";
    private static final String ROWS = HEADER
            + "M01,,2027-03-02 09:15:44,3,4,0,,,2\n"            // complete
            + "M02,,[not completed],2,,,,,0\n"                   // partial: incomplete with answers
            + "M03,,[not completed],4,3,,,,1\n"                  // partial: unverified
            + "M04,,,,,,,,0\n"                                   // never started: skipped
            + "M05,,2027-03-04 18:00,5,5,0,,,2\n";              // complete

    private static ResponseSet read(ImportOptions options) {
        return ResponseImporter.parse(MID, ROWS, "mid.csv", ResponseFormat.AUTO, options);
    }

    @Test
    void partialResponsesAreKeptAsideAndNotCountedAsReturned() {
        ResponseSet set = read(ImportOptions.defaults());
        assertThat(set.returnedIds()).containsExactly("M01", "M05");
        assertThat(set.partialIds()).containsExactly("M02", "M03");
        assertThat(set.partial()).allMatch(r -> r.completion() == Completion.PARTIAL);
        assertThat(set.summary().taken()).isEqualTo(2);
        assertThat(set.summary().partial()).isEqualTo(2);
        assertThat(set.summary().oneLine()).isEqualTo("5 rows read, 2 taken, 2 partial (not counted as returned),"
                + " 1 skipped (no answers: 1), 3 notes");
    }

    @Test
    void partialResponsesCountWhenAsked() {
        ResponseSet set = read(ImportOptions.defaults().withCountPartial(true));
        assertThat(set.returnedIds()).containsExactly("M01", "M02", "M03", "M05");
        assertThat(set.partial()).isEmpty();
        assertThat(set.of("M02").orElseThrow().completion()).isEqualTo(Completion.PARTIAL);
        assertThat(set.of("M01").orElseThrow().isComplete()).isTrue();
    }

    @Test
    void submissionTimeIsTakenFromTheSurveyTimestamp() {
        ResponseSet set = read(ImportOptions.defaults());
        assertThat(set.of("M01").orElseThrow().submitted()).isEqualTo("2027-03-02T09:15:44");
        assertThat(set.of("M05").orElseThrow().submitted()).isEqualTo("2027-03-04T18:00");
        assertThat(set.partial().get(0).submitted()).isEmpty();
    }

    @Test
    void aLabelExportsStatusWordsAreRead() {
        String labels = "Record ID,How many group sessions have you attended so far?,Complete?\n"
                + "M01,3,Complete\nM02,2,Unverified\nM03,1,Incomplete\n";
        ResponseSet set = ResponseImporter.parse(MID, labels, "mid.csv", ResponseFormat.AUTO, ImportOptions.defaults());
        assertThat(set.returnedIds()).containsExactly("M01");
        assertThat(set.partialIds()).containsExactly("M02", "M03");
    }

    @Test
    void aPartialSubmissionNeverReplacesACompleteOne() {
        String csv = HEADER + "M01,,2027-03-02 09:15,3,4,0,,,2\nM01,,[not completed],1,,,,,0\n";
        ResponseSet set = ResponseImporter.parse(MID, csv, "mid.csv", ResponseFormat.AUTO,
                ImportOptions.defaults().withKnownParticipants(Set.of("M01")));
        assertThat(set.of("M01").orElseThrow().source()).isEqualTo("mid.csv:2");
        assertThat(set.summary().skipped()).extracting(Skip::location, Skip::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mid.csv:3", Skip.DUPLICATE));
    }

    @Test
    void formatsWithoutStatusGiveCompleteResponses() {
        String json = "[{\"participant_id\":\"M01\",\"sessions_so_far\":3}]";
        ResponseSet set = ResponseImporter.parse(MID, json, "mid.json", ResponseFormat.AUTO, ImportOptions.defaults());
        assertThat(set.responses()).singleElement().satisfies(r -> assertThat(r.isComplete()).isTrue());
    }

    @Test
    void partialResponsesSurviveTheResponsesFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        ResponseSet set = read(ImportOptions.defaults());
        java.nio.file.Path file = dir.resolve("mid.responses.json");
        set.write(file);
        ResponseSet back = ResponseSet.read(file);
        assertThat(back.partialIds()).containsExactly("M02", "M03");
        assertThat(back.summary().partial()).isEqualTo(2);
        assertThat(back.of("M01").orElseThrow().submitted()).isEqualTo("2027-03-02T09:15:44");
    }
}
