package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.cli.Cli.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mentorkit survey ...} and {@code mentorkit report} on the pilot example, as a coordinator runs them. */
class SurveyCommandTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");
    private static final Path SURVEYS = EXAMPLE.resolve("surveys");

    @TempDir
    Path temp;

    @Test
    void listsTheBuiltInInstruments() {
        Cli.Run run = run("survey", "list");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("application", "pre-program", "mid-program", "post-program");
    }

    @Test
    void exportsAndReimportsADataDictionary() throws Exception {
        Path csv = temp.resolve("post.csv");
        assertThat(run("survey", "export", "post-program", "--format", "redcap", "--out", csv.toString()).code()).isZero();
        assertThat(Files.readString(csv)).startsWith("Variable / Field Name,Form Name,");
        Cli.Run back = run("survey", "import-dictionary", csv.toString(), "--out", temp.toString());
        assertThat(back.code()).isZero();
        assertThat(back.out()).contains("post-program (POST): 13 items");
        assertThat(temp.resolve("post-program.json")).exists();
    }

    @Test
    void importsResponsesAndWritesTheCommitteeAndPublicReports() throws Exception {
        Path pre = temp.resolve("pre.responses.json");
        Path post = temp.resolve("post.responses.json");
        Cli.Run importPre = run("survey", "import", "--instrument", "pre-program", "--cohort", EXAMPLE.resolve("cohort.json").toString(),
                SURVEYS.resolve("pre-program.redcap-records.csv").toString(), "--out", pre.toString());
        assertThat(importPre.code()).as(importPre.err()).isZero();
        assertThat(importPre.out()).contains("20 rows read, 20 taken, 0 skipped");
        assertThat(run("survey", "import", "--instrument", "post-program", "--cohort", EXAMPLE.resolve("cohort.json").toString(),
                SURVEYS.resolve("post-program.surveyjs-results.json").toString(), "--format", "surveyjs",
                "--out", post.toString()).code()).isZero();
        Cli.Run committee = run("report", EXAMPLE.resolve("cohort.json").toString(), "--responses", pre.toString(), post.toString(),
                "--manual-codes", SURVEYS.resolve("manual-codes.csv").toString(), "--out", temp.resolve("c").toString());
        assertThat(committee.code()).as(committee.err()).isZero();
        String markdown = Files.readString(temp.resolve("c/report.md"), StandardCharsets.UTF_8);
        assertThat(markdown).contains("| After the program | POST | 14/20 (70%) | 48-85% |")
                .contains("before 3/20 (15%), 95% CI 5-36%; after 10/14 (71%), 95% CI 45-88%")
                .contains("McNemar exact p = 0.016, mid-p = 0.008");
        assertThat(temp.resolve("c/report.json")).exists();
        assertThat(committee.out()).contains(": 3/20 (15%) before, 10/14 (71%) after; paired n=14, McNemar exact p=0.016")
                .contains("Would you recommend the program to a colleague?: 13/14 (93%) (Yes)");
        Cli.Run open = run("report", EXAMPLE.resolve("cohort.json").toString(), "--responses", pre.toString(), post.toString(),
                "--audience", "public", "--out", temp.resolve("p").toString());
        assertThat(open.code()).isZero();
        assertThat(open.out()).contains("suppressed/20 before, suppressed/14 after").doesNotContain("3/20");
        assertThat(Files.readString(temp.resolve("p/report.md"))).contains("Audience: **public**").contains("before suppressed/20").doesNotContain("Yes: 3/20");
    }

    @Test
    void badInputExitsWithTwoAndOneLinePerProblem() throws Exception {
        Path bad = temp.resolve("bad.csv");
        Files.writeString(bad, "record_id,signature_talk\nM01,\"unclosed\n");
        Cli.Run run = run("survey", "import", "--instrument", "pre-program", bad.toString(), "--out", temp.resolve("x.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("bad.csv:2: malformed CSV").doesNotContain("\tat ");
        Cli.Run unknown = run("survey", "export", "no-such", "--format", "redcap", "--out", temp.resolve("y.csv").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("neither a built-in instrument");
    }
}
