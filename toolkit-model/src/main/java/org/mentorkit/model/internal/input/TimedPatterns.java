package org.mentorkit.model.internal.input;

import java.util.regex.Pattern;

/**
 * Runs a regular expression that a user wrote (a codebook pattern) with a time bound. Java's engine backtracks, so a
 * pattern like {@code (.*a){16}z} can take longer than the age of the universe on a short text; the engine reads its
 * input only through {@link CharSequence#charAt}, so a text that checks the clock while it is read stops any pattern
 * at the bound, whatever its shape.
 */
public final class TimedPatterns {

    private TimedPatterns() {
    }

    /** Thrown when a pattern did not finish on one text within its time; the caller names the pattern. */
    public static final class TooSlow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooSlow() {
            super("pattern too slow", null, false, false);
        }
    }

    /** Whether {@code pattern} finds a match in {@code text}, or {@link TooSlow} after {@code millis}. */
    public static boolean find(Pattern pattern, CharSequence text, long millis) {
        return pattern.matcher(new Deadline(text, System.nanoTime() + millis * 1_000_000L)).find();
    }

    /** A text that throws {@link TooSlow} once its deadline has passed; the clock is read every 4096 characters. */
    private static final class Deadline implements CharSequence {
        private final CharSequence text;
        private final long deadline;
        private int reads;

        Deadline(CharSequence text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 4095) == 0 && System.nanoTime() - deadline > 0) {
                throw new TooSlow();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadline(text.subSequence(start, end), deadline);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
