package org.mentorkit.curriculum.internal;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.List;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.model.internal.input.JsonInput;

/** Reads JSON files in three steps (syntax, shape, binding), each failing with located problems, and writes them. */
public final class JsonIo {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    private JsonIo() {
    }

    /** The file's text, read through the model's one bounded input path (regular file, size, UTF-8 or UTF-16). */
    public static String readText(Path file) {
        return JsonInput.readText(file, "a curriculum or overlay file (JSON)");
    }

    /** The JSON tree (bounded in depth and size, numbers finite), or a problem located by line and column. */
    public static JsonValue parse(String text, String source) {
        return JsonInput.parse(text, source);
    }

    /** Checks the shape, then binds; shape problems are all reported together. */
    public static <T> T bind(JsonValue tree, Type type, String source) {
        List<Problem> problems = JsonShape.check(tree, type, source, "");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return JSONB.fromJson(tree.toString(), type);
        } catch (JsonbException e) {
            throw new InvalidInputException(source, "could not be read: " + firstSentence(e.getMessage()));
        }
    }

    /** Pretty-printed JSON of a value. */
    public static String toJson(Object value) {
        return JSONB.toJson(value) + "\n";
    }

    /** The JSON tree of a value (used to merge overlay changes into a session). */
    public static JsonValue toTree(Object value) {
        return parse(JSONB.toJson(value), "(internal)");
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
