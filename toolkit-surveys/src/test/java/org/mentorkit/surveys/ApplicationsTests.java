package org.mentorkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.io.ApplicantCsv;
import org.mentorkit.model.io.ModelFiles;

/** Issue 11, item 6: application responses (REDCap, SurveyJS) give the same participants as the membership CSV. */
class ApplicationsTests {

    private static final Program PROGRAM = ModelFiles.readProgram(PilotData.DIR.resolve("program.json"));
    private static final Instrument APPLICATION = Instruments.builtIn("application", PROGRAM).orElseThrow();
    private static final List<Participant> FROM_CSV = ApplicantCsv.read(PilotData.DIR.resolve("applicants.csv"), PROGRAM);

    private static ResponseSet redcap() {
        return ResponseImporter.read(APPLICATION, List.of(PilotData.SURVEYS.resolve("application.redcap-records.csv")),
                ImportOptions.defaults());
    }

    @Test
    void theApplicationAsksWhatACohortNeeds() {
        assertThat(APPLICATION.items()).extracting(Item::id).contains("display_name", "email", "role", "time_zone",
                "availability", "interests", "career_stage", "specialty", "mentor_career_level", "capacity");
        assertThat(APPLICATION.item("availability").orElseThrow().note()).contains("Tue 12:00-14:00; Mon-Fri 08:00-09:00");
    }

    @Test
    void aREDCapExportOfApplicationsGivesTheParticipantsOfTheMembershipCsv() {
        ResponseSet set = redcap();
        assertThat(set.summary().oneLine()).isEqualTo("25 rows read, 25 taken, 0 skipped, 0 notes");
        assertThat(Applications.participants(set, PROGRAM)).isEqualTo(FROM_CSV);
    }

    @Test
    void surveyJsResultsOfApplicationsGiveTheSameParticipants() {
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (Response response : redcap().responses()) {
            JsonObjectBuilder object = Json.createObjectBuilder().add("participant_id", response.participantId());
            response.answers().forEach((item, values) -> {
                if (APPLICATION.item(item).orElseThrow().kind() == ItemKind.MULTIPLE_CHOICE) {
                    JsonArrayBuilder codes = Json.createArrayBuilder();
                    values.forEach(codes::add);
                    object.add(item, codes);
                } else {
                    object.add(item, values.get(0));
                }
            });
            results.add(object);
        }
        ResponseSet set = ResponseImporter.parse(APPLICATION, results.build().toString(), "applications.json",
                ResponseFormat.AUTO, ImportOptions.defaults());
        assertThat(Applications.participants(set, PROGRAM)).isEqualTo(FROM_CSV);
    }

    @Test
    void aMenteesMentorPreferencesGoIntoTheCohortAndNoPreferenceAddsNone() {
        // Issue 11: the form asked for mentor preferences, and the cohort dropped them.
        String csv = "record_id,display_name,email,role,time_zone,career_stage,specialty,interests,"
                + "mentor_career_level,mentor_gender,mentor_wishes,application_complete\n"
                + "A1,Ada,ada@example.org,mentee,Europe/Paris,3,1,grant writing,3,1,someone who runs trials,2\n"
                + "A2,Bea,bea@example.org,mentee,Europe/Paris,3,1,grant writing,1,0,,2\n"
                + "A3,Cy,cy@example.org,mentee,Europe/Paris,3,1,grant writing,2,,,2\n";
        ResponseSet set = ResponseImporter.parse(APPLICATION, csv, "apps.csv", ResponseFormat.AUTO, ImportOptions.defaults());

        List<Participant> people = Applications.participants(set, PROGRAM);

        assertThat(people.get(0).mentorPreferences()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("careerLevel", List.of("late-career"), "gender", List.of("Woman")));
        assertThat(people.get(1).mentorPreferences()).isEmpty();
        assertThat(people.get(2).mentorPreferences()).containsExactlyEntriesOf(
                java.util.Map.of("careerLevel", List.of("mid-career")));
        // The model accepts them as the cohort file's mentorPreferences, and a late-career mentor meets the first.
        people.forEach(p -> assertThat(org.mentorkit.model.io.ModelValidation.problems(p, PROGRAM)).isEmpty());
        assertThat(FROM_CSV).filteredOn(Participant::isMentor).extracting(Participant::careerLevel).contains("late-career");
    }

    @Test
    void aBadAnswerIsReportedAtTheResponsesSourceAndColumn() {
        String csv = "record_id,display_name,email,role,time_zone,career_stage,specialty,interests,application_complete\n"
                + "A1,Ada,ada@example.org,mentee,Mars/Olympus,3,1,grant writing,2\n";
        ResponseSet set = ResponseImporter.parse(APPLICATION, csv, "apps.csv", ResponseFormat.AUTO, ImportOptions.defaults());
        assertThatThrownBy(() -> Applications.participants(set, PROGRAM)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).anySatisfy(p ->
                        assertThat(p.location()).startsWith("apps.csv:2")));
    }
}
