package org.mentorkit.surveys.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mentorkit.model.InvalidInputException;

/**
 * Reads a CSV file into rows that remember the line each starts on, so every problem can name its line.
 * A byte-order mark is dropped; a malformed file (an unclosed quote) is reported with its line.
 */
public final class CsvRows {

    /** One record: its first line in the file (1-based) and its fields. */
    public record Row(int line, List<String> fields) {

        public Row {
            fields = List.copyOf(fields);
        }

        /** The field at {@code index}, or "" when the row is shorter. */
        public String get(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }

        /** Whether every field is blank. */
        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private CsvRows() {
    }

    /** Every record of {@code text}, the header included, each with its starting line. */
    public static List<Row> parse(String text, String source) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body),
                CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get())) {
            Iterator<CSVRecord> records = parser.iterator();
            long linesBefore = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new InvalidInputException(source + ":" + (linesBefore + 1),
                            "malformed CSV (" + e.getMessage() + "); check for an unclosed quote");
                }
                List<String> fields = new ArrayList<>();
                record.forEach(fields::add);
                rows.add(new Row((int) linesBefore + 1, fields));
                linesBefore = parser.getCurrentLineNumber();
            }
        } catch (IOException e) {
            throw new InvalidInputException(source, "malformed CSV: " + e.getMessage());
        }
        return rows;
    }
}
