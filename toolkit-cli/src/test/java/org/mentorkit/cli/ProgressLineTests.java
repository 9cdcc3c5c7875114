package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTests {

    @Test
    void redrawsInPlaceOnATerminal() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), "handbooks", true);
        line.show(1, 4);
        line.show(4, 4);
        line.finish();
        assertThat(text.toString()).isEqualTo("\rhandbooks [########                      ] 1/4"
                + "\rhandbooks [##############################] 4/4" + System.lineSeparator());
    }

    @Test
    void writesOnlyTheFinalStateWhenNotOnATerminal() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), "forming groups", false);
        line.show(0.1);
        line.show(0.5);
        line.show(1.0);
        line.finish();
        assertThat(text.toString()).doesNotContain("\r")
                .isEqualTo("forming groups [##############################] 100%" + System.lineSeparator());
    }
}
