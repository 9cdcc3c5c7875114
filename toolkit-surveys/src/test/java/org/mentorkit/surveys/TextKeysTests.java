package org.mentorkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.Texts;
import org.mentorkit.model.i18n.Translations;
import org.mentorkit.surveys.report.Audience;
import org.mentorkit.surveys.report.ReportWording;

/** Every text key the surveys code names exists in English (a typo would fail only at run time, in one language). */
class TextKeysTests {

    private static final Path MAIN = Path.of("src", "main", "java", "org", "mentorkit", "surveys");

    /** Calls that take a key of the report's domain, and of the exports' domain, as a literal. */
    private static final Pattern REPORT_KEY = Pattern.compile("(?:\\bw\\.text|wording\\.text|texts\\.format)\\(\\s*\"([a-z0-9_.]+)\"");
    private static final Pattern EXPORT_KEY = Pattern.compile("(?:common\\.get|common\\.format|t\\.get|t\\.format|texts\\.get)\\(\\s*\"([a-z0-9_.]+)\"");

    @Test
    void everyLiteralKeyInTheCodeIsAnEnglishKeyOfItsDomain() throws IOException {
        Texts report = Translations.load().texts(ReportWording.DOMAIN, Language.ENGLISH);
        Texts export = Translations.load().texts(LocalizedInstrument.EXPORT_DOMAIN, Language.ENGLISH);
        List<String> reportKeys = new ArrayList<>();
        List<String> exportKeys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                boolean reportCode = file.toString().contains("report");
                collect(reportCode ? REPORT_KEY : EXPORT_KEY, source, reportCode ? reportKeys : exportKeys);
            }
        }
        assertThat(reportKeys).hasSizeGreaterThan(40).allSatisfy(k -> assertThat(report.has(k)).as(k).isTrue());
        assertThat(exportKeys).hasSizeGreaterThan(10).allSatisfy(k -> assertThat(export.has(k)).as(k).isTrue());
    }

    @Test
    void everyKeyBuiltFromAnEnumValueExists() {
        Texts report = Translations.load().texts(ReportWording.DOMAIN, Language.ENGLISH);
        for (Wave wave : Wave.values()) {
            assertThat(report.has("wave." + wave.name())).as(wave.name()).isTrue();
        }
        for (Respondents who : Respondents.values()) {
            assertThat(report.has("respondents." + who.name())).as(who.name()).isTrue();
        }
        for (Audience audience : Audience.values()) {
            assertThat(report.has("audience." + audience.name().toLowerCase(java.util.Locale.ROOT))).isTrue();
        }
        for (int level = 1; level <= 4; level++) {
            assertThat(report.has("level." + level)).isTrue();
        }
    }

    private static void collect(Pattern pattern, String source, List<String> keys) {
        Matcher m = pattern.matcher(source);
        while (m.find()) {
            if (!m.group(1).endsWith(".")) { // a prefix completed by an enum value: see the test below
                keys.add(m.group(1));
            }
        }
    }
}
