package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.cli.Cli.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --language} on {@code schedule}, {@code curriculum show} and {@code init}, and the program's language. */
class LanguageCommandsTests {

    private static final Path GROUPS = Path.of("..", "examples", "surgical-leadership-curriculum", "sample", "groups.json");

    @TempDir
    Path temp;

    @Test
    void scheduleWritesCalendarsAndOverviewInTheLanguageAsked() throws Exception {
        Path dir = temp.resolve("fr");
        Cli.Run run = run("schedule", GROUPS.toString(), "--language", "fr", "--out", dir.toString(),
                "--timestamp", "2026-11-27T12:00:00Z");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("wrote 13 files", " in fr.");
        assertThat(Files.readString(dir.resolve("schedule.md"))).contains("# Calendrier des séances : ")
                .contains("| Lancement : objectifs, attentes et charte de notre groupe | Avec le/la mentor·e | mardi 12 janvier 2027");
        assertThat(Files.readString(dir.resolve("group-g1.ics"))).contains("SUMMARY;LANGUAGE=fr:")
                .contains("Lancement : objectifs");
    }

    @Test
    void scheduleFollowsTheProgramsLanguageAndTheOptionOverridesIt() throws Exception {
        Path groups = temp.resolve("groups.json");
        String json = Files.readString(GROUPS, StandardCharsets.UTF_8);
        Files.writeString(groups, json.replaceFirst("\"contactEmail\": \"mentoring@example.org\"",
                "\"contactEmail\": \"mentoring@example.org\", \"language\": \"de\""), StandardCharsets.UTF_8);
        assertThat(Files.readString(groups)).contains("\"language\": \"de\"");
        Cli.Run german = run("schedule", groups.toString(), "--out", temp.resolve("de").toString());
        assertThat(german.code()).as(german.err()).isZero();
        assertThat(Files.readString(temp.resolve("de/schedule.md"))).contains("# Sitzungsplan: ", "Treffzeit: Dienstag");
        Cli.Run japanese = run("schedule", groups.toString(), "--language", "ja", "--out", temp.resolve("ja").toString());
        assertThat(japanese.code()).as(japanese.err()).isZero();
        assertThat(Files.readString(temp.resolve("ja/schedule.md"))).contains("# セッションスケジュール：");
    }

    @Test
    void anUnknownLanguageExitsTwoAndWritesNothing() {
        Path dir = temp.resolve("xx");
        Cli.Run run = run("schedule", GROUPS.toString(), "--language", "tlh", "--out", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--language", "no translation into 'tlh'").doesNotContain("Exception");
        assertThat(dir).doesNotExist();
    }

    @Test
    void curriculumShowPrintsTheBuiltInCurriculumInTheLanguage() {
        Cli.Run ja = run("curriculum", "show", "mentorkit-peer-6", "--language", "ja");
        assertThat(ja.code()).as(ja.err()).isZero();
        assertThat(ja.out()).startsWith("# 6か月のファシリテーター付きピアメンタリング・カリキュラム")
                .contains("## セッション1：キックオフ：目標、期待、そしてグループの約束", "### 進行表", "言語 ja。");
        Cli.Run es = run("curriculum", "show", "mentorkit-peer-6", "--language", "es", "--json");
        assertThat(es.out()).contains("\"language\": \"es\"", "\"title\": \"Inicio: metas, expectativas y el pacto de nuestro grupo\"");
    }

    @Test
    void initRecordsTheLanguageInProgramJson() throws Exception {
        Path folder = temp.resolve("programa");
        Cli.Run init = run("init", folder.toString(), "--language", "pt-br");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(Files.readString(folder.resolve("program.json"))).contains("\"language\": \"pt-BR\"");
        assertThat(Files.readString(folder.resolve("README.md"))).contains("Its `language` (now `pt-BR`)");
        Cli.Run validate = run("validate", folder.resolve("program.json").toString(), folder.resolve("applicants.csv").toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        Cli.Run bad = run("init", temp.resolve("other").toString(), "--language", "xx-YY");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(temp.resolve("other")).doesNotExist();
    }
}
