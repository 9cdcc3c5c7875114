package org.mentorkit.model.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageTests {

    @Test
    void tagsAreNormalisedSoThatTwoSpellingsAreOneLanguage() {
        assertEquals("pt-BR", Language.of("pt-br").tag());
        assertEquals("pt-BR", Language.of("pt_BR").tag());
        assertEquals(Language.of("ES"), Language.of("es"));
    }

    @Test
    void fallbacksGoFromTheMostSpecificFormToEnglish() {
        assertEquals(List.of(Language.of("pt-BR"), Language.of("pt"), Language.ENGLISH), Language.of("pt-BR").fallbacks());
        assertEquals(List.of(Language.ENGLISH), Language.ENGLISH.fallbacks());
        assertEquals(List.of(Language.of("ja"), Language.ENGLISH), Language.of("ja").fallbacks());
    }

    @Test
    void malformedTagsAreRefusedWithAnExample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Language.of("spanish!"));
        assertTrue(e.getMessage().contains("BCP 47"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Language.of(" "));
    }

    @Test
    void theLocaleFollowsTheTag() {
        assertEquals("BR", Language.of("pt-BR").locale().getCountry());
        assertEquals("ja", Language.of("ja").locale().getLanguage());
    }
}
