package org.mentorkit.curriculum.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mentorkit.model.Problem;

/**
 * Checks a parsed JSON tree against the record type it will be bound to, before binding, so that every mistake is
 * reported with its JSON path and a hint: unknown keys (with the closest known key), wrong value types, enum values
 * and dates that do not parse. JSON-B alone stops at the first problem with a message about Java types.
 */
public final class JsonShape {

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    private JsonShape(String source) {
        this.source = source;
    }

    /** Every shape problem of {@code value} read as {@code type}, located as {@code source: path}. */
    public static List<Problem> check(JsonValue value, Type type, String source, String rootPath) {
        JsonShape shape = new JsonShape(source);
        shape.visit(value, type, rootPath);
        return shape.problems;
    }

    /** The record's component names, in declaration order. */
    public static List<String> componentNames(Class<?> recordType) {
        return Arrays.stream(recordType.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private void visit(JsonValue value, Type type, String path) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return; // absent values are normalised by the records and judged by the rules
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (List.class.isAssignableFrom(raw)) {
                if (!(value instanceof JsonArray array)) {
                    report(path, "must be a list [...], found " + describe(value));
                    return;
                }
                Type element = parameterized.getActualTypeArguments()[0];
                for (int i = 0; i < array.size(); i++) {
                    visit(array.get(i), element, path + "[" + i + "]");
                }
                return;
            }
            if (Map.class.isAssignableFrom(raw)) {
                if (!(value instanceof JsonObject object)) {
                    report(path, "must be an object {...}, found " + describe(value));
                    return;
                }
                Type element = parameterized.getActualTypeArguments()[1];
                object.forEach((key, v) -> visit(v, element, join(path, key)));
                return;
            }
        }
        Class<?> cls = (Class<?>) type;
        if (cls == String.class) {
            expect(value, JsonValue.ValueType.STRING, path, "text in quotes");
        } else if (cls == int.class || cls == Integer.class) {
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                report(path, "must be a whole number, found " + describe(value));
            }
        } else if (cls == double.class || cls == Double.class) {
            expect(value, JsonValue.ValueType.NUMBER, path, "a number");
        } else if (cls == boolean.class || cls == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                report(path, "must be true or false, found " + describe(value));
            }
        } else if (cls == LocalDate.class) {
            checkParses(value, path, "a date such as \"2027-01-12\"", LocalDate::parse);
        } else if (cls == LocalTime.class) {
            checkParses(value, path, "a time such as \"17:00\"", LocalTime::parse);
        } else if (cls.isEnum()) {
            checkEnum(value, cls, path);
        } else if (cls.isRecord()) {
            checkRecord(value, cls, path);
        } else if (cls == java.time.DayOfWeek.class) {
            checkEnum(value, cls, path);
        }
    }

    private void checkRecord(JsonValue value, Class<?> cls, String path) {
        if (!(value instanceof JsonObject object)) {
            report(path, "must be an object {...}, found " + describe(value));
            return;
        }
        List<String> names = componentNames(cls);
        for (String key : object.keySet()) {
            if (!names.contains(key)) {
                report(join(path, key), "unknown key" + Suggestions.hint(key, names) + "; known keys: "
                        + String.join(", ", names));
            }
        }
        for (RecordComponent component : cls.getRecordComponents()) {
            if (object.containsKey(component.getName())) {
                visit(object.get(component.getName()), component.getGenericType(), join(path, component.getName()));
            }
        }
    }

    private void checkEnum(JsonValue value, Class<?> cls, String path) {
        List<String> names = Arrays.stream(cls.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (!(value instanceof JsonString string)) {
            report(path, "must be one of " + String.join(", ", names) + ", found " + describe(value));
        } else if (!names.contains(string.getString())) {
            report(path, "'" + string.getString() + "' is not one of " + String.join(", ", names)
                    + Suggestions.hint(string.getString(), names));
        }
    }

    private void checkParses(JsonValue value, String path, String expected, java.util.function.Function<String, ?> parser) {
        if (!(value instanceof JsonString string)) {
            report(path, "must be " + expected + ", found " + describe(value));
            return;
        }
        try {
            parser.apply(string.getString());
        } catch (DateTimeParseException e) {
            report(path, "'" + string.getString() + "' is not " + expected);
        }
    }

    private void expect(JsonValue value, JsonValue.ValueType valueType, String path, String expected) {
        if (value.getValueType() != valueType) {
            report(path, "must be " + expected + ", found " + describe(value));
        }
    }

    private void report(String path, String message) {
        problems.add(new Problem(source + ": " + (path.isEmpty() ? "(top level)" : path), message));
    }

    /** {@code a.b} or {@code b} at the top. */
    public static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "text " + abbreviate(((JsonString) value).getString());
            case NUMBER -> "number " + value;
            case TRUE, FALSE -> value.toString();
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }

    private static String abbreviate(String text) {
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
    }
}
