package org.mentorkit.surveys.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mentorkit.model.InvalidInputException;

/** Issue 12: a codebook pattern that backtracks catastrophically fails with its name instead of hanging the report. */
class CodebookPatternTimeTests {

    @Test
    @Timeout(15)
    void catastrophicBacktrackingIsStoppedAndThePatternNamed() {
        Codebook codebook = Codebook.parse("{\"themes\": [{\"id\": \"ok\", \"label\": \"OK\", \"patterns\": [\"helpful\"]},"
                + " {\"id\": \"slow\", \"label\": \"Slow\", \"patterns\": [\"x\", \"(.*a){16}z\"]}]}", "book.json");
        String comment = "a".repeat(60);
        assertThatThrownBy(() -> codebook.code(comment))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("codebook: themes[1].patterns[1]: the pattern `(.*a){16}z` took more than 1 s")
                .hasMessageNotContaining(comment);
    }

    @Test
    void ordinaryPatternsStillMatch() {
        Codebook codebook = Codebook.parse("{\"themes\": [{\"id\": \"career\", \"label\": \"Career\","
                + " \"patterns\": [\"career (advice|growth)\"]}]}", "book.json");
        assertThat(codebook.code("Great CAREER advice from my mentor")).containsExactly("career");
        assertThat(codebook.code("nothing here")).isEmpty();
    }
}
