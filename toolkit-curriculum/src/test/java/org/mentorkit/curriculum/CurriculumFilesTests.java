package org.mentorkit.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;

class CurriculumFilesTests {

    @TempDir
    Path dir;

    private static String problems(Throwable e) {
        return String.join("\n", ((InvalidInputException) e).problems().stream().map(Problem::toString).toList());
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        String json = "{\n  \"id\": \"x\",\n  \"title\": \"T\"\n  \"version\": \"1\"\n}";
        assertThatThrownBy(() -> CurriculumFiles.parse(json, "c.json"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problems(e)).startsWith("c.json:4:").contains("malformed JSON")
                        .contains("is a comma missing"));
    }

    @Test
    void reportsUnknownKeysWithSuggestionAndPath() {
        String json = "{\"id\":\"x\",\"title\":\"T\",\"version\":\"1\",\"language\":\"en\",\"sessions\":[{\"id\":\"a\",\n"
                + "\"titel\":\"A\",\n\"format\":\"MENTOR_LEAD\",\n\"durationMinutes\":\"sixty\"}]}";
        // The model's one shape check: file, line and JSON path, what was expected, and never the text found.
        assertThatThrownBy(() -> CurriculumFiles.parse(json, "c.json"))
                .satisfies(e -> assertThat(problems(e))
                        .contains("c.json:2: sessions[0].titel: unknown key `titel`; did you mean `title`?")
                        .contains("c.json:3: sessions[0].format: expected one of MENTOR_LED, PEER_ONLY, found "
                                + "`MENTOR_LEAD`; did you mean `MENTOR_LED`?")
                        .contains("c.json:4: sessions[0].durationMinutes: expected a whole number, found text")
                        .doesNotContain("sixty"));
    }

    @Test
    void reportsEveryRuleBrokenAtOnce() {
        String json = "{\"id\":\"bad id\",\"title\":\"T\",\"version\":\"1\",\"language\":\"en\",\"sessions\":["
                + "{\"id\":\"a\",\"title\":\"A\",\"format\":\"MENTOR_LED\",\"durationMinutes\":60,\"objectives\":[\"o\"],"
                + "\"agenda\":[{\"title\":\"x\",\"minutes\":50}],"
                + "\"resources\":[{\"title\":\"R\",\"url\":\"example.org\",\"kind\":\"WEBSITE\",\"description\":\"d\"}]},"
                + "{\"id\":\"a\",\"title\":\"B\",\"format\":\"PEER_ONLY\",\"durationMinutes\":60,\"objectives\":[\"o\"],"
                + "\"agenda\":[{\"title\":\"x\",\"minutes\":60}]}]}";
        assertThatThrownBy(() -> CurriculumFiles.parse(json, "c.json"))
                .satisfies(e -> assertThat(problems(e))
                        .contains("c.json: id: must be a short identifier")
                        .contains("c.json: sessions[0].agenda: the items add up to 50 minutes but durationMinutes is 60")
                        .contains("c.json: sessions[0].resources[0].url: must be an http or https address")
                        .contains("c.json: sessions[0].resources[0].lastChecked: must give the date")
                        .contains("c.json: sessions[0].resources[0].checkedHow: must not be empty")
                        .contains("c.json: sessions[1].id: 'a' is used by an earlier session"));
    }

    @Test
    void writesAtomicallyAndReadsBack() throws Exception {
        Path file = dir.resolve("out/curriculum.json");
        Curriculum curriculum = DefaultCurriculum.load();
        CurriculumFiles.write(curriculum, file);
        assertThat(CurriculumFiles.read(file)).isEqualTo(curriculum);
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("curriculum.json");
        }
    }

    @Test
    void reportsContentAfterTheJsonValueAndEmptyInput() {
        String json = CurriculumFiles.toJson(DefaultCurriculum.load()) + "{\"again\": true}";
        assertThatThrownBy(() -> CurriculumFiles.parse(json, "c.json"))
                .satisfies(e -> assertThat(problems(e)).startsWith("c.json:").contains("after the end of the document"));
        assertThatThrownBy(() -> CurriculumFiles.parse("  ", "c.json"))
                .satisfies(e -> assertThat(problems(e)).isEqualTo("c.json: the file is empty; expected a JSON object { ... }"));
    }

    @Test
    void namesAMissingFile() {
        assertThatThrownBy(() -> CurriculumFiles.read(dir.resolve("nope.json")))
                .satisfies(e -> assertThat(problems(e)).endsWith("nope.json: no such file; expected a curriculum or overlay file (JSON)"));
    }
}
