package org.mentorkit.model.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTests {

    private static final List<String> KEYS = List.of("id", "displayName", "email", "timeZone", "interests");

    @Test
    void matchesIgnoringCaseSpacesAndSeparatorsFirst() {
        assertThat(Suggestions.closest("timezone", KEYS)).contains("timeZone");
        assertThat(Suggestions.closest("Display Name", KEYS)).contains("displayName");
        assertThat(Suggestions.closest("display_name", KEYS)).contains("displayName");
    }

    @Test
    void suggestsNearTyposIncludingSwappedLetters() {
        assertThat(Suggestions.closest("emial", KEYS)).contains("email");
        assertThat(Suggestions.closest("intrests", KEYS)).contains("interests");
        assertThat(Suggestions.distance("emial", "email")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertThat(Suggestions.closest("submittedAt", KEYS)).isEmpty();
        assertThat(Suggestions.closest("x", KEYS)).isEmpty();
        assertThat(Suggestions.expected("zzz", List.of("a", "b", "a"))).isEqualTo("; expected one of: a, b");
    }
}
