package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.testing.RequiresTools;

/** The packet PDF as independent readers (poppler's pdftotext/pdffonts/pdfinfo, qpdf) see it. */
@RequiresTools({"pdftotext", "pdfinfo", "pdffonts", "qpdf"})
class PacketPdfTests {

    static Packet packet;
    static Path pdf;
    static String text;

    @BeforeAll
    static void render() throws Exception {
        Cohort pilot = ExampleCohorts.pilotGrouped();
        Cohort cohort = ExampleCohorts.synthetic(pilot, 12);
        packet = PacketBuilder.forProgram(cohort.program()).cohort(cohort).results(Fixtures.results()).build();
        Path out = ExampleCohorts.tempDir("pdf-test");
        PacketWriter.write(packet, Branding.defaults(), EnumSet.of(OutputFormat.PDF), out);
        pdf = out.resolve("packet.pdf");
        // pdftotext gives Arabic as presentation forms and "fi" as a ligature: compare compatibility-normalised text.
        text = Normalizer.normalize(PdfTools.pdftotext(pdf), Normalizer.Form.NFKC);
    }

    @Test
    void holdsEveryDocumentAndSectionTitle() {
        assertThat(packet.documents()).extracting(PacketDocument::id).containsExactly("cover", "overview",
                "coordinator-guide", "mentor-guide", "mentee-handbook", "session-guides", "rosters", "instruments", "report");
        for (PacketDocument document : packet.documents()) {
            assertThat(text).contains(document.title());
            for (Section section : document.sections()) {
                assertThat(text).as("section of " + document.id()).contains(section.title().split(":")[0]);
            }
        }
    }

    @Test
    void extractsEveryHardNameIntact() {
        for (String name : Fixtures.HARD_NAMES) {
            assertThat(text).as(name).contains(Normalizer.normalize(name, Normalizer.Form.NFKC));
        }
    }

    @Test
    void numbersEveryPageAsPageXOfY() {
        int pages = Integer.parseInt(PdfTools.pdfinfo(pdf).lines().filter(l -> l.startsWith("Pages:"))
                .findFirst().orElseThrow().replaceAll("\\D", ""));
        assertThat(pages).isGreaterThan(10);
        for (int page = 1; page <= pages; page++) {
            assertThat(text).contains("Page " + page + " of " + pages);
        }
    }

    @Test
    void embedsEveryFont() {
        String fonts = PdfTools.pdffonts(pdf);
        assertThat(fonts).contains("DejaVuSans").contains("DroidSansFallback");
        assertThat(PdfTools.fontsNotEmbedded(fonts)).isEmpty();
    }

    @Test
    void hasAnOutlineEntryPerDocumentAndMetadata() {
        String outlines = PdfTools.qpdfOutlines(pdf);
        for (PacketDocument document : packet.documents()) {
            assertThat(outlines).contains("\"title\": \"" + document.title() + "\"");
        }
        assertThat(outlines).contains("\"title\": \"Session 1: ");
        String info = PdfTools.pdfinfo(pdf);
        assertThat(info).contains("Title:           " + packet.title()).contains("Author:          " + packet.author())
                .contains("Subject:         Toolkit packet").contains("Tagged:          yes");
        assertThat(PdfTools.qpdfCheck(pdf)).contains("No syntax or stream encoding errors");
    }

    @Test
    void marksRosterPagesConfidentialAndShowsChartNumbers() {
        assertThat(text).contains("CONFIDENTIAL").contains("3/20 (15%)").contains("10/14 (71%)");
    }

    @Test
    void aNameNoBuiltInFontCoversStillRenders() throws Exception {
        Cohort cohort = ExampleCohorts.pilotGrouped();
        var people = new java.util.ArrayList<>(cohort.participants());
        var first = people.get(0);
        people.set(0, new org.mentorkit.model.Participant(first.id(), "प्रिया Ana 😀 Souza", first.email(), first.role(),
                first.timeZone(), first.availability(), first.interests(), first.careerStage(), first.specialty(),
                first.institution(), first.country(), first.attributes(), first.capacity(), first.careerLevel(),
                first.mentorPreferences()));
        Cohort renamed = new Cohort(cohort.program(), people, cohort.groups(), cohort.constraints());
        Packet packet = PacketBuilder.forProgram(renamed.program()).cohort(renamed)
                .documents(EnumSet.of(DocumentKind.ROSTERS)).build();
        Path out = ExampleCohorts.tempDir("no-font");
        PacketWriter.write(packet, Branding.defaults(), EnumSet.of(OutputFormat.PDF), out);
        assertThat(PdfTools.pdftotext(out.resolve("packet.pdf"))).contains("Ana").contains("Souza");
        assertThat(PdfTools.fontsNotEmbedded(PdfTools.pdffonts(out.resolve("packet.pdf")))).isEmpty();
    }

    @Test
    void declaresTheDocumentLanguage() throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
        assertThat(Files.size(pdf)).isLessThan(3_000_000);
        assertThat(List.of(text.split("\n"))).isNotEmpty();
    }
}
