package org.mentorkit.surveys.internal;

import java.util.List;

/** Writes RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; CRLF between records. */
public final class CsvText {

    private final StringBuilder text = new StringBuilder();

    /** Appends one record. */
    public CsvText row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quote(fields.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    /** The CSV written so far. */
    @Override
    public String toString() {
        return text.toString();
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
