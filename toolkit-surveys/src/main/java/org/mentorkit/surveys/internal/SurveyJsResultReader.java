package org.mentorkit.surveys.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.internal.input.JsonInput;
import org.mentorkit.surveys.ImportSummary.Note;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Item;

/**
 * Reads SurveyJS results: a JSON array of objects, one per respondent, keyed by question name (our item ids);
 * checkbox answers are arrays, booleans stand for yes/no. Each respondent is located by file and line.
 */
public final class SurveyJsResultReader {

    private SurveyJsResultReader() {
    }

    /** Reads one file's text. */
    public static ReadResult read(String text, String source, Instrument instrument, String idField) {
        String idKey = idField.isEmpty() ? "participant_id" : idField;
        List<RawRow> rows = new ArrayList<>();
        Set<String> unknownKeys = new TreeSet<>();
        Set<String> knownKeys = new TreeSet<>();
        // The one bounded check first (depth, number sizes, trailing content); then a stream, for each row's line.
        JsonInput.parse(text, source);
        try (JsonParser parser = jakarta.json.Json.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw new InvalidInputException(source + ":1", "SurveyJS results must be a JSON array of objects, one per respondent");
            }
            int index = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    break;
                }
                long line = parser.getLocation().getLineNumber();
                String location = source + ":" + line + " [" + index + "]";
                if (event != JsonParser.Event.START_OBJECT) {
                    throw new InvalidInputException(location, "expected an object of answers; found " + event);
                }
                rows.add(row(parser.getObject(), location, instrument, idKey, unknownKeys, knownKeys));
                index++;
            }
        } catch (JsonParsingException e) {
            throw new InvalidInputException(source + ":" + e.getLocation().getLineNumber(), "not valid JSON: " + e.getMessage());
        } catch (jakarta.json.JsonException e) {
            throw new InvalidInputException(source, "not valid JSON: " + e.getMessage());
        }
        List<String> allKeys = new ArrayList<>(knownKeys);
        allKeys.addAll(unknownKeys);
        WrongInstrument.check(source, instrument, false, allKeys, knownKeys.size(), List.of(), false);
        List<Note> notes = new ArrayList<>();
        for (String key : unknownKeys) {
            notes.add(new Note(source + " (" + key + ")", "key is not an item of instrument '" + instrument.id() + "'; ignored"));
        }
        return new ReadResult(rows, notes);
    }

    private static RawRow row(JsonObject object, String location, Instrument instrument, String idKey, Set<String> unknown,
                              Set<String> known) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        if (!object.containsKey(idKey) && idKey.equals("participant_id") && object.containsKey(IdColumns.PARTICIPANT_CODE)) {
            idKey = IdColumns.PARTICIPANT_CODE; // the instrument's participant-code item
        }
        String id = object.containsKey(idKey) ? text(object.get(idKey)) : "";
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String key = entry.getKey();
            if (key.equals(idKey)) {
                continue;
            }
            Item item = instrument.item(key).orElse(null);
            if (item == null) {
                unknown.add(key);
                continue;
            }
            known.add(key);
            List<String> parts = new ArrayList<>();
            if (entry.getValue() instanceof JsonArray array) {
                array.forEach(v -> parts.add(text(v)));
            } else {
                parts.add(text(entry.getValue()));
            }
            parts.removeIf(String::isBlank);
            if (!parts.isEmpty()) {
                values.put(item.id(), parts);
                columns.put(item.id(), key);
            }
        }
        return new RawRow(location, id.strip(), values, columns, true);
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().stripTrailingZeros().toPlainString();
            case TRUE -> "1";
            case FALSE -> "0";
            case NULL -> "";
            default -> value.toString();
        };
    }
}
