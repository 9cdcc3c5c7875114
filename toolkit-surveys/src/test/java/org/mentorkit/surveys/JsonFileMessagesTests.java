package org.mentorkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.surveys.report.Codebook;

/**
 * The surveys module's JSON files (instruments, codebooks, response sets) are read by the model's one reading path,
 * so their mistakes are reported like a program's: file, line and JSON path, what was expected, no Java type names.
 */
class JsonFileMessagesTests {

    private static final Pattern JAVA_NAMES =
            Pattern.compile("java\\.|jakarta\\.|org\\.|Exception|Instrument\\b|ItemKind|Codebook|ResponseSet|List<");

    @TempDir
    Path folder;

    @Test
    void anInstrumentWithAMisspeltKeyAndAWrongKindNamesFileLineAndPath() throws IOException {
        Path file = write("instrument.json", """
                {
                  "id": "intake",
                  "title": "Intake",
                  "wave": "PRE",
                  "respondents": "EVERYONE",
                  "sections": [
                    {"title": "About you", "items": [
                      {"id": "role", "kind": "SINGEL_CHOICE", "text": "Your role", "required": true},
                      {"id": "years", "kind": "NUMBER", "txet": "Years in practice"}
                    ]}
                  ]
                }
                """);
        assertThatThrownBy(() -> InstrumentFiles.read(file))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .contains(file + ":8: sections[0].items[0].kind: expected one of ")
                        .contains("found `SINGEL_CHOICE`; did you mean `SINGLE_CHOICE`?")
                        .contains(file + ":9: sections[0].items[1].txet: unknown key `txet`; did you mean `text`?")
                        .doesNotContainPattern(JAVA_NAMES));
    }

    @Test
    void aCodebookWithPatternsAsTextNamesTheListThatWasExpected() throws IOException {
        Path file = write("codebook.json", "{\"themes\": [\n  {\"id\": \"growth\", \"label\": \"Growth\", "
                + "\"patterns\": \"grew\"}\n]}\n");
        assertThatThrownBy(() -> Codebook.read(file))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .isEqualTo(file + ":2: themes[0].patterns: expected a list [ ... ] of texts in double quotes, "
                                + "found text"));
    }

    @Test
    void aResponseSetWithAnAnswerThatIsNotAListIsRefusedAtItsPath() throws IOException {
        Path file = write("responses.json", """
                {"instrument": {"id": "x", "title": "X", "wave": "PRE", "respondents": "EVERYONE", "sections": []},
                 "responses": [
                   {"participantId": "p1", "answers": {"q1": 4}}
                 ]}
                """);
        assertThatThrownBy(() -> ResponseSet.read(file))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .startsWith(file + ":3: responses[0].answers.q1: expected a list [ ... ] of texts")
                        .doesNotContainPattern(JAVA_NAMES));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }
}
