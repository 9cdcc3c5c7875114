package org.mentorkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTests {

    @Test
    void countsLfCrlfAndLoneCrAsLineEnds() {
        String text = "a\nb\r\nc\rd";
        LineIndex lines = new LineIndex(text);

        assertThat(lines.lineOf(text.indexOf('a'))).isEqualTo(1);
        assertThat(lines.lineOf(text.indexOf('b'))).isEqualTo(2);
        assertThat(lines.lineOf(text.indexOf('\n', 3))).isEqualTo(2);
        assertThat(lines.lineOf(text.indexOf('c'))).isEqualTo(3);
        assertThat(lines.lineOf(text.indexOf('d'))).isEqualTo(4);
    }
}
