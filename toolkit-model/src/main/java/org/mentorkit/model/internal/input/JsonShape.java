package org.mentorkit.model.internal.input;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mentorkit.model.Problem;
import org.mentorkit.model.internal.JsonPaths;
import org.mentorkit.model.internal.SharedJson;
import org.mentorkit.model.internal.Times;
import org.mentorkit.model.internal.text.Suggestions;

/**
 * Checks a parsed JSON document against the shape of a model record before binding, so that a misspelled key, a
 * number in quotes or a date in the wrong format is reported by JSON path with what was expected, all at once, instead
 * of surfacing as one opaque binding error or, worse, as a silently ignored key.
 *
 * <p>It also normalises what it accepts leniently, so the binder sees canonical JSON: enum constants in any case (and
 * with {@code -} or spaces for {@code _}), weekdays as {@code Tue} or {@code tuesday}, times as {@code 9:00}. A
 * {@code null} member is treated as absent.
 *
 * <p>Every module reads its JSON files through this one check ({@link JsonBinding} runs it before binding), so a
 * program, a curriculum, an instrument and a codebook report the same mistake in the same words. Messages describe
 * JSON ("a whole number", "an object { ... }"), never the Java type behind it, and never echo the text found, which
 * may be personal.
 */
public final class JsonShape {

    private final List<Problem> problems = new ArrayList<>();

    private JsonShape() {
    }

    /** The checked document, normalised; usable only when {@link #problems} is empty. */
    public record Checked(JsonValue value, List<Problem> problems) {
    }

    /** Checks {@code root} against {@code type}; problem locations are JSON paths ("" for the whole document). */
    public static Checked check(JsonValue root, Type type) {
        return check(root, type, "");
    }

    /**
     * Checks {@code value}, found at {@code path} of its document, against {@code type}; problem locations are JSON
     * paths from the document's root, so a part of a file (one session of a curriculum overlay) is reported where it
     * is in the file.
     */
    public static Checked check(JsonValue value, Type type, String path) {
        JsonShape shape = new JsonShape();
        JsonValue normalised = shape.visit(value, type, path);
        return new Checked(normalised, List.copyOf(shape.problems));
    }

