package org.mentorkit.model.internal;

import java.util.regex.Pattern;

/** Builds the JSON paths of problem locations: {@code participants[3].attributes.gender[0]}. */
public final class JsonPaths {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private JsonPaths() {
    }

    /** The path of member {@code key} of the object at {@code path}. */
    public static String member(String path, String key) {
        String step = IDENTIFIER.matcher(key).matches() ? key : "[\"" + key.replace("\"", "\\\"") + "\"]";
        if (path.isEmpty()) {
            return step;
        }
        return step.startsWith("[") ? path + step : path + "." + step;
    }

    /** The path of element {@code index} of the array at {@code path}. */
    public static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    /** {@code prefix: path}, or just the prefix for the whole document. */
    public static String locate(String prefix, String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? prefix : prefix + ": " + path;
    }
}
