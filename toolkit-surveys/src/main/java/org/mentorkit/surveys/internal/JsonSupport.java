package org.mentorkit.surveys.internal;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mentorkit.model.InvalidInputException;

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
        try {
            T value = JSONB.fromJson(text, type);
            if (value == null) {
                throw new InvalidInputException(source, "the file holds no JSON value");
            }
            return value;
        } catch (JsonbException e) {
            throw new InvalidInputException(source, "not valid JSON for this file: " + rootMessage(e));
        }
    }

    /** Reads a UTF-8 file. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "file not found");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException(file.toString(), "not UTF-8 text; save the file as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
