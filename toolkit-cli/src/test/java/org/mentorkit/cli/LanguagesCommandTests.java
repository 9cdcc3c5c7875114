package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguagesCommandTests {

    private static final Path PILOT_PROGRAM = Path.of("..", "examples", "pilot", "program.json");

    @TempDir
    Path temp;

    @Test
    void listsEnglishAsTheSourceAndEveryTranslatedLanguage() {
        Cli.Run run = Cli.run("languages");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("en ", "source texts");
    }

    @Test
    void theCheckPassesWhenNoLanguageHasGaps() {
        Cli.Run run = Cli.run("languages", "--check");
        assertThat(run.out()).contains("every language has every text English has");
        assertThat(run.code()).isZero();
    }

    @Test
    void aProgramInALanguageNobodyTranslatedIsRefusedWithTheKnownOnes() throws Exception {
        String program = Files.readString(PILOT_PROGRAM);
        assertThat(program).doesNotContain("\"language\"");
        Path file = temp.resolve("program.json");
        Files.writeString(file, program.replaceFirst("\\{", "{\n  \"language\": \"tlh\","));
        Cli.Run run = Cli.run("validate", file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("language", "no translation into 'tlh'", "en").doesNotContain("Exception");
    }

    @Test
    void aMalformedLanguageTagIsNamedAsSuch() throws Exception {
        Path file = temp.resolve("program.json");
        Files.writeString(file, Files.readString(PILOT_PROGRAM).replaceFirst("\\{", "{\n  \"language\": \"es!!\","));
        Cli.Run run = Cli.run("validate", file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("language", "not a BCP 47 language tag");
    }
}
