package org.mentorkit.surveys.report;

/**
 * Escapes participant and comment text for Markdown: no character of theirs can start a heading, a list, a link,
 * emphasis, HTML or a table cell boundary, and line breaks become spaces.
 */
public final class MarkdownText {

    private MarkdownText() {
    }

    /** The text with Markdown and HTML punctuation backslash-escaped and line breaks flattened. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        String flat = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        boolean blankSoFar = true;
        boolean digitsSoFar = true;
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            boolean startOfBlock = blankSoFar || c == '.' && digitsSoFar && !blankSoFar;
            if (!Character.isWhitespace(c)) {
                blankSoFar = false;
                digitsSoFar = digitsSoFar && Character.isDigit(c);
            }
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '!', '|', '~' -> out.append('\\').append(c);
                case '#', '+', '-', '.', '>', '=' -> {
                    // these only start a block (heading, list, quote) at the start of a line, which text may become
                    if (startOfBlock) {
                        out.append('\\');
                    }
                    out.append(c);
                }
                case '<' -> out.append("&lt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
