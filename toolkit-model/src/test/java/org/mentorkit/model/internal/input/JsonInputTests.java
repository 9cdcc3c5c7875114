package org.mentorkit.model.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.InvalidInputException;

class JsonInputTests {

    @Test
    void parsesAnObject() {
        JsonObject object = JsonInput.parse("\uFEFF{\"a\": [1, 2.5, \"x\"], \"b\": {\"c\": null}}", "f").asJsonObject();
        assertThat(object.getJsonArray("a")).hasSize(3);
    }

    @Test
    void deepNestingIsAnInputProblemWithItsLineNotACrash() {
        String deep = "{\"a\":\n" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThatThrownBy(() -> JsonInput.parse(deep, "cohort.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("cohort.json:2:64: objects and lists are nested more than 64 levels deep");
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        String deep = "[".repeat(Limits.JSON_DEPTH) + "]".repeat(Limits.JSON_DEPTH);
        assertThat(JsonInput.parse(deep, "f").getValueType()).isEqualTo(jakarta.json.JsonValue.ValueType.ARRAY);
    }

    @Test
    void bracketsInsideTextsDoNotCount() {
        String text = "{\"a\": \"" + "[{".repeat(1000) + "\\\"\"}";
        assertThat(JsonInput.parse(text, "f").asJsonObject().getString("a")).startsWith("[{[{");
    }

    @Test
    void aNumberBeyondTheRangeOfADoubleIsAnErrorWithItsPath() {
        assertThatThrownBy(() -> JsonInput.parse("{\n \"weights\": {\n  \"age\": 1e400\n }\n}", "program.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("program.json:3: weights.age: the number 1E+400 is too large; numbers must be between "
                        + "-1.7e308 and 1.7e308");
    }

    @Test
    void aNumberOfAMillionDigitsIsRefusedBeforeParsing() {
        String text = "{\"a\": " + "9".repeat(1_000_000) + "}";
        assertThatThrownBy(() -> JsonInput.parse(text, "f"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("f:1:7: a number longer than 100");
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        for (String text : new String[] {"{} {}", "{}x", "1 2", "\"a\" \"b\"", "true false", "[] ]"}) {
            assertThatThrownBy(() -> JsonInput.parse(text, "f")).as(text)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("malformed JSON");
        }
    }

    @Test
    void duplicateKeysAndEmptyFilesAreRefused() {
        assertThatThrownBy(() -> JsonInput.parse("{\"id\": 1, \"id\": 2}", "f"))
                .hasMessageContaining("key `id` appears twice");
        assertThatThrownBy(() -> JsonInput.parse(" \n", "f")).hasMessageContaining("the file is empty");
    }
}
