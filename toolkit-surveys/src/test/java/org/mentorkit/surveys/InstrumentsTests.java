package org.mentorkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Vocabulary;

class InstrumentsTests {

    @Test
    void prePostPairSignatureTalkAndMeasureWhatThePilotMeasured() {
        Instrument pre = Instruments.builtIn("pre-program").orElseThrow();
        Instrument post = Instruments.builtIn("post-program").orElseThrow();
        assertThat(pre.wave()).isEqualTo(Wave.PRE);
        assertThat(post.wave()).isEqualTo(Wave.POST);
        assertThat(pre.item("signature_talk").orElseThrow().pairingKey()).isEqualTo("signature_talk");
        assertThat(post.item("signature_talk").orElseThrow().pairingKey()).isEqualTo("signature_talk");
        assertThat(post.items()).extracting(Item::id).contains("positive_impact", "worthwhile", "participate_again",
                "recommend", "what_helped", "what_to_change");
        assertThat(post.item("worthwhile").orElseThrow().kirkpatrickLevel()).isEqualTo(1);
        assertThat(post.item("signature_talk").orElseThrow().kirkpatrickLevel()).isEqualTo(3);
    }

    @Test
    void applicationFormAsksOneQuestionPerVocabularyInTheProgramsOwnWords() {
        Vocabulary stage = new Vocabulary("careerStage", "Career stage", List.of("Resident", "Fellow", "Junior faculty"),
                List.of(), false);
        Vocabulary race = new Vocabulary("raceEthnicity", "Race/ethnicity", List.of("Asian", "Black", "White"),
                List.of("Black"), true);
        Vocabulary gender = new Vocabulary("gender", "Gender", List.of("Woman", "Man", "Prefer not to say"), List.of(), false);
        Instrument form = Instruments.application(TestPrograms.withVocabularies(stage, race, gender));

        Item stageItem = form.item("career_stage").orElseThrow();
        assertThat(stageItem.kind()).isEqualTo(ItemKind.SINGLE_CHOICE);
        assertThat(stageItem.required()).isTrue();
        assertThat(stageItem.choices()).extracting(Choice::label).containsExactly("Resident", "Fellow", "Junior faculty");
        Item raceItem = form.item("race_ethnicity").orElseThrow();
        assertThat(raceItem.kind()).isEqualTo(ItemKind.MULTIPLE_CHOICE);
        assertThat(raceItem.required()).isFalse();
        assertThat(form.item("mentor_gender").orElseThrow().choices()).extracting(Choice::label)
                .containsExactly("No preference", "Woman", "Man");
        assertThat(form.items()).extracting(Item::id).contains("time_zone", "availability", "interests", "mentor_career_level");
    }

    @Test
    void instrumentJsonRoundTripsThroughTheFileFormat() {
        for (Instrument instrument : Instruments.builtIn()) {
            String json = InstrumentFiles.toJson(instrument);
            assertThat(InstrumentFiles.parse(json, "x.json")).isEqualTo(instrument);
        }
    }

    @Test
    void malformedInstrumentJsonNamesTheFile() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InstrumentFiles.parse("{\"id\": \"x\", ", "broken.json"))
                .isInstanceOf(org.mentorkit.model.InvalidInputException.class)
                .hasMessageStartingWith("broken.json:1:24: malformed JSON");
    }
}
