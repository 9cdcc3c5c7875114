package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.cli.Cli.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: {@code --language} on {@code survey export} and {@code report}, {@code --languages} for SurveyJS. */
class SurveyLanguageCommandTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");
    private static final Path SURVEYS = EXAMPLE.resolve("surveys");

    @TempDir
    Path temp;

    @Test
    void exportsASurveyInSpanishWithTheReviewMarkAndSaysSo() throws Exception {
        Path out = temp.resolve("pre.es.json");
        Cli.Run run = run("survey", "export", "pre-program", "--format", "surveyjs", "--language", "es", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("in es to").contains("machine translation not yet reviewed");
        String json = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(json).contains("\"locale\": \"es\"").contains("Antes del programa").contains("Traducción automática")
                .doesNotContain("Before the program");
    }

    @Test
    void writesOneSurveyInSeveralLanguagesAndRefusesThatForOtherFormats() throws Exception {
        Path out = temp.resolve("mid.json");
        Cli.Run run = run("survey", "export", "mid-program", "--format", "surveyjs", "--languages", "de,ja,en",
                "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("\"de\": \"Zwischenstand zur Halbzeit\"")
                .contains("\"ja\": \"中間チェックイン\"").contains("\"en\": \"Half-way check-in\"");
        Cli.Run redcap = run("survey", "export", "mid-program", "--format", "redcap", "--languages", "de,ja",
                "--out", temp.resolve("mid.csv").toString());
        assertThat(redcap.code()).isEqualTo(2);
        assertThat(redcap.err()).contains("--languages").contains("--format surveyjs");
        assertThat(temp.resolve("mid.csv")).doesNotExist();
        Cli.Run unknown = run("survey", "export", "mid-program", "--format", "redcap", "--language", "xx",
                "--out", temp.resolve("mid.csv").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("--language").contains("no translation into 'xx'");
        assertThat(temp.resolve("mid.csv")).doesNotExist();
    }

    @Test
    void writesTheReportInSpanishWithTheSameFigures() throws Exception {
        Path pre = temp.resolve("pre.responses.json");
        Path post = temp.resolve("post.responses.json");
        String cohort = EXAMPLE.resolve("cohort.json").toString();
        assertThat(run("survey", "import", "--instrument", "pre-program", "--cohort", cohort,
                SURVEYS.resolve("pre-program.redcap-records.csv").toString(), "--out", pre.toString()).code()).isZero();
        assertThat(run("survey", "import", "--instrument", "post-program", "--cohort", cohort,
                SURVEYS.resolve("post-program.redcap-records.csv").toString(), "--out", post.toString()).code()).isZero();
        Cli.Run report = run("report", cohort, "--responses", pre.toString(), post.toString(), "--language", "es",
                "--out", temp.resolve("es").toString());
        assertThat(report.code()).as(report.err()).isZero();
        String md = Files.readString(temp.resolve("es/report.md"), StandardCharsets.UTF_8).replace('\u00a0', ' ');
        assertThat(md).contains("## Quién participó").contains("p = 0,016").contains("10/14 (71 %)")
                .doesNotContain("Who took part");
        assertThat(Files.readString(temp.resolve("es/report.json"), StandardCharsets.UTF_8)).contains("\"language\": \"es\"");
    }
}
