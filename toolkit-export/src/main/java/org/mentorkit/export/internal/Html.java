package org.mentorkit.export.internal;

/** Escaping for text and attribute values in the XHTML we write (also read by openhtmltopdf's XML parser). */
public final class Html {

    private Html() {
    }

    /** Text or attribute content with {@code & < > " '} escaped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A CSS string literal holding exactly the text: every character but letters, digits and spaces hex-escaped. */
    public static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == ' ') {
                out.appendCodePoint(cp);
            } else {
                out.append('\\').append(Integer.toHexString(cp)).append(' ');
            }
        });
        return out.append('"').toString();
    }
}
