package org.mentorkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.io.ModelValidation;

/** The builders give exactly the records the positional constructors give, with documented defaults. */
class BuildersTests {

    @Test
    void participantBuilderSetsEveryComponent() {
        List<WeeklyWindow> week = List.of(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        Participant built = Participant.builder("m1", "Helen Fraser", Role.MENTOR, "Europe/London")
                .email("helen@example.org").availability(week).interests(List.of("genomics"))
                .careerStage("Principal investigator").specialty("genetics").institution("Example University")
                .country("United Kingdom").attribute("gender", List.of("Woman")).capacity(2)
                .careerLevel("late-career").mentorPreference("careerLevel", List.of("mid-career"))
                .build();

        assertThat(built).isEqualTo(new Participant("m1", "Helen Fraser", "helen@example.org", Role.MENTOR,
                "Europe/London", week, List.of("genomics"), "Principal investigator", "genetics", "Example University",
                "United Kingdom", Map.of("gender", List.of("Woman")), 2, "late-career",
                Map.of("careerLevel", List.of("mid-career"))));
    }

    @Test
    void participantDefaultsAreEmptyTextsAndListsAndCapacityByRole() {
        Participant mentee = Participant.builder("e1", "Ana Souza", Role.MENTEE, "America/Sao_Paulo").build();
        Participant mentor = Participant.builder("m1", "Helen Fraser", Role.MENTOR, "Europe/London").build();

        assertThat(mentee).isEqualTo(new Participant("e1", "Ana Souza", "", Role.MENTEE, "America/Sao_Paulo",
                List.of(), List.of(), "", "", "", "", Map.of(), 0, "", Map.of()));
        assertThat(mentor.capacity()).isEqualTo(1);
    }

    @Test
    void toBuilderChangesOnlyWhatIsSet() {
        Participant original = Participant.builder("e1", "Ana Souza", Role.MENTEE, "America/Sao_Paulo")
                .attribute("gender", List.of("Woman")).interests(List.of("leadership")).build();

        Participant moved = original.toBuilder().email("ana@example.org").build();

        assertThat(moved).isEqualTo(new Participant("e1", "Ana Souza", "ana@example.org", Role.MENTEE,
                "America/Sao_Paulo", List.of(), List.of("leadership"), "", "", "", "",
                Map.of("gender", List.of("Woman")), 0, "", Map.of()));
        assertThat(original.toBuilder().build()).isEqualTo(original);
    }

    @Test
    void buildersRefuseNullNamingTheOption() {
        assertThatThrownBy(() -> Participant.builder("e1", "Ana", Role.MENTEE, "UTC").email(null))
                .isInstanceOf(NullPointerException.class).hasMessageStartingWith("email must not be null");
        assertThatThrownBy(() -> Program.builder("p", "P", "S", null))
                .isInstanceOf(NullPointerException.class).hasMessage("startDate must not be null");
    }

    @Test
    void programBuilderHasThePilotsDefaultsAndSetsEveryComponent() {
        LocalDate start = LocalDate.of(2027, 3, 2);
        Program minimal = Program.builder("circles", "Circles", "Example Society", start).build();
        assertThat(minimal).isEqualTo(new Program("circles", "Circles", "Example Society", "", start, 6,
                Cadence.monthlySecondTuesday(), DeliveryMode.VIRTUAL, GroupPolicy.pilot(), MatchingSettings.defaults(),
                List.of(), ApplicantColumns.defaults(), ""));

        Program pilot = DefaultProgram.pilot();
        Program rebuilt = Program.builder(pilot.id(), pilot.name(), pilot.society(), pilot.startDate())
                .description(pilot.description()).lengthMonths(pilot.lengthMonths()).cadence(pilot.cadence())
                .deliveryMode(pilot.deliveryMode()).groupPolicy(pilot.groupPolicy()).matching(pilot.matching())
                .vocabularies(pilot.vocabularies()).applicantColumns(pilot.applicantColumns())
                .contactEmail("mentoring@example.org").build();
        assertThat(rebuilt).isEqualTo(pilot.toBuilder().contactEmail("mentoring@example.org").build());
        assertThat(rebuilt.contactEmail()).isEqualTo("mentoring@example.org");
        assertThat(pilot.toBuilder().build()).isEqualTo(pilot);
    }

    @Test
    void builtRecordsAreValidatedLikeAnyOther() {
        Program program = Program.builder("bad id!", "Circles", "Example Society", LocalDate.of(2027, 3, 2))
                .lengthMonths(0).build();

        assertThat(ModelValidation.problems(program)).extracting(Problem::location)
                .anySatisfy(location -> assertThat(location).contains("id"))
                .anySatisfy(location -> assertThat(location).contains("lengthMonths"));
    }
}
