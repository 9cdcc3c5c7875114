package org.mentorkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** REDCap repeating instruments: rows named by redcap_repeat_instrument / redcap_repeat_instance. */
class RepeatingInstrumentTests {

    private static final Instrument MID = Instruments.builtIn("mid-program").orElseThrow();
    private static final ImportOptions COHORT = ImportOptions.defaults().withKnownParticipants(Set.of("M01", "M02"));

    @Test
    void eachInstanceIsASubmissionAndTheLastCounts() {
        // The layout of a REDCap export with a repeating form: a base row per record (other forms), then one row per
        // instance with redcap_repeat_instrument = the form's name.
        String csv = "record_id,redcap_repeat_instrument,redcap_repeat_instance,consent,consent_form_complete,"
                + "sessions_so_far,group_working,scheduling_problem,scheduling_help,comments,mid_program_complete\n"
                + "M01,,,1,2,,,,,,\n"
                + "M01,mid_program,1,,,2,3,0,,,2\n"
                + "M01,mid_program,2,,,4,4,0,,,2\n"
                + "M02,,,1,2,,,,,,\n"
                + "M02,mid_program,1,,,3,5,0,,,2\n"
                + "M02,other_form,1,,,,,,,,\n";
        ResponseSet set = ResponseImporter.parse(MID, csv, "mid.csv", ResponseFormat.AUTO, COHORT);
        assertThat(set.returnedIds()).containsExactly("M01", "M02");
        assertThat(set.of("M01").orElseThrow().answers()).containsEntry("sessions_so_far", List.of("4"));
        assertThat(set.summary().skipped()).extracting(s -> s.location() + " " + s.reason()).containsExactlyInAnyOrder(
                "mid.csv:2 other form", "mid.csv:5 other form", "mid.csv:7 other form", "mid.csv:3 duplicate");
    }
}
