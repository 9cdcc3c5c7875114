package org.mentorkit.model.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.EarlierSlot;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Problem;

class JsonBindingTests {

    /** What a coordinator must never see in a message about their JSON file. */
    private static final Pattern JAVA_NAMES =
            Pattern.compile("java\\.|jakarta\\.|org\\.|Exception|LocalDate|LocalTime|DayOfWeek|MeetingSlot|EarlierSlot|int\\b");

    @Test
    void bindsACheckedDocumentNormalisingWhatItAcceptsLeniently() {
        String json = "{\"until\": \"2027-03-01\", \"slot\": {\"day\": \"tue\", \"time\": \"9:00\", "
                + "\"timeZone\": \"Europe/Paris\", \"durationMinutes\": 60.0}}";
        EarlierSlot slot = JsonBinding.read(json, EarlierSlot.class, "groups.json");
        assertThat(slot).isEqualTo(new EarlierSlot(LocalDate.of(2027, 3, 1),
                new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(9, 0), "Europe/Paris", 60)));
    }

    @Test
    void reportsEveryShapeProblemWithFileLineAndPathTopToBottom() {
        String json = "{\n"
                + "  \"until\": \"1 March\",\n"
                + "  \"slot\": {\n"
                + "    \"day\": \"Funday\",\n"
                + "    \"tme\": \"09:00\",\n"
                + "    \"durationMinutes\": \"an hour\"\n"
                + "  }\n"
                + "}\n";
        assertThatThrownBy(() -> JsonBinding.read(json, EarlierSlot.class, "groups.json"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    List<String> lines = ((InvalidInputException) e).problems().stream().map(Problem::toString).toList();
                    assertThat(lines).containsExactly(
                            "groups.json:2: until: expected a date like 2027-01-15 (year-month-day), found `1 March`",
                            "groups.json:4: slot.day: expected one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, "
                                    + "SATURDAY, SUNDAY, found `Funday`; did you mean `SUNDAY`?",
                            "groups.json:5: slot.tme: unknown key `tme`; did you mean `time`?",
                            "groups.json:6: slot.durationMinutes: expected a whole number, found text");
                    assertThat(String.join("\n", lines)).doesNotContainPattern(JAVA_NAMES).doesNotContain("an hour");
                });
    }

    @Test
    void aPartOfADocumentIsLocatedAtItsPathInTheFile() {
        var part = Json.createObjectBuilder().add("day", 3).add("time", "25:00").build();
        assertThatThrownBy(() -> JsonBinding.bindPart(part, MeetingSlot.class, "overlay.json", "change.kickoff.slot"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::toString)
                        .containsExactly(
                                "overlay.json: change.kickoff.slot.day: expected one of MONDAY, TUESDAY, WEDNESDAY, "
                                        + "THURSDAY, FRIDAY, SATURDAY, SUNDAY, found the number 3",
                                "overlay.json: change.kickoff.slot.time: expected a time like 18:30 (24-hour HH:mm), "
                                        + "found `25:00`"));
    }

    @Test
    void aDocumentOfTheWrongKindNamesWhatWasExpectedNotAJavaType() {
        for (String json : List.of("[1, 2]", "null", "\"text\"", "42", "{\"until\": [\"2027-01-01\"]}",
                "{\"slot\": {\"durationMinutes\": 1e10}}", "{\"slot\": {\"durationMinutes\": 1.5}}")) {
            assertThatThrownBy(() -> JsonBinding.read(json, EarlierSlot.class, "x.json"))
                    .as(json)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(e.getMessage()).startsWith("x.json").contains("expected")
                            .doesNotContainPattern(JAVA_NAMES));
        }
    }
}
