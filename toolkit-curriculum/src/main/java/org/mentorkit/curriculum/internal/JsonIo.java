package org.mentorkit.curriculum.internal;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;

/** Reads JSON files in three steps (syntax, shape, binding), each failing with located problems, and writes them. */
public final class JsonIo {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    private JsonIo() {
    }

    /** The file's text, or an input problem naming the file when it cannot be read as UTF-8. */
    public static String readText(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "file not found");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file.toString(), "is not UTF-8 text; save it as UTF-8 and try again");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON tree, or one problem with the line and column of the syntax error. */
    public static JsonValue parse(String text, String source) {
        if (text.isBlank()) {
            throw new InvalidInputException(source, "empty: expected a JSON object {...}");
        }
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new InvalidInputException(source, "empty: expected a JSON object {...}");
            }
            parser.next();
            JsonValue value = parser.getValue();
            // A reader stops after the first value; "{...} {...}" or trailing text is still a mistake worth reporting.
            if (parser.hasNext()) {
                JsonLocation at = parser.getLocation();
                throw new InvalidInputException(source + ":" + at.getLineNumber() + ":" + at.getColumnNumber(),
                        "unexpected content after the end of the JSON value");
            }
            return value;
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? source : source + ":" + at.getLineNumber() + ":" + at.getColumnNumber();
            String message = String.valueOf(e.getMessage()).startsWith("Expected EOF")
                    ? "unexpected content after the end of the JSON value"
                    : "not valid JSON: " + firstSentence(e.getMessage());
            throw new InvalidInputException(where, message);
        } catch (JsonException e) {
            throw new InvalidInputException(source, "not valid JSON: " + firstSentence(e.getMessage()));
        }
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
