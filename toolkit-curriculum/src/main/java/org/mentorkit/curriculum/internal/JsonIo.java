package org.mentorkit.curriculum.internal;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.lang.reflect.Type;
import java.nio.file.Path;
import org.mentorkit.model.internal.input.JsonBinding;
import org.mentorkit.model.internal.input.JsonInput;

/** Reads JSON files in three steps (syntax, shape, binding) through the model's one reading path, each failing with located problems, and writes them. */
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

    /**
     * Checks the shape, then binds, through the model's one binding path; every shape problem is reported together,
     * located as {@code source:line: json.path} by {@code text}.
     */
    public static <T> T bind(JsonValue tree, Type type, String source, String text) {
        return JsonBinding.bind(tree, type, source, text);
    }

    /** Binds one part of an overlay, found at {@code path} in it; problems are located as {@code source: path...}. */
    public static <T> T bindPart(JsonValue part, Type type, String source, String path) {
        return JsonBinding.bindPart(part, type, source, path);
    }

    /** Pretty-printed JSON of a value. */
    public static String toJson(Object value) {
        return JSONB.toJson(value) + "\n";
    }

    /** The JSON tree of a value (used to merge overlay changes into a session). */
    public static JsonValue toTree(Object value) {
        return parse(JSONB.toJson(value), "(internal)");
    }
}
