package org.mentorkit.model.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns model records into JSON with a stable shape for files people edit by hand and keep in version control:
 * members in the order of {@link JsonbPropertyOrder} (declaration order where a record has none), map keys sorted,
 * and nothing written that reading would give back anyway (null, "", empty lists and maps, {@code 0} whole numbers,
 * {@code false}), so a file stays small and a diff shows only what changed.
 */
public final class JsonWriting {

    private JsonWriting() {
    }

    /** The record as a JSON object. */
    public static JsonObject toJson(Record value) {
        return (JsonObject) convert(value);
    }

    private static JsonValue convert(Object value) {
        if (value instanceof Record record) {
            return object(record);
        }
        if (value instanceof Collection<?> collection) {
            JsonArrayBuilder array = SharedJson.PROVIDER.createArrayBuilder();
            collection.forEach(element -> array.add(element == null ? JsonValue.NULL : convert(element)));
            return array.build();
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = SharedJson.PROVIDER.createObjectBuilder();
            // Entries are kept even when empty: {"gender": []} must read back as it was written.
            new TreeMap<>(map).forEach((key, element) -> {
                if (element != null) {
                    object.add(String.valueOf(key), convert(element));
                }
            });
            return object.build();
        }
        if (value instanceof String text) {
            return SharedJson.PROVIDER.createValue(text);
        }
        if (value instanceof Integer number) {
            return SharedJson.PROVIDER.createValue(number);
        }
        if (value instanceof Double number) {
            return SharedJson.PROVIDER.createValue(number);
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Enum<?> constant) {
            return SharedJson.PROVIDER.createValue(constant.name());
        }
        if (value instanceof LocalDate date) {
            return SharedJson.PROVIDER.createValue(date.toString());
        }
        if (value instanceof LocalTime time) {
            return SharedJson.PROVIDER.createValue(Times.format(time));
        }
        throw new IllegalStateException("no JSON form for " + value.getClass().getName());
    }

    private static JsonObject object(Record record) {
        JsonObjectBuilder object = SharedJson.PROVIDER.createObjectBuilder();
        for (RecordComponent component : ordered(record.getClass())) {
            Object value = read(component, record);
            if (!isOmitted(value)) {
                JsonValue json = convert(value);
                if (!(value instanceof Record nestedRecord && readsBackWhenAbsent(nestedRecord, json))) {
                    object.add(component.getName(), json);
                }
            }
        }
        return object.build();
    }

    /** Components in {@link JsonbPropertyOrder} order, then any others in declaration order. */
    static List<RecordComponent> ordered(Class<?> type) {
        List<RecordComponent> remaining = new ArrayList<>(Arrays.asList(type.getRecordComponents()));
        List<RecordComponent> ordered = new ArrayList<>();
        JsonbPropertyOrder order = type.getAnnotation(JsonbPropertyOrder.class);
        if (order != null) {
            for (String name : order.value()) {
                remaining.stream().filter(c -> c.getName().equals(name)).findFirst().ifPresent(c -> {
                    ordered.add(c);
                    remaining.remove(c);
                });
            }
        }
        ordered.addAll(remaining);
        return ordered;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    /** Each record type's {@code public static T defaults()}, if it has one: what reading gives when it is absent. */
    private static final ClassValue<Optional<Object>> DEFAULTS = new ClassValue<>() {
        @Override
        protected Optional<Object> computeValue(Class<?> type) {
            try {
                java.lang.reflect.Method method = type.getMethod("defaults");
                if (java.lang.reflect.Modifier.isStatic(method.getModifiers()) && method.getReturnType() == type
                        && method.getParameterCount() == 0) {
                    return Optional.ofNullable(method.invoke(null));
                }
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + type.getName() + ".defaults()", e);
            }
            return Optional.empty();
        }
    };

    /**
     * Whether leaving a nested record out reads back the same: it equals its type's {@code defaults()} (what reading
     * gives when it is absent: MatchingSettings, CriterionWeights, ApplicantColumns), or, for a type without defaults,
     * it has nothing to say ({"constraints": {}}). An empty object of a type with defaults stays ({"matching": {}}
     * without default availability is not the default matching).
     */
    private static boolean readsBackWhenAbsent(Record value, JsonValue json) {
        Optional<Object> defaults = DEFAULTS.get(value.getClass());
        if (defaults.isPresent()) {
            return value.equals(defaults.get());
        }
        return json instanceof JsonObject nested && nested.isEmpty();
    }

    private static boolean isOmitted(Object value) {
        return value == null
                || value instanceof String text && text.isEmpty()
                || value instanceof Collection<?> collection && collection.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty()
                || value instanceof Integer number && number == 0
                || Boolean.FALSE.equals(value);
    }

    /**
     * Two-space indented JSON with one member per line, except that a list of plain values or a small object of plain
     * values stays on one line while the line is short (vocabularies, interests, availability windows). Ends with a
     * newline.
     */
    public static String pretty(JsonValue value) {
        StringBuilder out = new StringBuilder();
        print(value, out, "", 0);
        return out.append('\n').toString();
    }

    private static final int LINE = 100;

    private static void print(JsonValue value, StringBuilder out, String indent, int prefix) {
        String flat = flat(value);
        if (flat != null && indent.length() + prefix + flat.length() <= LINE) {
            out.append(flat);
        } else if (value instanceof JsonObject object) {
            out.append("{\n");
            String inner = indent + "  ";
            int i = 0;
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                String key = SharedJson.PROVIDER.createValue(member.getKey()) + ": ";
                out.append(inner).append(key);
                print(member.getValue(), out, inner, key.length());
                out.append(++i < object.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof JsonArray array) {
            out.append("[\n");
            String inner = indent + "  ";
            for (int i = 0; i < array.size(); i++) {
                out.append(inner);
                print(array.get(i), out, inner, 0);
                out.append(i + 1 < array.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else {
            out.append(value);
        }
    }

    /** The one-line form of a plain value, of a list of those, or of an object of plain values; else null. */
    private static String flat(JsonValue value) {
        if (value instanceof JsonObject object) {
            StringBuilder line = new StringBuilder("{");
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                if (member.getValue() instanceof JsonObject || member.getValue() instanceof JsonArray) {
                    return null;
                }
                line.append(line.length() == 1 ? "" : ", ").append(SharedJson.PROVIDER.createValue(member.getKey())).append(": ")
                        .append(member.getValue());
            }
            return line.append('}').toString();
        }
        if (value instanceof JsonArray array) {
            StringBuilder line = new StringBuilder("[");
            for (JsonValue element : array) {
                String elementLine = element instanceof JsonArray ? null : flat(element);
                if (elementLine == null) {
                    return null;
                }
                line.append(line.length() == 1 ? "" : ", ").append(elementLine);
            }
            return line.append(']').toString();
        }
        return value.toString();
    }
}
