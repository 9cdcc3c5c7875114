package org.mentorkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ErrorCodeTests {

    @Test
    void numbersAreStableAndNeverReused() {
        // Append only: a code keeps its number forever, even when retired (like Hibernate Validator's HV ids).
        Map<String, Integer> published = new LinkedHashMap<>();
        published.put("INVALID_INPUT", 1);
        published.put("IO", 2);
        published.put("TEMPLATE", 3);
        published.put("CANCELLED", 4);
        published.put("INTERRUPTED", 5);
        published.put("PDF", 6);
        published.put("FONT", 7);
        published.put("CALENDAR", 8);
        published.put("CALENDAR_TIME_ZONE", 9);
        published.put("DUPLICATE_CURRICULUM", 10);
        published.put("BROKEN_INSTALLATION", 11);
        published.put("COMMAND_LINE", 12);
        published.put("INTERNAL", 13);
        published.put("SEND_LEDGER", 14);
        published.put("MAIL_LOGIN", 15);
        published.put("MAIL_MESSAGE", 16);

        published.forEach((name, number) -> assertThat(ErrorCode.valueOf(name).number()).as(name).isEqualTo(number));
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::number).distinct())
                .hasSize(ErrorCode.values().length);
    }

    @Test
    void idIsMkAndFourDigits() {
        assertThat(ErrorCode.INVALID_INPUT.id()).isEqualTo("MK0001");
        assertThat(ErrorCode.INTERNAL.toString()).isEqualTo("MK0013");
    }

    @Test
    void theArchitectureGuideListsEveryCodeWithItsNumber() throws IOException {
        String guide = Files.readString(Path.of("../docs/architecture.md"));
        Matcher row = Pattern.compile("(?m)^\\| (MK\\d{4}) \\| `(\\w+)` \\|").matcher(guide);
        Map<String, String> documented = new LinkedHashMap<>();
        while (row.find()) {
            documented.put(row.group(2), row.group(1));
        }
        Map<String, String> actual = new LinkedHashMap<>();
        Arrays.stream(ErrorCode.values()).forEach(code -> actual.put(code.name(), code.id()));
        assertThat(documented).isEqualTo(actual);
    }

    @Test
    void exceptionsCarryTheirCode() {
        assertThat(new InvalidInputException("cohort.json", "empty").code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(new ToolkitException(ErrorCode.IO, "could not write x").code()).isEqualTo(ErrorCode.IO);
    }
}