    private JsonValue visit(JsonValue value, Type type, String path) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return list(value, arguments[0], path);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map(value, arguments[1], path);
            }
        }
        if (type instanceof Class<?> c) {
            if (c.isRecord()) {
                return record(value, c, path);
            }
            if (c.isEnum()) {
                return enumConstant(value, c, path);
            }
            if (c == String.class) {
                return expect(value, JsonValue.ValueType.STRING, "text in double quotes", path);
            }
            if (c == int.class || c == Integer.class) {
                return wholeNumber(value, path);
            }
            if (c == double.class || c == Double.class) {
                return expect(value, JsonValue.ValueType.NUMBER, "a number", path);
            }
            if (c == boolean.class || c == Boolean.class) {
                if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
                    return value;
                }
                return wrong(path, "true or false", value);
            }
            if (c == LocalDate.class) {
                return date(value, path);
            }
            if (c == LocalTime.class) {
                return time(value, path);
            }
        }
        throw new IllegalStateException("no JSON shape for " + type.getTypeName() + " at " + path);
    }

    private JsonValue record(JsonValue value, Class<?> type, String path) {
        if (!(value instanceof JsonObject object)) {
            return wrong(path, "an object { ... }", value);
        }
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        JsonObjectBuilder out = SharedJson.PROVIDER.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            String key = member.getKey();
            String memberPath = JsonPaths.member(path, key);
            Optional<RecordComponent> component = Arrays.stream(components).filter(c -> c.getName().equals(key)).findFirst();
            if (component.isEmpty() && derivedValue(type, key)) {
                continue;
            }
            if (component.isEmpty()) {
                String hint = Suggestions.closest(key, names)
                        .map(s -> "did you mean `" + s + "`?")
                        .orElse("expected one of: " + String.join(", ", names));
                problems.add(new Problem(memberPath, "unknown key `" + key + "`; " + hint));
            } else if (member.getValue().getValueType() != JsonValue.ValueType.NULL) {
                out.add(key, visit(member.getValue(), component.get().getGenericType(), memberPath));
            }
        }
        return out.build();
    }

    /**
     * Whether {@code key} names a value derived from the record's components that JSON-B writes beside them (a public
     * {@code isComplete()} or {@code getX()} accessor): files mentorkit wrote carry such keys, so reading them back
     * must not fail, and nothing is bound from them.
     */
    private static boolean derivedValue(Class<?> type, String key) {
        if (!key.startsWith("is") && !key.startsWith("get")) {
            return false;
        }
        try {
            Method method = type.getMethod(key);
            return method.getDeclaringClass() == type && !Modifier.isStatic(method.getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private JsonValue list(JsonValue value, Type elementType, String path) {
        if (!(value instanceof JsonArray array)) {
            return wrong(path, "a list [ ... ] of " + plural(elementType), value);
        }
        JsonArrayBuilder out = SharedJson.PROVIDER.createArrayBuilder();
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            if (element.getValueType() == JsonValue.ValueType.NULL) {
                problems.add(new Problem(JsonPaths.element(path, i), "expected " + describe(elementType) + ", found null"));
            } else {
                out.add(visit(element, elementType, JsonPaths.element(path, i)));
            }
        }
        return out.build();
    }

    private JsonValue map(JsonValue value, Type valueType, String path) {
        if (!(value instanceof JsonObject object)) {
            return wrong(path, "an object { \"key\": " + describe(valueType) + ", ... }", value);
        }
        JsonObjectBuilder out = SharedJson.PROVIDER.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            String memberPath = JsonPaths.member(path, member.getKey());
            if (member.getValue().getValueType() == JsonValue.ValueType.NULL) {
                problems.add(new Problem(memberPath, "expected " + describe(valueType) + ", found null"));
            } else {
                out.add(member.getKey(), visit(member.getValue(), valueType, memberPath));
            }
        }
        return out.build();
    }

    private JsonValue enumConstant(JsonValue value, Class<?> type, String path) {
        List<String> constants = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
        String expected = "one of " + String.join(", ", constants);
        if (!(value instanceof JsonString string)) {
            return wrong(path, expected, value);
        }
        String given = string.getString().trim();
        String canonical = given.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (constants.contains(canonical)) {
            return SharedJson.PROVIDER.createValue(canonical);
        }
        if (type == DayOfWeek.class && canonical.length() >= 2) {
            List<String> prefixed = constants.stream().filter(c -> c.startsWith(canonical)).toList();
            if (prefixed.size() == 1) {
                return SharedJson.PROVIDER.createValue(prefixed.get(0));
            }
        }
        problems.add(new Problem(path, "expected " + expected + ", found `" + given + "`"
                + Suggestions.didYouMean(canonical, constants)));
        return value;
    }

    private JsonValue wholeNumber(JsonValue value, String path) {
        // 6.0 is accepted as 6: some tools write every number with a decimal point.
        if (value instanceof JsonNumber number && number.bigDecimalValue().stripTrailingZeros().scale() <= 0) {
            try {
                return SharedJson.PROVIDER.createValue(number.bigDecimalValue().intValueExact());
            } catch (ArithmeticException tooLarge) {
                problems.add(new Problem(path, "expected a whole number, found " + number + ", which is too large"));
                return value;
            }
        }
        return wrong(path, "a whole number", value);
    }

    private JsonValue date(JsonValue value, String path) {
        if (value instanceof JsonString string) {
            try {
                return SharedJson.PROVIDER.createValue(LocalDate.parse(string.getString().trim()).toString());
            } catch (DateTimeParseException e) {
                problems.add(new Problem(path, "expected a date like 2027-01-15 (year-month-day), found `"
                        + string.getString() + "`"));
                return value;
            }
        }
        return wrong(path, "a date like \"2027-01-15\"", value);
    }

    private JsonValue time(JsonValue value, String path) {
        if (value instanceof JsonString string) {
            Optional<LocalTime> time = Times.parse(string.getString());
            if (time.isPresent()) {
                return SharedJson.PROVIDER.createValue(time.get().toString());
            }
            problems.add(new Problem(path, "expected a time like 18:30 (24-hour HH:mm), found `" + string.getString() + "`"));
            return value;
        }
        return wrong(path, "a time like \"18:30\"", value);
    }

    private JsonValue expect(JsonValue value, JsonValue.ValueType valueType, String expected, String path) {
        return value.getValueType() == valueType ? value : wrong(path, expected, value);
    }

    private JsonValue wrong(String path, String expected, JsonValue found) {
        problems.add(new Problem(path, "expected " + expected + ", found " + describe(found)));
        return found;
    }

    /** What a JSON value is, without echoing text that may be personal. */
    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "text";
            case NUMBER -> "the number " + value;
            case TRUE, FALSE -> value.toString();
            case NULL -> "null";
            case ARRAY -> "a list [ ... ]";
            case OBJECT -> "an object { ... }";
        };
    }

    /** What several values of a model type look like in JSON: "objects", "texts", "dates like 2027-01-15". */
    static String plural(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isRecord()) {
                return "objects { ... }";
            }
            if (c == String.class) {
                return "texts in double quotes";
            }
            if (c == LocalDate.class) {
                return "dates like \"2027-01-15\"";
            }
            if (c == LocalTime.class) {
                return "times like \"18:30\"";
            }
        }
        return "values, each " + describe(type);
    }

    /** What a model type looks like in JSON, for messages. */
    static String describe(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            return List.class.isAssignableFrom(raw) ? "a list" : "an object";
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "text";
        }
        if (c == int.class || c == Integer.class) {
            return "a whole number";
        }
        if (c == LocalDate.class) {
            return "a date like 2027-01-15";
        }
        if (c == LocalTime.class) {
            return "a time like 18:30";
        }
        if (c.isEnum()) {
            return "one of " + Arrays.stream(c.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        // Never the Java type's name: the reader is a coordinator editing a JSON file.
        return c.isRecord() ? "an object" : "a value";
    }
}
