package org.mentorkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.io.ModelJson;
import org.mentorkit.model.io.ModelValidation;

class DefaultProgramTests {

    @Test
    void pilotIsValidAndShapedLikeThePublishedPilot() {
        Program pilot = DefaultProgram.pilot();

        assertThat(ModelValidation.problems(pilot)).isEmpty();
        assertThat(pilot.lengthMonths()).isEqualTo(6);
        assertThat(pilot.groupPolicy()).isEqualTo(new GroupPolicy(3, 5, 1));
        assertThat(pilot.deliveryMode()).isEqualTo(DeliveryMode.VIRTUAL);
        assertThat(pilot.vocabularies()).extracting(Vocabulary::id)
                .containsExactly("careerStage", "specialty", "gender", "raceEthnicity", "ageBand");
        assertThat(pilot.vocabulary("raceEthnicity")).hasValueSatisfying(v -> assertThat(v.multiValued()).isTrue());
        assertThat(pilot.vocabulary("ageBand")).hasValueSatisfying(v -> assertThat(v.values()).contains("31-40"));
    }

    @Test
    void pilotKeepsWomenAndUnderRepresentedMembersFromBeingAloneInAGroup() {
        assertThat(DefaultProgram.pilot().nonIsolationRules()).containsExactly(
                new NonIsolationRule("gender", List.of("woman", "non-binary"), true),
                new NonIsolationRule("raceEthnicity", List.of("American Indian or Alaska Native",
                        "Black or African American", "Hispanic or Latino/a", "Native Hawaiian or Pacific Islander"), true));
    }

    @Test
    void isLoadableByIdAndAsAStartingFile() {
        assertThat(DefaultProgram.ids()).containsExactly("pilot");
        assertThat(DefaultProgram.byId("pilot")).contains(DefaultProgram.pilot());
        assertThat(DefaultProgram.byId("nope")).isEmpty();
        String file = ModelJson.write(DefaultProgram.pilot());
        assertThat(ModelJson.readProgram(file, "program.json")).isEqualTo(DefaultProgram.pilot());
    }
}
