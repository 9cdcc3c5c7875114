package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: an import never writes nothing, never replaces more with less unasked, and keeps partial responses aside. */
class SurveyImportCommandTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");
    private static final String COHORT = EXAMPLE.resolve("cohort.json").toString();
    private static final String PRE = EXAMPLE.resolve("surveys/pre-program.redcap-records.csv").toString();

    @TempDir
    Path temp;

    @Test
    void anImportThatTakesNoRowExitsTwoAndWritesNothing() throws Exception {
        Path csv = temp.resolve("strangers.csv");
        Files.writeString(csv, "record_id,signature_talk,hopes,pre_program_complete\nX1,1,\"Private, about my chair\",2\n");
        Path out = temp.resolve("pre.responses.json");
        Cli.Run run = run("survey", "import", "--instrument", "pre-program", "--cohort", COHORT, csv.toString(),
                "--out", out.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no response taken", "strangers.csv:2: unknown participant")
                .doesNotContain("Private");
        assertThat(out).doesNotExist();
    }

    @Test
    void fewerResponsesDoNotReplaceMoreUnlessAsked() throws Exception {
        Path out = temp.resolve("pre.responses.json");
        assertThat(run("survey", "import", "--instrument", "pre-program", "--cohort", COHORT, PRE, "--out", out.toString())
                .code()).isZero();
        String good = Files.readString(out);
        Path two = temp.resolve("two.csv");
        Files.writeString(two, "record_id,signature_talk,pre_program_complete\nM01,1,2\nM02,0,2\n");
        Cli.Run again = run("survey", "import", "--instrument", "pre-program", "--cohort", COHORT, two.toString(),
                "--out", out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already holds 20 responses; this import has 2", "--replace");
        assertThat(Files.readString(out)).isEqualTo(good);
        Cli.Run replaced = run("survey", "import", "--instrument", "pre-program", "--cohort", COHORT, two.toString(),
                "--out", out.toString(), "--replace");
        assertThat(replaced.code()).as(replaced.err()).isZero();
        assertThat(Files.readString(out)).isNotEqualTo(good);
    }

    @Test
    void partialResponsesAreListedAndCountedOnlyWhenAsked() throws Exception {
        Path csv = temp.resolve("pre.csv");
        Files.writeString(csv, "record_id,signature_talk,pre_program_complete\nM01,1,2\nM02,0,1\n");
        Path out = temp.resolve("pre.responses.json");
        Cli.Run run = run("survey", "import", "--instrument", "pre-program", "--cohort", COHORT, csv.toString(),
                "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("partial pre.csv:3: 'M02' started but did not finish; not counted as returned",
                "2 rows read, 1 taken, 1 partial (not counted as returned), 0 skipped");
        Cli.Run counted = run("survey", "import", "--instrument", "pre-program", "--cohort", COHORT, csv.toString(),
                "--out", temp.resolve("counted.json").toString(), "--count-partial");
        assertThat(counted.out()).contains("2 rows read, 2 taken, 0 skipped");
    }
}
