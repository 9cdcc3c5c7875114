package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.cli.Cli.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review finding D2: a program whose {@code cadence.sessionMinutes} (45) is not its curriculum's session length (the
 * built-in curriculum's 60) was formed, scheduled and printed on 60-minute slots while the packet said "about 45
 * minutes". Now {@code match}, {@code schedule} and {@code packet} refuse it (exit 2), naming the file, the JSON path
 * and both lengths, and write nothing.
 */
class SessionMinutesCommandTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");

    @TempDir
    Path temp;

    @Test
    void matchSchedulePacketRefuseASessionLengthTheCurriculumDoesNotHave() throws Exception {
        Path cohort = temp.resolve("cohort-45.json");
        String json = Files.readString(EXAMPLE.resolve("cohort.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"sessionMinutes\": 60");
        Files.writeString(cohort, json.replace("\"sessionMinutes\": 60", "\"sessionMinutes\": 45"), StandardCharsets.UTF_8);
        Path program = temp.resolve("program-45.json");
        String programJson = Files.readString(EXAMPLE.resolve("program.json"), StandardCharsets.UTF_8);
        Files.writeString(program, programJson.replace("\"sessionMinutes\": 60", "\"sessionMinutes\": 45"),
                StandardCharsets.UTF_8);

        Cli.Run match = run("match", cohort.toString(), "--out", temp.resolve("groups.json").toString(), "--quiet",
                "--time-limit", "1s");
        assertThat(match.code()).as(match.out() + match.err()).isEqualTo(2);
        assertThat(match.err()).contains("cohort-45.json: program.cadence.sessionMinutes").contains("is 45")
                .contains("60 minutes").contains("set sessionMinutes to 60").doesNotContain("Exception");
        assertThat(temp.resolve("groups.json")).doesNotExist();

        Cli.Run schedule = run("schedule", cohort.toString(), "--out", temp.resolve("calendars").toString());
        assertThat(schedule.code()).isEqualTo(2);
        assertThat(schedule.err()).contains("program.cadence.sessionMinutes").contains("is 45");
        assertThat(temp.resolve("calendars").resolve("schedule.md")).doesNotExist();

        Cli.Run packet = run("packet", "--program", program.toString(), "--documents", "overview", "--format", "md",
                "--no-forms", "--out", temp.resolve("packet").toString());
        assertThat(packet.code()).isEqualTo(2);
        assertThat(packet.err()).contains("program-45.json: cadence.sessionMinutes").contains("is 45");
        assertThat(temp.resolve("packet").resolve("markdown")).doesNotExist();

        // The same program with the curriculum's length goes through.
        Cli.Run agreed = run("packet", "--program", EXAMPLE.resolve("program.json").toString(), "--documents",
                "overview,session-guides", "--format", "md", "--no-forms", "--out", temp.resolve("packet60").toString());
        assertThat(agreed.code()).as(agreed.err()).isZero();
        String markdown;
        try (var files = Files.list(temp.resolve("packet60").resolve("markdown"))) {
            markdown = files.map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        assertThat(markdown).contains("about 60 minutes").doesNotContain("about 45 minutes");
    }
}
