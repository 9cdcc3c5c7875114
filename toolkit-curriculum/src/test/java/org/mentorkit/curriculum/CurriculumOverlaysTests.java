package org.mentorkit.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;

class CurriculumOverlaysTests {

    @TempDir
    Path dir;

    private final Curriculum base = DefaultCurriculum.load();

    private static String problems(Throwable e) {
        return String.join("\n", ((InvalidInputException) e).problems().stream().map(Problem::toString).toList());
    }

    private static final String NEW_SESSION = """
            {"id": "grant-writing", "title": "Writing a first grant", "monthOffset": 4, "format": "MENTOR_LED",
             "durationMinutes": 45, "objectives": ["Outline specific aims"],
             "agenda": [{"title": "Aims page critique", "minutes": 45, "details": "Each mentee shares a draft."}]}
            """;

    @Test
    void appliesEveryKindOfChangeAndTheResultSavesAndReadsBack() throws Exception {
        String overlay = """
                {
                  "id": "sno-2027", "title": "Programa de mentoría entre pares", "version": "2027.1", "language": "es",
                  "remove": ["career-plan-closing"],
                  "replace": [{"id": "signature-talk", "title": "Charla insignia", "format": "PEER_ONLY", "durationMinutes": 30,
                               "objectives": ["Preparar la apertura"], "agenda": [{"title": "Aperturas", "minutes": 30}]}],
                  "change": {"kickoff": {"title": "Inicio del programa", "durationMinutes": 90,
                             "agenda": [{"title": "Presentaciones", "minutes": 60}, {"title": "Pacto del grupo", "minutes": 30}]}},
                  "add": [{"after": "self-advocacy", "session": %s}],
                  "addResources": {"kickoff": [{"title": "Society handbook", "url": "https://example.org/handbook",
                      "kind": "TOOLKIT", "free": true, "description": "Our own rules.", "lastChecked": "2026-11-27",
                      "checkedHow": "opened by the coordinator"}]},
                  "dropResources": {"kickoff": ["Facilitating Entering Mentoring"]},
                  "order": ["kickoff", "signature-talk", "self-advocacy", "grant-writing", "well-being", "networking-visibility"]
                }
                """.formatted(NEW_SESSION);
        Curriculum result = CurriculumOverlays.apply(base, overlay, "overlay.json");
        assertThat(result.id()).isEqualTo("sno-2027");
        assertThat(result.language()).isEqualTo("es");
        assertThat(result.sessions()).extracting(Session::id).containsExactly("kickoff", "signature-talk", "self-advocacy",
                "grant-writing", "well-being", "networking-visibility");
        Session kickoff = result.session("kickoff").orElseThrow();
        assertThat(kickoff.title()).isEqualTo("Inicio del programa");
        assertThat(kickoff.durationMinutes()).isEqualTo(90);
        assertThat(kickoff.prompts()).isEqualTo(base.session("kickoff").orElseThrow().prompts()); // untouched fields stay
        assertThat(kickoff.resources()).extracting(Resource::title).doesNotContain("Facilitating Entering Mentoring")
                .contains("Society handbook");
        assertThat(result.session("signature-talk").orElseThrow().title()).isEqualTo("Charla insignia");
        Path saved = dir.resolve("sno-2027.json");
        CurriculumFiles.write(result, saved);
        assertThat(CurriculumFiles.read(saved)).isEqualTo(result);
    }

    @Test
    void readsAnOverlayFile() throws Exception {
        Path file = dir.resolve("o.json");
        Files.writeString(file, "{\"title\": \"Renamed\"}");
        assertThat(CurriculumOverlays.apply(base, file).title()).isEqualTo("Renamed");
    }

    @Test
    void unknownSessionReferencesAreErrorsWithPathsAndSuggestions() {
        String overlay = """
                {"remove": ["wellbeing"], "change": {"kickof": {"title": "x"}},
                 "add": [{"after": "closing", "session": %s}],
                 "dropResources": {"kickoff": ["Facilitating Entering Mentorin"]},
                 "order": ["kickoff", "kickoff"]}
                """.formatted(NEW_SESSION);
        assertThatThrownBy(() -> CurriculumOverlays.apply(base, overlay, "overlay.json"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problems(e))
                        .contains("overlay.json: remove[0]: no session 'wellbeing' in curriculum 'mentorkit-peer-6' (did you mean 'well-being'?)")
                        .contains("overlay.json: change.kickof: no session 'kickof' in curriculum 'mentorkit-peer-6' (did you mean 'kickoff'?)")
                        .contains("overlay.json: add[0].after: no session 'closing'")
                        .contains("overlay.json: dropResources.kickoff[0]: session 'kickoff' has no resource with the title or URL"
                                + " 'Facilitating Entering Mentorin' (did you mean 'Facilitating Entering Mentoring'?)")
                        .contains("overlay.json: order[1]: 'kickoff' is listed twice")
                        .contains("overlay.json: order: must list every session of the result once; missing: signature-talk"));
    }

    @Test
    void badKeysAndTypesInTheOverlayAreReportedBeforeAnythingIsApplied() {
        String overlay = "{\"remvoe\": [\"kickoff\"],\n \"change\": {\"kickoff\": {\"durationMinutes\": \"long\",\n \"titel\": \"x\"}}}";
        assertThatThrownBy(() -> CurriculumOverlays.apply(base, overlay, "overlay.json"))
                .satisfies(e -> assertThat(problems(e))
                        .contains("overlay.json:1: remvoe: unknown key `remvoe`; did you mean `remove`?")
                        .contains("overlay.json:2: change.kickoff.durationMinutes: expected a whole number")
                        .contains("overlay.json:3: change.kickoff.titel: unknown key `titel`; did you mean `title`?"));
    }

    @Test
    void aChangeThatBreaksTheAgendaTimingIsReportedOnTheResult() {
        String overlay = "{\"change\": {\"kickoff\": {\"durationMinutes\": 75}}}";
        assertThatThrownBy(() -> CurriculumOverlays.apply(base, overlay, "overlay.json"))
                .satisfies(e -> assertThat(problems(e)).contains("overlay.json (result of the overlay on 'mentorkit-peer-6'): "
                        + "sessions[0].agenda: the items add up to 60 minutes but durationMinutes is 75"));
    }

    @Test
    void addingAnExistingIdOrChangingAnIdIsRefused() {
        String overlay = "{\"change\": {\"kickoff\": {\"id\": \"start\"}}, \"add\": [{\"session\": {\"id\": \"kickoff\", \"title\": \"t\"}}]}";
        assertThatThrownBy(() -> CurriculumOverlays.apply(base, overlay, "o.json"))
                .satisfies(e -> assertThat(problems(e))
                        .contains("o.json: change.kickoff.id: a session's id cannot be changed")
                        .contains("o.json: add[0].session.id: a session 'kickoff' already exists"));
    }

    @Test
    void referringToARemovedSessionSaysSo() {
        String overlay = "{\"remove\": [\"kickoff\"], \"change\": {\"kickoff\": {\"title\": \"x\"}}}";
        assertThatThrownBy(() -> CurriculumOverlays.apply(base, overlay, "o.json"))
                .satisfies(e -> assertThat(problems(e)).contains("o.json: change.kickoff: session 'kickoff' was removed by this overlay's remove list"));
    }

    @Test
    void malformedOverlayGivesLineAndColumn() {
        assertThatThrownBy(() -> CurriculumOverlays.apply(base, "{\n \"remove\": [\"a\",]\n}", "o.json"))
                .satisfies(e -> assertThat(problems(e)).startsWith("o.json:2:"));
    }
}
