package org.mentorkit.followup.internal;

/**
 * Text for a spreadsheet cell. A name that begins with {@code =}, {@code +}, {@code -} or {@code @} would run as a
 * formula when a coordinator opens the CSV in a spreadsheet (OWASP's "CSV injection"); a leading apostrophe keeps it
 * text.
 */
final class CellText {

    private CellText() {
    }

    static String safe(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
