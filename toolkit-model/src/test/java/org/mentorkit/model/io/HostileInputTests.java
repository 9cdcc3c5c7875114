package org.mentorkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.model.io.TestFiles.file;
import static org.mentorkit.model.io.TestFiles.problemsOf;
import static org.mentorkit.model.io.TestFiles.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.Program;

/** Issue 12, reproduced first: each hostile input the issue lists, read through the model's files. */
class HostileInputTests {

    @TempDir
    Path temp;

    @Test
    void aWeightOf1e400IsRefusedAtValidateTimeNotNaNLater() {
        String program = text("program.json").replaceFirst("\\{", "{\"matching\": {\"weights\": {\"interests\": 1e400}},");
        assertThat(problemsOf(() -> ModelJson.readProgram(program, "program.json"))).singleElement().asString()
                .startsWith("program.json:1: matching.weights.interests: the number 1E+400 is too large");
    }

    @Test
    void aProgramSavedAsUtf16IsRead() throws Exception {
        Path utf16 = temp.resolve("program.json");
        byte[] body = text("program.json").getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[body.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withMark, 2, body.length);
        Files.write(utf16, withMark);
        assertThat(ModelFiles.readProgram(utf16)).isEqualTo(ModelFiles.readProgram(file("program.json")));
    }

    @Test
    void aCohortSavedAsWindows1252IsNamedWithItsLine() throws Exception {
        Path ansi = temp.resolve("cohort.json");
        Files.write(ansi, text("cohort.json").replace("Zofia", "Zo\u00eb").getBytes(Charset.forName("windows-1252")));
        assertThat(problemsOf(() -> ModelFiles.readCohort(ansi))).singleElement().asString()
                .startsWith(ansi + ":").contains("is not UTF-8 text").contains("Windows-1252")
                .doesNotContain("Input length");
    }

    @Test
    void jsonNestedTooDeeplyIsAnInputProblemNamingTheFile() throws Exception {
        Path deep = temp.resolve("cohort.json");
        Files.writeString(deep, "{\"participants\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        assertThat(problemsOf(() -> ModelFiles.readCohort(deep))).singleElement().asString()
                .startsWith(deep + ":1:").contains("nested more than 64 levels");
    }

    @Test
    void aNulByteInADisplayNameIsRefused() {
        String cohort = text("cohort.json").replace("\"Zofia", "\"Zo\\u0000fia");
        assertThat(problemsOf(() -> ModelJson.readCohort(cohort, "cohort.json")))
                .anyMatch(p -> p.contains("participants[0].displayName: holds the control character U+0000 at position 3"));
    }

    @Test
    void aFolderGivenAsAProgramIsNamedAsAFolder() {
        assertThat(problemsOf(() -> ModelFiles.readProgram(temp))).singleElement().asString()
                .isEqualTo(temp + ": is a folder, not a file; expected a program file (JSON)");
    }

    @Test
    void validProgramStillReads() {
        Program program = ModelFiles.readProgram(file("program.json"));
        assertThat(program.id()).isNotBlank();
    }
}
