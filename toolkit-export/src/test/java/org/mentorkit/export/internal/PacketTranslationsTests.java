package org.mentorkit.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mentorkit.export.TemplateException;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Provenance;
import org.mentorkit.model.i18n.Translation;
import org.mentorkit.model.i18n.TranslationGap;
import org.mentorkit.model.i18n.Translations;

/**
 * The packet's translation resources: complete in every built-in language, marked as machine translations awaiting
 * review, listed in the index, every key the code and the templates name present in English, and overridable by a
 * plug-in key by key.
 */
class PacketTranslationsTests {

    static final List<Language> BUILT_IN = List.of("es", "fr", "pt-BR", "de", "ja").stream().map(Language::of).toList();
    static final Path RESOURCES = Path.of("src/main/resources/mentorkit-i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/org/mentorkit/export/internal/templates");
    static final Path SOURCES = Path.of("src/main/java/org/mentorkit/export");

    @Test
    void everyBuiltInLanguageHasEveryPacketTextAndNoOther() {
        List<TranslationGap> gaps = Translations.load().check().stream()
                .filter(gap -> gap.domain().startsWith("packet.")).toList();
        assertThat(gaps).extracting(TranslationGap::describe).isEmpty();
        Set<String> domains = new TreeSet<>(Translations.load().domains());
        domains.removeIf(d -> !d.startsWith("packet."));
        assertThat(domains).hasSize(11);
        for (String domain : domains) {
            for (Language language : BUILT_IN) {
                assertThat(Translations.load().translations(domain)).as(domain).anyMatch(t -> t.language().equals(language));
            }
        }
    }

    @Test
    void everyTranslatedFileSaysHowItWasMadeAndAwaitsReview() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties") && !f.toString().endsWith(".en.properties")).toList()) {
                Properties p = new Properties();
                try (var reader = Files.newBufferedReader(file)) {
                    p.load(reader);
                }
                assertThat(p.getProperty("@method")).as(file.toString())
                        .isEqualTo("machine translation by the mentorkit maintainers (LLM-assisted), 2026-12-01; not yet reviewed");
                assertThat(p.getProperty("@reviewed")).as(file.toString()).isEqualTo("false");
            }
        }
        assertThat(PacketTexts.of(Language.of("es")).needsReview()).isTrue();
        assertThat(PacketTexts.of(Language.ENGLISH).needsReview()).isFalse();
    }

    @Test
    void theIndexListsExactlyTheFilesOfTheFolder() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(RESOURCES.resolve(PacketTranslations.INDEX))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                listed.add(line.strip());
            }
        }
        Set<String> files = new TreeSet<>();
        try (Stream<Path> stream = Files.list(RESOURCES)) {
            stream.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .forEach(n -> files.add(n.substring(0, n.length() - ".properties".length())));
        }
        assertThat(listed).isEqualTo(files);
    }

    @Test
    void everyKeyTheCodeAndTheTemplatesNameExistsInEnglish() throws IOException {
        Translations registry = Translations.load();
        Set<String> labels = registry.texts(PacketTexts.LABELS, Language.ENGLISH).keys();
        List<String> unknown = new ArrayList<>();
        int used = 0;
        Pattern inCode = Pattern.compile("label\\(\\s*\"([a-z0-9_.]+)\"");
        Pattern ternary = Pattern.compile("label\\([^;\"]*?\\?\\s*\"([a-z0-9_.]+)\"\\s*:\\s*\"([a-z0-9_.]+)\"");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : List.of(inCode, ternary)) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        for (int g = 1; g <= m.groupCount(); g++) {
                            used++;
                            if (!labels.contains(m.group(g))) {
                                unknown.add(file.getFileName() + ": " + m.group(g));
                            }
                        }
                    }
                }
            }
        }
        Pattern inTemplate = Pattern.compile("\\{\\{([tl]):([a-z0-9_.]+)}}");
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString().replace(".md", "");
                Set<String> own = registry.texts(PacketTexts.TEMPLATE_PREFIX + name, Language.ENGLISH).keys();
                Matcher m = inTemplate.matcher(Files.readString(file));
                while (m.find()) {
                    used++;
                    if (!(m.group(1).equals("t") ? own : labels).contains(m.group(2))) {
                        unknown.add(file.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(used).as("keys found in code and templates").isGreaterThan(200);
        assertThat(unknown).isEmpty();
    }

    @Test
    void aPlugInOverridesALabelAndATemplateTextKeyByKey() {
        List<Translation> builtIn = new PacketTranslations().translations();
        Provenance society = new Provenance("written by the society's Spanish committee", true, "Comité", "");
        Translation labels = new Translation(PacketTexts.LABELS, Language.of("es"), Map.of("page.of", "Hoja {page}/{pages}"), society);
        Translation cover = new Translation("packet.template.cover", Language.of("es"),
                Map.of("contents", "Índice"), society);
        PacketTexts texts = PacketTexts.of(Translations.of(builtIn, List.of(labels, cover)), Language.of("es"));
        assertThat(texts.label("page.of", "page", 2, "pages", 9)).isEqualTo("Hoja 2/9");
        assertThat(texts.label("confidential.mark")).isEqualTo("CONFIDENCIAL");
        Map<String, Object> data = Map.of("programName", "P", "hasLogo", false, "society", "S", "needsReview", true,
                "hasDescription", false, "hasContactLines", false, "hasContactEmail", false, "documents", List.of());
        String markdown = new Templates(Optional.empty(), texts).fill("cover.md", data);
        assertThat(markdown).contains("## Índice").contains("Un kit de herramientas")
                .contains("*Traducción automática, pendiente de revisión");
    }

    @Test
    void aTextThatNamesAVariableTheDataLacksIsATemplateErrorNamingTheTemplateAndKey() {
        PacketTexts texts = PacketTexts.of(Translations.of(new PacketTranslations().translations(), List.of()), Language.ENGLISH);
        assertThatThrownBy(() -> new Templates(Optional.empty(), texts).fill("mentee-handbook.md", Map.of("hasContactEmail", false)))
                .isInstanceOf(TemplateException.class).hasMessageContaining("mentee-handbook.md")
                .hasMessageContaining("{{t:intro}}").hasMessageContaining("which is not a variable here");
    }

    @Test
    void participantTextInATranslatedSentenceStaysLiteralMarkdown() {
        PacketTexts texts = PacketTexts.of(Language.of("fr"));
        String markdown = new Templates(Optional.empty(), texts).fill("mentor-guide.md",
                Map.of("programName", "Emily *Star* | <b>Chen</b>", "mentorLedCount", "1", "peerOnlyCount", "3",
                        "lengthMonths", "6", "sessions", List.of()));
        assertThat(markdown).contains("Merci d'animer un groupe dans Emily \\*Star\\* \\| \\<b\\>Chen\\</b\\>.")
                .contains("une fois en 6 mois").contains("3 fois sans vous");
    }

    @Test
    void pageNumbersAreCssCountersWhereverTheLanguagePutsThem() {
        assertThat(PacketStyle.pageOf(PacketTexts.of(Language.ENGLISH))).isEqualTo("\"Page \" counter(page) \" of \" counter(pages)");
        assertThat(PacketStyle.pageOf(PacketTexts.of(Language.of("ja"))))
                .startsWith("counter(page) \" \\2f  \" counter(pages)");
    }
}
