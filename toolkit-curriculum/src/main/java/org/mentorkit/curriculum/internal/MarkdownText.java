package org.mentorkit.curriculum.internal;

/** Escapes text (names, guide texts) so that it is shown as written and never changes Markdown structure. */
public final class MarkdownText {

    private MarkdownText() {
    }

    /** Text for a paragraph or list item: Markdown and HTML characters escaped, line breaks kept as spaces. */
    public static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        String flat = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '!', '{', '}' -> out.append('\\').append(c);
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        String escaped = out.toString();
        // A leading "1." or "-" would start a list; "+" too.
        if (escaped.matches("^\\d+[.)].*")) {
            escaped = escaped.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
        } else if (escaped.startsWith("-") || escaped.startsWith("+")) {
            escaped = "\\" + escaped;
        }
        return escaped;
    }

    /** Text for a table cell: as {@link #inline}, plus never empty so the table keeps its columns. */
    public static String cell(String text) {
        String inline = inline(text.strip());
        return inline.isEmpty() ? " " : inline;
    }
}
