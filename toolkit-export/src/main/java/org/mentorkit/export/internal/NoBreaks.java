package org.mentorkit.export.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps times, time ranges and fractions on one line: in a narrow table cell a layout engine may otherwise break
 * after the colon or the slash ("12:" / "00", "10/" / "14"). Each such run of text in rendered HTML is wrapped in
 * {@code <span class="nowrap">}; the stylesheet gives that class {@code white-space: nowrap}. Only text between
 * tags is touched, never tags or attribute values.
 */
final class NoBreaks {

    /** 12:00, 9:30 am, 12:00-13:30 (with a hyphen or an en dash), 10/14, 10/14 (71%), 3/20 (15%). */
    private static final Pattern UNBREAKABLE = Pattern.compile(
            "\\d{1,2}:\\d{2}(?:\\s?[AaPp]\\.?[Mm]\\.?)?(?:\\s?[-\\u2013]\\s?\\d{1,2}:\\d{2}(?:\\s?[AaPp]\\.?[Mm]\\.?)?)?"
                    + "|\\d+/\\d+(?: \\(\\d+(?:\\.\\d+)?%\\))?");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private NoBreaks() {
    }

    static String apply(String html) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            wrap(html.substring(at, tag.start()), out);
            out.append(tag.group());
            at = tag.end();
        }
        wrap(html.substring(at), out);
        return out.toString();
    }

    private static void wrap(String text, StringBuilder out) {
        Matcher m = UNBREAKABLE.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(text, at, m.start()).append("<span class=\"nowrap\">").append(m.group()).append("</span>");
            at = m.end();
        }
        out.append(text, at, text.length());
    }
}
