package org.mentorkit.model.internal.input;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.model.internal.JsonLines;
import org.mentorkit.model.internal.JsonPaths;
import org.mentorkit.model.internal.ParseErrors;

/**
 * The one bounded path from a user's JSON file to a JSON tree, used by every reader of every module: the file opened
 * by {@link InputFiles} within {@link Limits#JSON_BYTES}, its encoding found by {@link TextDecoding}, its nesting and
 * number lengths checked by a plain scan before the parser sees it (so no input can exhaust the stack or spend
 * quadratic time on a number of a million digits), duplicate keys refused, nothing allowed after the value, and every
 * number within the range of a double ({@code 1e400} is an error here, not NaN later). Every failure is an
 * {@link InvalidInputException} located as {@code source:line:column} or {@code source:line: json.path}.
 */
public final class JsonInput {

    private JsonInput() {
    }

    /** Longer numbers are refused: the longest a double can use is 24 characters; ids are texts. */
    static final int NUMBER_CHARACTERS = 100;

    private static final class Holder {
        // Reject {"id": "a", "id": "b"}: in a hand-edited file the second key is a mistake, not an override.
        static final JsonReaderFactory READERS =
                Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
    }

    /** The text of a JSON file; {@code what} names the kind of file in messages ("a program file"). */
    public static String readText(Path file, String what) {
        return TextDecoding.decode(InputFiles.readBytes(file, Limits.JSON_BYTES, what), file.toString());
    }

    /** Reads and parses a JSON file; problems are located with the path as given. */
    public static JsonValue read(Path file, String what) {
        return parse(readText(file, what), file.toString());
    }

    /**
     * Parses {@code text} (a leading byte-order mark is ignored); {@code source} names it in problem locations.
     * The result may be any JSON value; callers check its shape.
     */
    public static JsonValue parse(String text, String source) {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (json.isBlank()) {
            throw new InvalidInputException(source, "the file is empty; expected a JSON object { ... }");
        }
        if (json.length() > Limits.JSON_BYTES) {
            throw new InvalidInputException(source, "is " + Limits.describe(json.length()) + " of JSON; the limit is "
                    + Limits.describe(Limits.JSON_BYTES));
        }
        scan(json, source);
        JsonValue value;
        try (JsonReader reader = Holder.READERS.createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            String location = at == null || at.getLineNumber() < 0 ? source
                    : source + ":" + at.getLineNumber() + ":" + at.getColumnNumber();
            throw new InvalidInputException(location, "malformed JSON: " + ParseErrors.explain(e.getMessage()));
        } catch (JsonException e) {
            throw new InvalidInputException(source, "malformed JSON: " + ParseErrors.explain(e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        finiteNumbers(value, "", problems);
        if (!problems.isEmpty()) {
            JsonLines lines = JsonLines.of(json);
            throw new InvalidInputException(problems.stream()
                    .map(p -> new Problem(lines.locate(source, p.location()), p.message())).toList());
        }
        return value;
    }

    /**
     * One pass over the text outside strings: nesting depth, number length, and content after the first value (the
     * reader would stop at the end of the first value and ignore the rest).
     */
    private static void scan(String json, String source) {
        int depth = 0;
        int line = 1;
        int lineStart = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean valueEnded = false;
        int numberStart = -1;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                    valueEnded = depth == 0;
                }
                continue;
            }
            boolean numberChar = c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
            if (numberChar) {
                if (numberStart < 0) {
                    if (valueEnded) {
                        throw trailing(source, line, i - lineStart + 1, "a number");
                    }
                    numberStart = i;
                } else if (i - numberStart >= NUMBER_CHARACTERS) {
                    throw new InvalidInputException(source + ":" + line + ":" + (numberStart - lineStart + 1),
                            "a number longer than " + NUMBER_CHARACTERS + " characters; write long codes as "
                                    + "\"text in double quotes\"");
                }
                continue;
            }
            if (numberStart >= 0 && depth == 0) {
                valueEnded = true;
            }
            numberStart = -1;
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (valueEnded) {
                throw trailing(source, line, i - lineStart + 1, found(c));
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
                if (depth > Limits.JSON_DEPTH) {
                    throw new InvalidInputException(source + ":" + line + ":" + (i - lineStart + 1),
                            "objects and lists are nested more than " + Limits.JSON_DEPTH + " levels deep here; "
                                    + "mentorkit's files need fewer than 10 (is this the right file?)");
                }
            } else if (c == '}' || c == ']') {
                depth = Math.max(0, depth - 1);
                valueEnded = depth == 0;
            } else if (depth == 0 && Character.isLetter(c)) {
                // true, false, null at the top: the parser judges them; only what follows matters here.
                int end = i;
                while (end < json.length() && Character.isLetter(json.charAt(end))) {
                    end++;
                }
                i = end - 1;
                valueEnded = true;
            }
        }
    }

    private static InvalidInputException trailing(String source, int line, int column, String found) {
        return new InvalidInputException(source + ":" + line + ":" + column,
                "malformed JSON: found " + found + " after the end of the document; a file holds one JSON object");
    }

    private static String found(char c) {
        if (c == '"') {
            return "a \"quoted text\"";
        }
        return c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':' ? String.valueOf(c)
                : Character.isISOControl(c) ? String.format("U+%04X", (int) c) : "`" + c + "`";
    }

    private static void finiteNumbers(JsonValue value, String path, List<Problem> problems) {
        if (value instanceof JsonObject object) {
            object.forEach((key, member) -> finiteNumbers(member, JsonPaths.member(path, key), problems));
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                finiteNumbers(array.get(i), JsonPaths.element(path, i), problems);
            }
        } else if (value instanceof JsonNumber number && Double.isInfinite(number.doubleValue())) {
            problems.add(new Problem(path, "the number " + number + " is too large; numbers must be between "
                    + "-1.7e308 and 1.7e308"));
        }
    }
}
