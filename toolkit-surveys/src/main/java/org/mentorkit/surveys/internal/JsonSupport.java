package org.mentorkit.surveys.internal;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.internal.input.InputFiles;
import org.mentorkit.model.internal.input.JsonInput;
import org.mentorkit.model.internal.input.Limits;
import org.mentorkit.model.internal.input.TextDecoding;

/** One configured JSON-B instance and the file plumbing around it, so every JSON file is read and reported alike. */
public final class JsonSupport {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    private JsonSupport() {
    }

    /** Pretty-printed JSON of {@code value}, ending with a newline. */
    public static String toJson(Object value) {
        return JSONB.toJson(value).strip() + "\n";
    }

    /** Parses {@code text} as {@code type}; a syntax or binding error becomes an {@link InvalidInputException} at {@code source}. */
    public static <T> T fromJson(String text, Type type, String source) {
        JsonValue tree = JsonInput.parse(text, source);
        if (tree.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidInputException(source, "the file holds no JSON value");
        }
        try {
            T value = JSONB.fromJson(tree.toString(), type);
            if (value == null) {
                throw new InvalidInputException(source, "the file holds no JSON value");
            }
            return value;
        } catch (JsonbException e) {
            throw new InvalidInputException(source, "not valid JSON for this file: " + rootMessage(e));
        }
    }

    /**
     * Reads a survey file (JSON or CSV) through the model's one bounded input path: a regular file within the size
     * limit, UTF-8 or UTF-16 by its byte-order mark, anything else refused with the line and byte at fault.
     */
    public static String read(Path file) {
        return TextDecoding.decode(InputFiles.readBytes(file, Limits.TABLE_BYTES, "a survey file"), file.toString());
    }

    /** Reads a UTF-8 resource of this module. */
    public static String readResource(String name) {
        try (InputStream in = JsonSupport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
