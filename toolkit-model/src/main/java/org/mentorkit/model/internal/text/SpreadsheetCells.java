package org.mentorkit.model.internal.text;

/**
 * Text for a cell of a CSV file meant to be opened in a spreadsheet. A cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is run as a formula by Excel, LibreOffice and Google Sheets
 * (OWASP's "CSV injection"); a leading apostrophe keeps it text. Readers of such files take the apostrophe off again,
 * so a value written this way reads back as it was.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** {@code text}, with an apostrophe before it if a spreadsheet would run it as a formula. */
    public static String defuse(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The value {@link #defuse} wrote: a leading apostrophe before a formula character is taken off. */
    public static String undefuse(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
