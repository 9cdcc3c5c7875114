package org.mentorkit.surveys.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Whatever a participant writes, escaped text stays on one line and cannot end a table cell or open HTML. */
class MarkdownTextPropertyTest {

    @Property(tries = 500)
    void escapedTextIsInertInATableCell(@ForAll String text) {
        String escaped = MarkdownText.escape(text);
        assertThat(escaped).doesNotContain("\n").doesNotContain("\r").doesNotContain("<");
        for (int i = 0; i < escaped.length(); i++) {
            if (escaped.charAt(i) == '|') {
                assertThat(backslashesBefore(escaped, i) % 2).as("| at %d in %s", i, escaped).isEqualTo(1);
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
