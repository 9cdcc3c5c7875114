package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error line the command line prints carries the stable code of its kind (docs/architecture.md). */
class ErrorCodeLinesTests {

    @TempDir
    Path temp;

    @Test
    void everyProblemOfInvalidInputCarriesMk0001() throws Exception {
        Path file = temp.resolve("typo.json");
        Files.writeString(file, "{\"id\": \"x\", \"nmae\": \"Circles\", \"cadance\": {}}");

        Cli.Run run = run("validate", file.toString(), temp.resolve("missing.json").toString());

        assertThat(run.code()).isEqualTo(2);
        List<String> errors = errorLines(run.err());
        assertThat(errors).hasSizeGreaterThanOrEqualTo(2).allSatisfy(line -> assertThat(line).startsWith("error [MK0001]: "));
        assertThat(errors).anySatisfy(line -> assertThat(line).contains("nmae"));
    }

    @Test
    void aMistypedCommandLineCarriesMk0012() {
        Cli.Run run = run("validate", "--no-such-option");

        assertThat(run.code()).isEqualTo(2);
        assertThat(errorLines(run.err())).isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("error [MK0012]: "));
    }

    private static List<String> errorLines(String err) {
        return err.lines().filter(line -> line.startsWith("error")).toList();
    }
}
