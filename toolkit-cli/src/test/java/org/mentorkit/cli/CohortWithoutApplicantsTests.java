package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mentorkit cohort} with an applicants file that has a header and no rows (the template {@code init} writes, an
 * empty export) used to exit 0 and write a cohort of nobody; it is refused, naming the file, with exit code 2 and
 * nothing written (an earlier cohort file stays as it was). The success line reads as one sentence.
 */
class CohortWithoutApplicantsTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");

    @TempDir
    Path temp;

    @Test
    void aHeaderWithoutRowsIsRefusedNamingTheFileAndNothingIsWritten() throws Exception {
        List<String> lines = Files.readAllLines(EXAMPLE.resolve("applicants.csv"), StandardCharsets.UTF_8);
        Path headerOnly = temp.resolve("header-only.csv");
        Files.writeString(headerOnly, lines.get(0) + "\n", StandardCharsets.UTF_8);
        Path out = temp.resolve("cohort.json");

        Cli.Run run = Cli.run("cohort", EXAMPLE.resolve("program.json").toString(), headerOnly.toString(), "--out",
                out.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(headerOnly + ": has no applicant rows after the header").doesNotContain("\tat ");
        assertThat(out).doesNotExist();

        Files.writeString(out, "earlier", StandardCharsets.UTF_8);
        assertThat(Cli.run("cohort", EXAMPLE.resolve("program.json").toString(), headerOnly.toString(), "--out",
                out.toString(), "--replace").code()).isEqualTo(2);
        assertThat(out).hasContent("earlier");
    }

    @Test
    void theLineAfterACohortWithoutMentorsIsOneSentence() throws Exception {
        List<String> lines = Files.readAllLines(EXAMPLE.resolve("applicants.csv"), StandardCharsets.UTF_8);
        List<String> mentees = lines.stream().skip(1).filter(l -> l.toLowerCase(java.util.Locale.ROOT)
                .contains(",mentee,")).toList();
        assertThat(mentees).as("the example's mentee rows").isNotEmpty();
        Path menteesOnly = temp.resolve("mentees.csv");
        Files.writeString(menteesOnly, lines.get(0) + "\n" + String.join("\n", mentees) + "\n", StandardCharsets.UTF_8);
        Path out = temp.resolve("cohort.json");

        Cli.Run run = Cli.run("cohort", EXAMPLE.resolve("program.json").toString(), menteesOnly.toString(), "--out",
                out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("mentees and 0 mentors of program '")
                .contains("'; note: no mentors yet, and every group needs one.").doesNotContain(".;");
    }
}
