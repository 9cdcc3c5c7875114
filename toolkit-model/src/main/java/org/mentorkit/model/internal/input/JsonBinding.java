package org.mentorkit.model.internal.input;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.lang.reflect.Type;
import java.util.Comparator;
import java.util.List;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.model.internal.JsonLines;
import org.mentorkit.model.internal.JsonPaths;
import org.mentorkit.model.internal.Validators;

/**
 * The one path from JSON text to a record, for every module: {@link JsonInput} parses within its limits,
 * {@link JsonShape} checks every key and value against the record and reports all mistakes at once, and only then
 * JSON-B binds the normalised tree. Problems are located as {@code source:line: json.path}, top to bottom as the file
 * reads, and never carry a Java type or exception name.
 */
public final class JsonBinding {

    private JsonBinding() {
    }

    private static final class Holder {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    /** Parses, checks and binds {@code text} as {@code type}; {@code source} names the input in problems. */
    public static <T> T read(String text, Type type, String source) {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return bind(JsonInput.parse(json, source), type, source, json);
    }

    /**
     * Checks and binds a parsed document; {@code text} is the document's text, used only to give each problem the
     * line of its JSON path.
     */
    public static <T> T bind(JsonValue tree, Type type, String source, String text) {
        JsonShape.Checked checked = JsonShape.check(tree, type);
        throwIfAny(checked.problems(), source, text);
        return bindChecked(checked.value(), type, source);
    }

    /**
     * Checks and binds one part of a document, found at {@code path} in it (one session of a curriculum overlay);
     * problems are located as {@code source: path.inner}, without a line, since the part may have been rebuilt.
     */
    public static <T> T bindPart(JsonValue part, Type type, String source, String path) {
        JsonShape.Checked checked = JsonShape.check(part, type, path);
        if (!checked.problems().isEmpty()) {
            throw new InvalidInputException(checked.problems().stream()
                    .map(p -> new Problem(JsonPaths.locate(source, p.location()), p.message())).toList());
        }
        return bindChecked(checked.value(), type, JsonPaths.locate(source, path));
    }

    /** Checks {@code tree} against {@code type} without binding it, throwing every problem located by line. */
    public static void requireShape(JsonValue tree, Type type, String source, String text) {
        throwIfAny(JsonShape.check(tree, type).problems(), source, text);
    }

    /**
     * Throws the problems, if any, each located as {@code source:line: json.path} with the line found in
     * {@code text}, sorted top to bottom as the file reads (within a line, by path).
     */
    public static void throwIfAny(List<Problem> problems, String source, String text) {
        if (problems.isEmpty()) {
            return;
        }
        JsonLines lines = JsonLines.of(text);
        throw new InvalidInputException(problems.stream()
                .sorted(Comparator.comparingLong((Problem p) -> lines.lineOf(p.location()))
                        .thenComparing(Validators.BY_LOCATION))
                .map(p -> new Problem(lines.locate(source, p.location()), p.message()))
                .toList());
    }

    private static <T> T bindChecked(JsonValue checked, Type type, String location) {
        try {
            T value = Holder.JSONB.fromJson(checked.toString(), type);
            if (value == null) {
                throw new InvalidInputException(location, "holds no JSON value; expected an object { ... }");
            }
            return value;
        } catch (JsonbException e) {
            throw new InvalidInputException(location, "could not be read: " + reason(e));
        }
    }

    /**
     * Why binding failed after the shape check passed. A record's own check (a compact constructor refusing a value)
     * says so in words, which are kept; anything else means the model and the shape check disagree, and JSON-B's
     * message would only name Java types, so it is not repeated.
     */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null && !(cause instanceof JsonbException)) {
            return cause.getMessage();
        }
        return "its values do not fit together as this file expects (please report this with the file)";
    }
}
