package org.mentorkit.surveys.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mentorkit's tags in a REDCap Field Annotation: {@code @MK-NAME} or {@code @MK-NAME=value} or
 * {@code @MK-NAME="value with \"quotes\""}. REDCap shows unknown {@code @} tags as plain annotation text and ignores
 * them, so they carry what a data dictionary has no column for (construct, pairing key, Kirkpatrick level, ...).
 */
public final class AnnotationTags {

    private static final Pattern TAG = Pattern.compile("@MK-([A-Z]+)(?:=(\"(?:[^\"\\\\]|\\\\.)*\"|\\S+))?");

    private AnnotationTags() {
    }

    /** Formats one tag; values are always quoted so that spaces survive. */
    public static String tag(String name, String value) {
        return "@MK-" + name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Formats a flag tag without a value. */
    public static String flag(String name) {
        return "@MK-" + name;
    }

    /** The mentorkit tags of an annotation: tag name (without {@code @MK-}) to value ("" for a flag). */
    public static Map<String, String> parse(String annotation) {
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher matcher = TAG.matcher(annotation);
        while (matcher.find()) {
            String raw = matcher.group(2) == null ? "" : matcher.group(2);
            if (raw.startsWith("\"")) {
                raw = raw.substring(1, raw.length() - 1).replaceAll("\\\\(.)", "$1");
            }
            tags.put(matcher.group(1), raw);
        }
        return tags;
    }

    /** The annotation without mentorkit's tags (a society's own action tags and notes), stripped. */
    public static String others(String annotation) {
        return TAG.matcher(annotation).replaceAll("").strip();
    }
}
