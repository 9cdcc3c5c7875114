package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.GroupSizes;
import org.mentorkit.model.io.ModelFiles;

/** {@code groupPolicy.sizes} through {@code mentorkit match}: refused when unknown, kept in the groups file. */
class GroupSizesCommandTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");

    @TempDir
    Path temp;

    /** The pilot cohort with {@code "sizes": VALUE} added to its group policy. */
    private Path pilotWithSizes(String value) throws Exception {
        String pilot = Files.readString(EXAMPLE.resolve("cohort.json"), StandardCharsets.UTF_8);
        assertThat(pilot).contains("\"groupPolicy\": {\n      \"minMentees\": 3,");
        Path file = temp.resolve("cohort.json");
        Files.writeString(file, pilot.replace("\"groupPolicy\": {\n      \"minMentees\": 3,",
                "\"groupPolicy\": {\n      \"sizes\": " + value + ",\n      \"minMentees\": 3,"), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void anUnknownSizesValueIsAnInputMistakeNamingThePathAndTheAllowedValues() throws Exception {
        Path cohort = pilotWithSizes("\"flexible\"");
        Path out = temp.resolve("groups.json");

        Cli.Run run = Cli.run("match", cohort.toString(), "--out", out.toString(), "--time-limit", "2s", "--quiet");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(cohort + ":19: program.groupPolicy.sizes: expected one of EVEN, WITHIN_POLICY,"
                + " found `flexible`").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        assertThat(temp.resolve("groups.md")).doesNotExist();
    }

    @Test
    void withinPolicySizesFormGroupsWithinThePolicyAndTheGroupsFileKeepsTheSetting() throws Exception {
        Path cohort = pilotWithSizes("\"WITHIN_POLICY\"");
        Path out = temp.resolve("groups.json");

        Cli.Run run = Cli.run("match", cohort.toString(), "--out", out.toString(), "--seed", "1", "--time-limit", "5s",
                "--quiet");

        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        Cohort grouped = ModelFiles.readCohort(out);
        assertThat(grouped.program().groupPolicy().sizes()).isEqualTo(GroupSizes.WITHIN_POLICY);
        assertThat(grouped.groups()).hasSize(5).allSatisfy(g -> assertThat(g.menteeIds()).hasSizeBetween(3, 5));
        assertThat(grouped.groups().stream().mapToInt(g -> g.menteeIds().size()).sum()).isEqualTo(20);

        // Re-forming from that file keeps the setting and the groups (nothing changed).
        Path second = temp.resolve("groups-v2.json");
        Cli.Run again = Cli.run("match", out.toString(), "--from", out.toString(), "--out", second.toString(),
                "--quiet");
        assertThat(again.code()).isZero();
        Cohort reformed = ModelFiles.readCohort(second);
        assertThat(reformed.program().groupPolicy().sizes()).isEqualTo(GroupSizes.WITHIN_POLICY);
        assertThat(reformed.groups()).isEqualTo(grouped.groups());
    }
}
