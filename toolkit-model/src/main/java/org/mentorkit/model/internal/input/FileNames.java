package org.mentorkit.model.internal.input;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names made from users' data (a participant id becomes {@code handbooks/<id>.pdf}) that every coordinator's
 * system can write: Windows refuses the device names {@code CON}, {@code PRN}, {@code AUX}, {@code NUL},
 * {@code COM1}-{@code COM9} and {@code LPT1}-{@code LPT9} (with any extension, in any case), the characters
 * {@code < > : " / \ | ? *} and control characters, and names ending in a dot or a space; macOS and Linux refuse
 * {@code /}; all three limit a name to 255 bytes. Names that differ only in case collide on Windows and macOS, so
 * callers that make several names keep them unique ignoring case.
 */
public final class FileNames {

    private FileNames() {
    }

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9]|conin\\$|conout\\$)");
    /** Long enough for any real id, short enough that a whole path stays under Windows' classic 260 characters. */
    static final int MAX_LENGTH = 80;

    /** {@code text} as the base of a file name (without extension) that is safe on Windows, macOS and Linux. */
    public static String safe(String text) {
        String name = UNSAFE.matcher(text).replaceAll("_");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH - 9) + "-" + Integer.toHexString(text.hashCode());
        }
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1) + "_";
        }
        if (name.isEmpty() || name.startsWith(".")) {
            name = "_" + name;
        }
        int dot = name.indexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        if (DEVICE.matcher(stem).matches()) {
            name = stem + "_" + name.substring(stem.length());
        }
        return name;
    }

    /** {@link #safe} of {@code text}, with {@code -2}, {@code -3}... added until no name in {@code taken} equals it ignoring case. */
    public static String unique(String text, Set<String> taken) {
        String base = safe(text);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
