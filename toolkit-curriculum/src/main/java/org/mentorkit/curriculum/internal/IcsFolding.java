package org.mentorkit.curriculum.internal;

/**
 * Folds iCalendar content lines at 75 octets, as RFC 5545 section 3.1 asks ("Lines of text SHOULD NOT be longer than
 * 75 octets, excluding the line break"), cutting only between characters so that no UTF-8 sequence is split.
 *
 * <p>ical4j folds at 73 <em>characters</em>: a line of CJK or Arabic text then runs to over 200 octets, and some
 * clients cut such lines themselves, inside a character. So the calendar is unfolded and folded again here.
 */
public final class IcsFolding {

    /** The longest physical line, in octets, without its CRLF. */
    public static final int MAX_OCTETS = 75;

    private IcsFolding() {
    }

    /**
     * The same calendar with every content line folded at {@link #MAX_OCTETS} octets of UTF-8. Folded input is
     * unfolded first (CRLF followed by one space or tab is removed), so any folding it had is replaced.
     */
    public static String refold(String calendar) {
        String unfolded = calendar.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        int start = 0;
        while (start < unfolded.length()) {
            int end = unfolded.indexOf("\r\n", start);
            if (end < 0) {
                end = unfolded.length();
            }
            fold(unfolded.substring(start, end), out);
            out.append("\r\n");
            start = end + 2;
        }
        return out.toString();
    }

    /** Appends {@code line} folded: the first physical line up to 75 octets, each continuation a space plus up to 74. */
    private static void fold(String line, StringBuilder out) {
        int budget = MAX_OCTETS;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int octets = utf8Length(codePoint);
            if (octets > budget) {
                out.append("\r\n ");
                budget = MAX_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(codePoint);
            budget -= octets;
            i += Character.charCount(codePoint);
        }
    }

    /** Octets of one code point in UTF-8 (an unpaired surrogate is written as "?", one octet). */
    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        if (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
            return 1;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

}
