package org.mentorkit.model.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranslationsTests {

    private static final Provenance MACHINE = new Provenance("machine translation", false, "", "");
    private static final Provenance REVIEWED = new Provenance("translated by the society", true, "A. Reviewer", "");

    private static Translation english() {
        return new Translation("packet.labels", Language.ENGLISH, Map.of(
                "page", "Page {page} of {pages}",
                "groups", "{count, plural, one {# group} other {# groups}}",
                "agenda", "Agenda"), Provenance.SOURCE);
    }

    @Test
    void aLanguageReadsItsOwnTextsAndEnglishForKeysItLacks() {
        Translations registry = Translations.of(List.of(english(), new Translation("packet.labels", Language.of("es"),
                Map.of("page", "Página {page} de {pages}"), MACHINE)));
        Texts texts = registry.texts("packet.labels", Language.of("es"));
        assertEquals("Página 3 de 10", texts.format("page", "page", 3, "pages", 10));
        assertEquals("Agenda", texts.get("agenda"));
        assertTrue(texts.isFallback("agenda"));
        assertFalse(texts.isFallback("page"));
        assertTrue(texts.provenance().needsReview());
    }

    @Test
    void pluralsFollowTheLanguagesRules() {
        Translations registry = Translations.of(List.of(english(),
                new Translation("packet.labels", Language.of("fr"), Map.of(
                        "groups", "{count, plural, one {# groupe} other {# groupes}}"), MACHINE),
                new Translation("packet.labels", Language.of("ja"), Map.of("groups", "{count}グループ"), MACHINE)));
        Texts en = registry.texts("packet.labels", Language.ENGLISH);
        assertEquals("1 group", en.format("groups", "count", 1));
        assertEquals("0 groups", en.format("groups", "count", 0));
        // French counts 0 and 1 as singular, unlike English.
        Texts fr = registry.texts("packet.labels", Language.of("fr"));
        assertEquals("0 groupe", fr.format("groups", "count", 0));
        assertEquals("2 groupes", fr.format("groups", "count", 2));
        assertEquals("1,234 groups", en.format("groups", "count", 1234));
        assertEquals("3グループ", registry.texts("packet.labels", Language.of("ja")).format("groups", "count", 3));
    }

    @Test
    void aRegionalFormReadsItsLanguageThenItsOwnTexts() {
        Translations registry = Translations.of(List.of(english(),
                new Translation("packet.labels", Language.of("pt"), Map.of("agenda", "Pauta", "page", "Pág. {page}/{pages}"),
                        MACHINE),
                new Translation("packet.labels", Language.of("pt-BR"), Map.of("page", "Página {page} de {pages}"), MACHINE)));
        Texts texts = registry.texts("packet.labels", Language.of("pt-BR"));
        assertEquals("Pauta", texts.get("agenda"));
        assertEquals("Página 1 de 2", texts.format("page", "page", 1, "pages", 2));
        assertFalse(texts.isFallback("agenda"));
    }

    @Test
    void aPlugInOverridesBuiltInTextsKeyByKeyAndItsProvenanceIsKept() {
        Translation builtIn = new Translation("packet.labels", Language.of("es"),
                Map.of("page", "Página {page} de {pages}", "agenda", "Orden del día", "groups", "{count} grupos"), MACHINE);
        Translation society = new Translation("packet.labels", Language.of("es"), Map.of("agenda", "Agenda"), REVIEWED);
        Texts texts = Translations.of(List.of(english(), builtIn), List.of(society)).texts("packet.labels",
                Language.of("es"));
        assertEquals("Agenda", texts.get("agenda"));
        assertEquals(REVIEWED, texts.provenance("agenda"));
        assertEquals(MACHINE, texts.provenance("page"));
        // Partly reviewed is not reviewed.
        assertTrue(texts.provenance().needsReview());
    }

    @Test
    void theCheckReportsMissingExtraAndBrokenKeys() {
        Translations registry = Translations.of(List.of(english(), new Translation("packet.labels", Language.of("de"),
                Map.of("page", "Seite {seite} von {pages}", "agenda", "Tagesordnung", "agnda", "typo"), MACHINE)));
        List<TranslationGap> gaps = registry.check();
        assertEquals(1, gaps.size(), gaps.toString());
        TranslationGap gap = gaps.get(0);
        assertEquals(List.of("groups"), gap.missing());
        assertEquals(List.of("agnda", "page (arguments differ from English or the pattern is broken)"), gap.extra());
        assertTrue(gap.describe().startsWith("de packet.labels: 1 missing (groups)"), gap.describe());
    }

    @Test
    void aCompleteTranslationHasNoGaps() {
        Translations registry = Translations.of(List.of(english(), new Translation("packet.labels", Language.of("es"),
                Map.of("page", "Página {page} de {pages}", "agenda", "Orden del día",
                        "groups", "{count, plural, one {# grupo} other {# grupos}}"), MACHINE)));
        assertEquals(List.of(), registry.check());
    }

    @Test
    void resolveAcceptsKnownLanguagesAndRegionalFormsAndNamesTheOthers() {
        Translations registry = Translations.of(List.of(english(), new Translation("packet.labels", Language.of("es"),
                Map.of(), MACHINE)));
        assertEquals(Language.of("es-MX"), registry.resolve("es-MX"));
        assertEquals(Language.of("en-GB"), registry.resolve("en-GB"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.resolve("et"));
        assertTrue(e.getMessage().contains("expected one of: en, es") || e.getMessage().contains("did you mean `es`"),
                e.getMessage());
    }

    @Test
    void unknownKeysAndDomainsAreProgrammingErrorsNamedAsSuch() {
        Texts texts = Translations.of(List.of(english())).texts("packet.labels", Language.ENGLISH);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> texts.get("nope"));
        assertTrue(e.getMessage().contains("'nope'") && e.getMessage().contains("packet.labels"));
        assertThrows(IllegalArgumentException.class,
                () -> Translations.of(List.of(english())).texts("other", Language.ENGLISH));
    }

    @Test
    void propertiesFilesCarryTheirProvenance() throws IOException {
        Translation t = TranslationFiles.parse(new StringReader("""
                @method=machine translation, 2026-12-01
                @reviewed=false
                page=Página {page} de {pages}
                apostrophe=l'année
                """), "packet.labels", Language.of("es"));
        assertEquals(Map.of("page", "Página {page} de {pages}", "apostrophe", "l'année"), t.texts());
        assertEquals("machine translation, 2026-12-01", t.provenance().method());
        assertTrue(t.provenance().needsReview());
        Translation source = TranslationFiles.parse(new StringReader("a=b"), "packet.labels", Language.ENGLISH);
        assertEquals(Provenance.SOURCE, source.provenance());
        Translation unmarked = TranslationFiles.parse(new StringReader("a=b"), "packet.labels", Language.of("fr"));
        assertTrue(unmarked.provenance().needsReview(), "a file that does not say it was reviewed is not reviewed");
    }

    @Test
    void eachDomainAndLanguageIsMergedOnce() {
        Translations registry = Translations.of(List.of(english()));
        assertTrue(registry.texts("packet.labels", Language.ENGLISH) == registry.texts("packet.labels", Language.ENGLISH));
    }

    @Test
    void singleApostrophesStayLiteralWhenFormatted() {
        Translations registry = Translations.of(List.of(new Translation("x", Language.ENGLISH,
                Map.of("year", "l'année {year}"), Provenance.SOURCE)));
        assertEquals("l'année 2027", registry.texts("x", Language.ENGLISH).format("year", "year", "2027"));
    }
}
