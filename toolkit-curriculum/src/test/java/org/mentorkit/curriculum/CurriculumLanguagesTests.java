package org.mentorkit.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.internal.CurriculumTranslation;
import org.mentorkit.curriculum.internal.Labels;
import org.mentorkit.curriculum.internal.text.SessionReferences;
import org.mentorkit.curriculum.spi.CurriculumProvider;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.LocalFormats;
import org.mentorkit.model.i18n.Translation;
import org.mentorkit.model.i18n.TranslationGap;
import org.mentorkit.model.i18n.Translations;

/** The built-in curriculum and the curriculum module's labels in the five built-in languages besides English. */
class CurriculumLanguagesTests {

    private static final List<String> DOMAINS = List.of(Labels.DEFAULT_CURRICULUM, Labels.CURRICULUM, Labels.CALENDAR,
            Labels.SCHEDULE);
    private static final List<String> LANGUAGES = List.of("es", "fr", "pt-BR", "de", "ja");

    private final Curriculum english = DefaultCurriculum.load();

    @Test
    void everyBuiltInLanguageHasExactlyTheEnglishKeysOfOurDomains() {
        List<TranslationGap> ours = Translations.load().check().stream().filter(g -> DOMAINS.contains(g.domain())).toList();
        assertThat(ours).as("missing or extra keys: %s", ours.stream().map(TranslationGap::describe).toList()).isEmpty();
        for (String domain : DOMAINS) {
            assertThat(Translations.load().translations(domain)).extracting(t -> t.language().tag())
                    .containsExactlyInAnyOrder("en", "es", "fr", "pt-BR", "de", "ja");
        }
    }

    @Test
    void everyTranslationSaysItIsAMachineTranslationAwaitingReview() {
        for (String domain : DOMAINS) {
            for (Translation t : Translations.load().translations(domain)) {
                if (t.language().equals(Language.ENGLISH)) {
                    assertThat(t.provenance().needsReview()).isFalse();
                } else {
                    assertThat(t.provenance().needsReview()).as(domain + " " + t.language()).isTrue();
                    assertThat(t.provenance().method()).as(domain + " " + t.language())
                            .isEqualTo("machine translation by the mentorkit maintainers (LLM-assisted), 2026-12-01; not yet reviewed");
                }
            }
        }
    }

    @Test
    void theEnglishResourceHoldsExactlyTheTextsOfTheCurriculumJson() {
        Map<String, String> fromJson = CurriculumTranslation.texts(english);
        Translation source = Translations.load().translations(Labels.DEFAULT_CURRICULUM).stream()
                .filter(t -> t.language().equals(Language.ENGLISH)).findFirst().orElseThrow();
        assertThat(source.texts()).isEqualTo(fromJson);
    }

