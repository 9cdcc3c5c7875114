package org.mentorkit.model.internal.text;

/**
 * Escapes data (names, comments, institution names) so that it is read as literal text by any CommonMark parser, in a
 * paragraph or in a table cell: {@code Ana <b>Souza</b>} stays text, {@code Olivia Brown | MD} stays in one cell,
 * {@code Emily *Star* Chen} is not emphasised.
 *
 * <p>Every ASCII punctuation character may be backslash-escaped in CommonMark; we escape only those that can start
 * markup anywhere in a line, plus the few that do so only at the start of a line, so that the Markdown files stay
 * readable ({@code Dr. Smith}, not {@code Dr\. Smith}). {@code <} and {@code >} are backslash-escaped, so no participant
 * text ever becomes HTML, and line breaks and tabs become spaces, so a value never leaves its table cell or line.
 *
 * <p>This is the one escaper for participant text in every mentorkit Markdown output (groups, schedules, packets,
 * reports), so that the same name reads the same everywhere. It is checked against an independent CommonMark
 * implementation (commonmark-java with GFM tables) in its tests.
 */
public final class MarkdownText {

    private static final String ALWAYS = "\\`*_[]<>|#&~!{}";

    private MarkdownText() {
    }

    /**
     * The text as CommonMark inline content, for a paragraph, a list item, a heading or a GFM table cell, that renders
     * to exactly the text with its line breaks and tabs turned into spaces and its leading and trailing blanks removed.
     */
    public static String escape(String text) {
        String oneLine = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ').strip();
        StringBuilder out = new StringBuilder(oneLine.length() + 8);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (ALWAYS.indexOf(c) >= 0 || (i == 0 && (c == '-' || c == '+' || c == '=')) || isListNumberEnd(oneLine, i)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * A '.' or ')' right after leading digits and before a blank or the end would make "1. Foo" an ordered list item;
     * "1.0" or "3)x" is never one, so it stays as written.
     */
    private static boolean isListNumberEnd(String text, int i) {
        char c = text.charAt(i);
        if ((c != '.' && c != ')') || i == 0 || (i + 1 < text.length() && text.charAt(i + 1) != ' ')) {
            return false;
        }
        for (int j = 0; j < i; j++) {
            if (!Character.isDigit(text.charAt(j))) {
                return false;
            }
        }
        return true;
    }
}
