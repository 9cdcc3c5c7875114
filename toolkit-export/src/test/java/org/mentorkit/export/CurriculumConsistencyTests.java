package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.CurriculumOverlays;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.model.DefaultProgram;
import org.mentorkit.model.InvalidInputException;

/** The packet takes session months from the program's dates and "session N" from the curriculum's order. */
class CurriculumConsistencyTests {

    private static final String ADD_AND_REMOVE = """
            {"add": [{"after": "well-being", "session": {"id": "grant-writing", "title": "Writing a first grant",
              "monthOffset": 1, "format": "MENTOR_LED", "durationMinutes": 45, "objectives": ["Outline aims"],
              "agenda": [{"title": "Aims", "minutes": 45}]}}], "remove": ["kickoff"]}
            """;

    @Test
    void anAddedSessionIsListedInTheMonthItIsHeldAndReferencesFollowTheOrder() {
        Curriculum curriculum = CurriculumOverlays.apply(DefaultCurriculum.load(), ADD_AND_REMOVE, "overlay.json");
        Packet packet = PacketBuilder.forProgram(DefaultProgram.pilot()).curriculum(curriculum)
                .documents(List.of(DocumentKind.OVERVIEW, DocumentKind.SESSION_GUIDES)).build();
        String overview = packet.documents().get(0).markdown();
        String guides = packet.documents().get(1).markdown();
        // Pilot: second Tuesday of each month from January 2027; the added session is the 4th (kickoff removed).
        assertThat(overview).contains("| April 2027 | Session 4: Writing a first grant (with the mentor) |")
                .doesNotContain("February 2027 | Session 4");
        // networking-visibility is now session 5, and the closing session refers to it by id.
        assertThat(guides).contains("visible contribution from session 5.").contains("one protected thing from session 3.")
                .doesNotContain("{session:");
    }

    @Test
    void aSessionWithoutADateIsAnErrorNamingIt() {
        Curriculum seven = CurriculumOverlays.apply(DefaultCurriculum.load(), ADD_AND_REMOVE.replace(", \"remove\": [\"kickoff\"]", ""),
                "overlay.json");
        assertThatThrownBy(() -> PacketBuilder.forProgram(DefaultProgram.pilot()).curriculum(seven).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("session 7 'career-plan-closing'").hasMessageContaining("has no date");
    }
}