    @Test
    void everyKeyTheCodeAsksForExistsInEnglish() throws Exception {
        Set<String> known = new TreeSet<>();
        for (String domain : List.of(Labels.CURRICULUM, Labels.CALENDAR, Labels.SCHEDULE)) {
            known.addAll(Translations.load().texts(domain, Language.ENGLISH).keys());
        }
        // Literal keys in the code that reads labels: "section.agenda", "summary.peer_only", ...
        Pattern literal = Pattern.compile("\"([a-z_]+(?:\\.[a-z_]+)+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                if (!code.contains("Labels.of(") || file.endsWith("Labels.java")) {
                    continue;
                }
                Matcher m = literal.matcher(code);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(known).containsAll(used);
        // Keys built from enum names.
        for (Competency c : Competency.values()) {
            assertThat(known).contains("competency." + c.name().toLowerCase(Locale.ROOT));
        }
        for (ResourceKind k : ResourceKind.values()) {
            assertThat(known).contains("resource.kind." + k.name().toLowerCase(Locale.ROOT));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "pt-BR", "de", "ja"})
    void theBuiltInCurriculumComesInTheLanguageWithEveryTextTranslated(String tag) {
        Curriculum translated = DefaultCurriculum.load(Language.of(tag));
        assertThat(translated.language()).isEqualTo(tag);
        assertThat(CurriculumRules.problems(translated, "test")).isEmpty();
        // Structure, timings and references are the English curriculum's.
        assertThat(translated.sessions()).extracting(Session::id).containsExactlyElementsOf(english.sessions().stream()
                .map(Session::id).toList());
        for (int i = 0; i < english.sessions().size(); i++) {
            Session en = english.sessions().get(i);
            Session own = translated.sessions().get(i);
            assertThat(own.agenda()).extracting(AgendaItem::minutes).containsExactlyElementsOf(
                    en.agenda().stream().map(AgendaItem::minutes).toList());
            assertThat(own.resources()).extracting(Resource::url, Resource::title).containsExactlyElementsOf(
                    en.resources().stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.url(), r.title())).toList());
            assertThat(own.format()).isEqualTo(en.format());
            assertThat(own.competencies()).isEqualTo(en.competencies());
        }
        assertThat(SessionReferences.in(translated)).extracting(SessionReferences.Reference::targetId)
                .containsExactlyElementsOf(SessionReferences.in(english).stream().map(SessionReferences.Reference::targetId).toList());
        // No text is left in English.
        Map<String, String> en = CurriculumTranslation.texts(english);
        Map<String, String> own = CurriculumTranslation.texts(translated);
        List<String> untranslated = new ArrayList<>();
        en.forEach((key, text) -> {
            if (text.equals(own.get(key))) {
                untranslated.add(key);
            }
        });
        assertThat(untranslated).isEmpty();
    }

    @Test
    void aRegionalFormReadsItsLanguageAndALanguageWithoutTranslationStaysEnglish() {
        assertThat(DefaultCurriculum.load(Language.of("es-MX")).language()).isEqualTo("es");
        assertThat(DefaultCurriculum.load(Language.of("es-MX")).title()).isEqualTo(DefaultCurriculum.load(Language.of("es")).title());
        Curriculum italian = DefaultCurriculum.load(Language.of("it"));
        assertThat(italian).isEqualTo(english);
        assertThat(italian.language()).isEqualTo("en");
        assertThat(DefaultCurriculum.load(Language.ENGLISH)).isEqualTo(english);
    }

    @Test
    void aSocietysPlugInCorrectsATextOrAddsALanguage() {
        List<Translation> builtIn = Translations.load().translations(Labels.DEFAULT_CURRICULUM);
        org.mentorkit.model.i18n.Provenance reviewed = new org.mentorkit.model.i18n.Provenance("written by the society", true,
                "A. Reviewer", "");
        Translation correction = new Translation(Labels.DEFAULT_CURRICULUM, Language.of("es"),
                Map.of("sessions.kickoff.title", "Sesión de apertura"), reviewed);
        Translation italian = new Translation(Labels.DEFAULT_CURRICULUM, Language.of("it"),
                Map.of("title", "Curriculum di mentoring tra pari", "sessions.kickoff.title", "Avvio del programma"), reviewed);
        Translations withPlugIn = Translations.of(builtIn, List.of(correction, italian));

        Curriculum spanish = DefaultCurriculum.load(Language.of("es"), withPlugIn);
        assertThat(spanish.sessions().get(0).title()).isEqualTo("Sesión de apertura");
        assertThat(spanish.sessions().get(1).title()).isEqualTo("Desarrollar su charla insignia");
        Curriculum it = DefaultCurriculum.load(Language.of("it"), withPlugIn);
        assertThat(it.language()).isEqualTo("it");
        assertThat(it.title()).isEqualTo("Curriculum di mentoring tra pari");
        assertThat(it.sessions().get(0).title()).isEqualTo("Avvio del programma");
        // Keys the plug-in lacks keep the English text (and the check reports them as missing).
        assertThat(it.sessions().get(1).title()).isEqualTo(english.sessions().get(1).title());
        assertThat(withPlugIn.check()).anySatisfy(g -> {
            assertThat(g.domain()).isEqualTo(Labels.DEFAULT_CURRICULUM);
            assertThat(g.language().tag()).isEqualTo("it");
            assertThat(g.missing()).contains("sessions.signature_talk.title");
        });
    }

    @Test
    void theRegistryGivesTheBuiltInInTheProgramsLanguageAndAPlugInInItsOwn() {
        Curriculum ownLanguage = new Curriculum("society-2", "Nuestro programa", "1", "", "es", english.sessions());
        CurriculumProvider plugIn = new CurriculumProvider() {
            @Override
            public String id() {
                return "society-2";
            }

            @Override
            public Curriculum curriculum() {
                return ownLanguage;
            }
        };
        CurriculumRegistry registry = CurriculumRegistry.builder().discovery(false).register(plugIn).build();
        assertThat(registry.curriculum(DefaultCurriculum.ID, Language.of("de")).language()).isEqualTo("de");
        assertThat(registry.curriculum(DefaultCurriculum.ID, Language.of("de")).title())
                .isEqualTo("Sechsmonatiges Curriculum für moderiertes Peer-Mentoring");
        assertThat(registry.curriculum("society-2", Language.of("fr"))).isEqualTo(ownLanguage);
        assertThat(registry.curriculum(DefaultCurriculum.ID)).isEqualTo(english);
    }

    @Test
    void overlaysApplyOnTopOfATranslatedCurriculum() {
        Curriculum spanish = DefaultCurriculum.load(Language.of("es"));
        String overlay = """
                {"title": "Programa de la SNO",
                 "change": {"kickoff": {"title": "Inicio del programa"}},
                 "dropResources": {"kickoff": ["Facilitating Entering Mentoring"]},
                 "remove": []}
                """;
        Curriculum result = CurriculumOverlays.apply(spanish, overlay, "overlay.json");
        assertThat(result.language()).isEqualTo("es");
        assertThat(result.title()).isEqualTo("Programa de la SNO");
        assertThat(result.sessions().get(0).title()).isEqualTo("Inicio del programa");
        assertThat(result.sessions().get(0).resources()).hasSize(2);
        assertThat(result.sessions().get(1).title()).isEqualTo("Desarrollar su charla insignia");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "pt-BR", "de", "ja"})
    void theSessionGuideHasNoEnglishLabelAndDatesInTheLanguage(String tag) {
        Language language = Language.of(tag);
        String guide = CurriculumMarkdown.render(DefaultCurriculum.load(language));
        // Resource titles and citations are as published (English works), so they are taken out before looking.
        String withoutPublished = guide;
        for (Session session : this.english.sessions()) {
            for (Resource r : session.resources()) {
                withoutPublished = withoutPublished.replace(org.mentorkit.model.internal.text.MarkdownText.escape(r.title()), "")
                        .replace(org.mentorkit.model.internal.text.MarkdownText.escape(r.citation()), "");
            }
        }
        List<String> english = EnglishLabels.leftOver(Labels.CURRICULUM, language);
        assertThat(english).contains("Learning objectives", "Facilitator notes");
        assertThat(EnglishLabels.foundIn(CurriculumMarkdown.render(this.english), english)).as("the check finds English")
                .contains("Learning objectives", "Facilitator notes");
        assertThat(EnglishLabels.foundIn(withoutPublished, english)).as("English labels in the %s guide", tag).isEmpty();
        assertThat(guide).contains(LocalFormats.of(language).longDate(LocalDate.of(2026, 11, 27)))
                .doesNotContain("{session:");
        // The English texts of the curriculum are gone too (resource titles and citations stay as published).
        for (String text : CurriculumTranslation.texts(this.english).values()) {
            assertThat(guide).as(tag).doesNotContain(text);
        }
    }

    @Test
    void aGuideFromTheUnreviewedTranslationSaysSo() {
        assertThat(CurriculumMarkdown.render(DefaultCurriculum.load(Language.of("fr"))))
                .contains("> Les textes de ce guide sont une traduction automatique, pas encore relue par une personne de "
                        + "langue maternelle (machine translation by the mentorkit maintainers (LLM-assisted), 2026-12-01; "
                        + "not yet reviewed).");
        assertThat(CurriculumMarkdown.render(english)).doesNotContain("machine translation");
        Curriculum renamed = CurriculumOverlays.apply(DefaultCurriculum.load(Language.of("fr")), "{\"id\": \"ours\"}", "o.json");
        assertThat(DefaultCurriculum.translationToReview(renamed)).isEmpty();
    }

    @Test
    void sessionReferencesReadInTheCurriculumsLanguage() {
        assertThat(CurriculumMarkdown.render(DefaultCurriculum.load(Language.of("es"))))
                .contains("el paso al que se comprometió en la sesión 2.")
                .contains("## Sesión 3: Autodefensa profesional y negociación");
        assertThat(CurriculumMarkdown.render(DefaultCurriculum.load(Language.of("ja"))))
                .contains("各自がセッション2で約束した一歩について報告します。");
        assertThat(CurriculumMarkdown.render(DefaultCurriculum.load(Language.of("de"))))
                .contains("den sie sich in Sitzung 2 vorgenommen hat.");
        assertThat(CurriculumMarkdown.render(english)).contains("the step they committed to in session 2.");
    }
}
