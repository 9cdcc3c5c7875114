package org.mentorkit.model.internal;

import java.util.Arrays;

/**
 * Line numbers of character positions in a text, so that a CSV record that follows a quoted value with a line break
 * is still reported on its own first line. {@code \n}, {@code \r\n} and a lone {@code \r} each end a line.
 */
public final class LineIndex {

    private final int[] lineStarts;

    public LineIndex(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 1-based line of the character at {@code position}. */
    public int lineOf(long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
