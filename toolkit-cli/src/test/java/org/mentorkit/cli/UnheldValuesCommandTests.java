package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.cli.Cli.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review finding D5: category values no participant holds were accepted silently. In the example pilot (20 women and
 * 5 men, nobody non-binary or self-described; mentors' career levels late-career and mid-career):
 * a non-isolation rule that protects no one (and replaces the default rules) is an error of {@code validate} and
 * {@code match}; a rule value no one holds beside held ones, and a mentor preference no mentor can meet, are warnings
 * naming the file, the JSON path, the value and the mentee's id, also kept in groups.md.
 */
class UnheldValuesCommandTests {

    private static final Path PILOT = Path.of("..", "examples", "pilot", "cohort.json");

    @TempDir
    Path temp;

    @Test
    void aRuleProtectingNoOneIsRefusedByValidateAndMatch() throws Exception {
        Path cohort = withMatching("nobody.json",
                "\"nonIsolation\": [{\"vocabulary\": \"gender\", \"values\": [\"Self-described\"], \"countMentors\": true}]");
        Cli.Run validate = run("validate", cohort.toString());
        assertThat(validate.code()).as(validate.out()).isEqualTo(2);
        assertThat(validate.err()).contains("nobody.json: program.matching.nonIsolation[0]")
                .contains("no participant holds any of its values [Self-described]").contains("protects no one")
                .contains("gender [Woman, Non-binary]");

        Path out = temp.resolve("groups.json");
        Cli.Run match = run("match", cohort.toString(), "--out", out.toString(), "--quiet", "--time-limit", "1s");
        assertThat(match.code()).isEqualTo(2);
        assertThat(match.err()).contains("program.matching.nonIsolation[0]").contains("protects no one")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void valuesNoOneHoldsBesideHeldOnesAndUnmeetablePreferencesAreNamedAsWarnings() throws Exception {
        Path cohort = withMatching("partly.json",
                "\"nonIsolation\": [{\"vocabulary\": \"gender\", \"values\": [\"Woman\", \"Non-binary\"], \"countMentors\": true}]");
        String json = Files.readString(cohort, StandardCharsets.UTF_8);
        String before = "\"mentorPreferences\": {\"gender\": [\"Woman\"], \"careerLevel\": [\"late-career\"]}";
        String compact = json.replaceAll("\"mentorPreferences\"\\s*:\\s*\\{\\s*\"gender\"\\s*:\\s*\\[\\s*\"Woman\"\\s*\\]\\s*,"
                + "\\s*\"careerLevel\"\\s*:\\s*\\[\\s*\"late-career\"\\s*\\]\\s*\\}", before);
        assertThat(compact).as("the pilot's M02 states a preference").contains(before);
        Files.writeString(cohort, compact.replaceFirst(java.util.regex.Pattern.quote(before),
                "\"mentorPreferences\": {\"gender\": [\"Non-binary\"], \"careerLevel\": [\"emeritus\"]}"),
                StandardCharsets.UTF_8);

        Cli.Run validate = run("validate", cohort.toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.err()).contains("warning: " + cohort + ": program.matching.nonIsolation[0].values[1]: "
                + "`Non-binary`: no participant holds it")
                .contains("participants[1].mentorPreferences.gender[0]: `Non-binary` (mentee M02): no mentor holds it")
                .contains("participants[1].mentorPreferences.careerLevel[0]: `emeritus` (mentee M02)");

        Path out = temp.resolve("groups.json");
        Cli.Run match = run("match", cohort.toString(), "--out", out.toString(), "--quiet", "--time-limit", "1s");
        assertThat(match.code()).as(match.err()).isZero();
        assertThat(match.err()).contains("nonIsolation[0].values[1]").contains("(mentee M02): no mentor holds it");
        assertThat(Files.readString(temp.resolve("groups.md"), StandardCharsets.UTF_8))
                .contains("mentee M02").contains("no mentor holds it");
    }

    /** The pilot cohort with {@code matching} settings added after its weights. */
    private Path withMatching(String name, String setting) throws Exception {
        String json = Files.readString(PILOT, StandardCharsets.UTF_8);
        String weights = json.substring(json.indexOf("\"weights\""));
        weights = weights.substring(0, weights.indexOf('}') + 1);
        assertThat(json).contains(weights);
        Path file = temp.resolve(name);
        Files.writeString(file, json.replace(weights, weights + ", " + setting), StandardCharsets.UTF_8);
        return file;
    }
}
