package org.mentorkit.model.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever a participant writes, escaped text stays on one line, cannot end a table cell, and every {@code <} is
 * escaped so no HTML opens.
 */
class MarkdownTextPropertyTests {

    /** Characters that mean something in Markdown, HTML or a line, plus letters and non-Latin scripts. */
    private static final String ALPHABET = "|\\<>*_`[]()#!&;\"'\n\r\t ~-+=.:aZ9éŁệ王م\u00a0\u2028";

    /** Property over 500 generated texts (seeded; a failure names the text). */
    @Test
    void escapedTextIsInertInATableCell() {
        Random random = new Random(20261127L);
        for (int run = 0; run < 500; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            assertInert(text.toString());
        }
    }

    private static void assertInert(String text) {
        String escaped = MarkdownText.escape(text);
        assertThat(escaped).doesNotContain("\n").doesNotContain("\r");
        for (int i = 0; i < escaped.length(); i++) {
            if (escaped.charAt(i) == '|' || escaped.charAt(i) == '<') {
                assertThat(backslashesBefore(escaped, i) % 2).as("%s at %d in %s", escaped.charAt(i), i, escaped).isEqualTo(1);
            }
        }
    }

    private static int backslashesBefore(String text, int index) {
        int count = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            count++;
        }
        return count;
    }
}
