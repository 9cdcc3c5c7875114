package org.mentorkit.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.internal.text.SessionReferences;
import org.mentorkit.model.DefaultProgram;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;

/** "Session N" and session dates come from the curriculum's order and the program, never from stored text. */
class SessionReferencesTests {

    private static final Pattern STORED_NUMBER = Pattern.compile("(?i)\\bsessions? \\d");
    private final Curriculum base = DefaultCurriculum.load();

    private static String problems(Throwable e) {
        return String.join("\n", ((InvalidInputException) e).problems().stream().map(Problem::toString).toList());
    }

    @Test
    void theDefaultCurriculumStoresNoSessionNumbersAndItsReferencesResolve() {
        List<String> stored = new ArrayList<>();
        for (Session session : base.sessions()) {
            SessionReferences.forEachText(session, (path, text) -> {
                if (STORED_NUMBER.matcher(text).find()) {
                    stored.add(session.id() + "." + path + ": " + text);
                }
            });
        }
        assertThat(stored).isEmpty();
        assertThat(SessionReferences.in(base)).extracting(SessionReferences.Reference::targetId)
                .containsExactly("signature-talk", "well-being", "networking-visibility", // kickoff: who facilitates
                        "signature-talk", "self-advocacy", "well-being", "networking-visibility");
        assertThat(CurriculumMarkdown.render(base)).contains("visible contribution from session 5.")
                .doesNotContain("{session:");
    }

    @Test
    void oneSessionRenderedFromItsCurriculumHasItsReferencesResolved() {
        int last = base.sessions().size();
        String page = CurriculumMarkdown.renderSession(base, last);
        assertThat(page).startsWith("## ").contains("visible contribution from session 5.").doesNotContain("{session:");
        assertThat(CurriculumMarkdown.render(base)).contains(page);
        assertThat(CurriculumMarkdown.renderSession(last, base.sessions().get(last - 1)))
                .as("without the curriculum, references stay as written")
                .contains("\\{session:networking-visibility\\}");
        assertThatThrownBy(() -> CurriculumMarkdown.renderSession(base, last + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and " + last);
    }

    @Test
    void aReferenceFollowsItsSessionWhenAnotherIsAdded() {
        String overlay = """
                {"add": [{"after": "kickoff", "session": {"id": "panel", "title": "Panel", "format": "PEER_ONLY",
                  "durationMinutes": 30, "objectives": ["Listen"], "agenda": [{"title": "Panel", "minutes": 30}]}}],
                 "remove": ["career-plan-closing"]}
                """;
        Curriculum result = CurriculumOverlays.apply(base, overlay, "overlay.json");
        Session networking = result.session("networking-visibility").orElseThrow();
        assertThat(SessionReferences.resolved(networking, result).agenda().get(0).details())
                .endsWith("from session 5."); // well-being moved from 4 to 5
    }

    @Test
    void anOverlayThatRemovesAReferencedSessionIsRefusedNamingTheText() {
        assertThatThrownBy(() -> CurriculumOverlays.apply(base, "{\"remove\": [\"networking-visibility\"]}", "overlay.json"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problems(e))
                        .contains("overlay.json: remove[0]: removes session 'networking-visibility', but session"
                                + " 'career-plan-closing' refers to it at sessions[4].agenda[")
                        .contains("visible contribution from {session:networking-visibility}")
                        .contains("change.career-plan-closing"));
    }

    @Test
    void anOverlayThatMovesAReferencedSessionPastItsReferrerIsRefused() {
        String overlay = """
                {"order": ["kickoff", "signature-talk", "self-advocacy", "well-being", "career-plan-closing", "networking-visibility"]}
                """;
        assertThatThrownBy(() -> CurriculumOverlays.apply(base, overlay, "overlay.json"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problems(e)).contains("overlay.json: order: moves session 'networking-visibility'"
                        + " (now session 6) to the other side of session 'career-plan-closing' (now session 5)"));
    }

    @Test
    void aReferenceToAMissingSessionIsACurriculumProblem() {
        Session kickoff = base.sessions().get(0);
        Session broken = new Session(kickoff.id(), kickoff.title(), kickoff.monthOffset(), kickoff.format(),
                kickoff.durationMinutes(), List.of("Prepare for {session:networking}"), kickoff.agenda(), kickoff.prompts(),
                kickoff.preWork(), kickoff.activities(), kickoff.facilitatorNotes(), kickoff.resources(), kickoff.competencies());
        List<Session> sessions = new ArrayList<>(base.sessions());
        sessions.set(0, broken);
        Curriculum curriculum = new Curriculum(base.id(), base.title(), base.version(), base.audience(), base.language(), sessions);
        assertThat(CurriculumRules.problems(curriculum, "c.json")).extracting(Problem::toString)
                .anyMatch(p -> p.startsWith("c.json: sessions[0].objectives[0]: refers to session 'networking', which is not in"));
    }

    @Test
    void sessionDatesComeFromTheProgramAndASessionWithoutADateIsNamed() {
        var program = DefaultProgram.pilot();
        String added = """
                {"add": [{"after": "networking-visibility", "session": {"id": "grant-writing", "title": "Writing a first grant",
                  "monthOffset": 1, "format": "MENTOR_LED", "durationMinutes": 45, "objectives": ["Outline aims"],
                  "agenda": [{"title": "Aims", "minutes": 45}]}}], "remove": ["kickoff"]}
                """;
        Curriculum sixSessions = CurriculumOverlays.apply(base, added, "overlay.json");
        List<LocalDate> dates = SessionDates.of(program, sixSessions, "curriculum");
        // The added session is the 5th: held on the 5th cadence date (May), whatever its monthOffset says (1).
        assertThat(sixSessions.sessions().get(4).id()).isEqualTo("grant-writing");
        assertThat(dates.get(4).getMonthValue()).isEqualTo(program.startDate().plusMonths(4).getMonthValue());

        Curriculum seven = CurriculumOverlays.apply(base, added.replace(", \"remove\": [\"kickoff\"]", ""), "overlay.json");
        assertThatThrownBy(() -> SessionDates.of(program, seven, "curriculum 'x'"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problems(e)).contains("curriculum 'x': sessions[6]: session 7 'career-plan-closing'")
                        .contains("has no date: the program's cadence gives only 6 session dates"));
    }
}
