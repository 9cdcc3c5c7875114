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
 *
 * <p>The delimiter is detected from the header line: REDCap exports with a comma (the default), tab, semicolon, pipe or
 * caret (its "CSV delimiter" user setting and the API's {@code csvDelimiter}); European installations often use the
 * semicolon with a decimal comma. The character of these five that occurs most often outside quotes in the header is
 * the delimiter; with none, the comma.
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

    /** The delimiters REDCap offers for CSV exports, comma first. */
    public static final String DELIMITERS = ",\t;|^";

    /** Every record of {@code text}, the header included, each with its starting line. */
    public static List<Row> parse(String text, String source) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return parse(body, source, delimiter(body));
    }

    /** The delimiter of {@code text}: of {@link #DELIMITERS}, the one most frequent outside quotes in the first record. */
    public static char delimiter(String text) {
        int[] counts = new int[DELIMITERS.length()];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && DELIMITERS.indexOf(c) >= 0) {
                counts[DELIMITERS.indexOf(c)]++;
            }
        }
        int best = 0;
        for (int d = 1; d < counts.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS.charAt(best);
    }

    private static List<Row> parse(String body, String source, char delimiter) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body),
                CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get())) {
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
                            "malformed CSV (" + withoutClassName(e) + "); check for an unclosed quote");
                }
                List<String> fields = new ArrayList<>();
                record.forEach(fields::add);
                rows.add(new Row((int) linesBefore + 1, fields));
                linesBefore = parser.getCurrentLineNumber();
            }
        } catch (IOException e) {
            throw new InvalidInputException(source, "malformed CSV: " + withoutClassName(e));
        }
        return rows;
    }

    /** Commons CSV wraps its parse error as "org.apache.commons.csv.CSVException: ...": keep the words, not the class. */
    private static String withoutClassName(Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        return message.replaceAll("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): ", "");
    }
}
