package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.LocalFormats;
import org.mentorkit.surveys.ResponseInputs;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.internal.forms.AnswerIf;
import org.mentorkit.surveys.report.ReportBuilder;
import org.mentorkit.surveys.report.ReportSettings;
import org.mentorkit.testing.RequiresTools;

/**
 * The demo's packet (the example pilot with its groups and survey exports) in each built-in language, read back with
 * poppler: none of the packet's English fixed texts remains (the list is built from the English resource values, see
 * {@link EnglishLabels}), months are written in the language, every font is embedded, and the PDF's and the HTML's
 * language is the packet's.
 */
@RequiresTools({"pdftotext", "pdffonts"})
class PacketLanguagesTests {

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "pt-BR", "de", "ja"})
    void thePacketInTheLanguageHasNoEnglishFixedTextAndEmbedsEveryFont(String tag) throws Exception {
        Language language = Language.of(tag);
        Cohort cohort = ExampleCohorts.pilotGrouped();
        PacketBuilder builder = PacketBuilder.forProgram(cohort.program()).cohort(cohort).language(language);
        List<ResponseSet> sets = ResponseInputs.read(List.of(PacketEndToEndTests.SURVEYS.resolve("pre-program.redcap-records.csv"),
                PacketEndToEndTests.SURVEYS.resolve("post-program.redcap-records.csv")), cohort, builder.instrumentsInUse());
        Packet packet = builder.responses(sets).build();
        Path out = ExampleCohorts.tempDir("language-" + tag);
        PacketWriter.write(packet, Branding.defaults(), EnumSet.of(OutputFormat.PDF, OutputFormat.HTML), out);
        Path pdf = out.resolve("packet.pdf");
        String text = Normalizer.normalize(PdfTools.pdftotext(pdf), Normalizer.Form.NFKC);

        // The input's own texts (the curriculum, the instruments with the surveys module's "Answer if ..." lines, the
        // cohort, the responses and their report) are not the packet's to translate; an English phrase found in them
        // is not held against the packet.
        List<String> answerIf = builder.instrumentsInUse().stream().flatMap(i -> i.sections().stream()
                .flatMap(s -> s.items().stream()).map(item -> AnswerIf.text(i, item))).toList();
        String input = Normalizer.normalize(EnglishLabels.strings(builder.curriculumInUse(), builder.instrumentsInUse(),
                answerIf, cohort, sets, ReportBuilder.build(cohort, sets, ReportSettings.committee())), Normalizer.Form.NFKC);
        var forbidden = EnglishLabels.forbiddenIn(language, input);
        assertThat(forbidden).as("English phrases checked").hasSizeGreaterThan(300);
        assertThat(EnglishLabels.foundIn(text, forbidden)).as("English fixed texts in the " + tag + " packet").isEmpty();

        LocalFormats formats = LocalFormats.of(language);
        String normalised = EnglishLabels.normalise(text);
        assertThat(normalised).as("months in " + tag).contains(formats.month(YearMonth.of(2027, 1)))
                .doesNotContain("January 2027");
        assertThat(PdfTools.fontsNotEmbedded(PdfTools.pdffonts(pdf))).as("fonts not embedded").isEmpty();
        if (tag.equals("ja")) {
            // The body is set in the CJK font, and every page number reads in Japanese.
            assertThat(PdfTools.pdffonts(pdf)).contains("DroidSansFallback");
            assertThat(normalised).contains("1 / ").contains(" ページ").contains("評価報告書");
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language.tag());
        }
        String html = Files.readString(out.resolve("packet.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"" + language.tag() + "\">");
    }
}
