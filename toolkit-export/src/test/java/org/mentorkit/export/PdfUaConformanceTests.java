package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;
import org.mentorkit.testing.RequiresTools;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.DefaultProgram;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.ResponseInputs;
import org.mentorkit.surveys.ResponseSet;

/**
 * Every kind of PDF mentorkit writes passes veraPDF's PDF/UA-1 validation with 0 failed rules: the demo's packet (with
 * its evaluation report), every built-in fillable form (default and branded) and three personal handbooks.
 */
class PdfUaConformanceTests {

    @Test
    void theDemoPacketConformsToPdfUa1() throws Exception {
        Cohort cohort = ExampleCohorts.pilotGrouped();
        PacketBuilder builder = PacketBuilder.forProgram(cohort.program()).cohort(cohort);
        List<ResponseSet> sets = ResponseInputs.read(List.of(PacketEndToEndTests.SURVEYS.resolve("pre-program.redcap-records.csv"),
                PacketEndToEndTests.SURVEYS.resolve("post-program.redcap-records.csv")), cohort, builder.instrumentsInUse());
        Path out = ExampleCohorts.tempDir("ua-packet");
        PacketWriter.write(builder.responses(sets).build(), Branding.defaults(), EnumSet.of(OutputFormat.PDF), out);
        assertThat(PdfUa.failedRules(out.resolve("packet.pdf"))).as("failed PDF/UA-1 rules of packet.pdf").isEmpty();
    }

    /** In Japanese: the body in the CJK font, lines broken by ICU, the form's labels drawn with the CJK font too. */
    @Test
    @RequiresTools({"pdftotext", "pdffonts"})
    void theJapanesePacketAndAJapaneseFormConformToPdfUa1() throws Exception {
        Cohort cohort = ExampleCohorts.pilotGrouped();
        PacketBuilder builder = PacketBuilder.forProgram(cohort.program()).cohort(cohort).language(Language.of("ja"));
        List<ResponseSet> sets = ResponseInputs.read(List.of(PacketEndToEndTests.SURVEYS.resolve("pre-program.redcap-records.csv"),
                PacketEndToEndTests.SURVEYS.resolve("post-program.redcap-records.csv")), cohort, builder.instrumentsInUse());
        Path out = ExampleCohorts.tempDir("ua-packet-ja");
        PacketWriter.write(builder.responses(sets).build(), Branding.defaults(), EnumSet.of(OutputFormat.PDF), out);
        assertThat(PdfUa.failedRules(out.resolve("packet.pdf"))).as("failed PDF/UA-1 rules of the Japanese packet.pdf").isEmpty();

        Instrument instrument = Instruments.builtIn("pre-program", DefaultProgram.pilot()).orElseThrow();
        Path form = FormWriter.writeAll(List.of(instrument), Branding.defaults(), Language.of("ja"),
                ExampleCohorts.tempDir("ua-form-ja")).get(0);
        assertThat(PdfUa.failedRules(form)).as("failed PDF/UA-1 rules of the Japanese form").isEmpty();
        assertThat(PdfTools.pdftotext(form)).contains("参加者IDまたはコード");
        String fonts = PdfTools.pdffonts(form);
        assertThat(fonts).contains("DroidSansFallback");
        assertThat(PdfTools.fontsNotEmbedded(fonts)).isEmpty();
        try (PDDocument document = Loader.loadPDF(form.toFile())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ja");
            assertThat(document.getDocumentCatalog().getAcroForm().getField("participant_id").getAlternateFieldName())
                    .isEqualTo("参加者IDまたはコード");
        }
    }

    @Test
    void everyFormConformsToPdfUa1() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String id : Instruments.BUILT_IN_IDS) {
            Instrument instrument = Instruments.builtIn(id, DefaultProgram.pilot()).orElseThrow();
            for (Branding branding : List.of(Branding.defaults(), Branding.load(Path.of("../examples/second-society/branding")))) {
                Path dir = ExampleCohorts.tempDir("ua-form-" + id);
                Path form = FormWriter.writeAll(List.of(instrument), branding, dir).get(0);
                PdfUa.failedRules(form).forEach(rule -> failures.add(id + ": " + rule));
            }
        }
        assertThat(failures).as("failed PDF/UA-1 rules of the forms").isEmpty();
    }

    @Test
    @RequiresTools({"pdfimages", "pdftotext"})
    void everyFieldIsDescribedByItsQuestionAndTheFormCarriesTheBranding() throws Exception {
        Branding branding = Branding.load(Path.of("../examples/second-society/branding"));
        for (String id : Instruments.BUILT_IN_IDS) {
            Instrument instrument = Instruments.builtIn(id, DefaultProgram.pilot()).orElseThrow();
            Path form = FormWriter.writeAll(List.of(instrument), branding, ExampleCohorts.tempDir("tu-" + id)).get(0);
            try (PDDocument document = Loader.loadPDF(form.toFile())) {
                PDAcroForm acroForm = document.getDocumentCatalog().getAcroForm();
                assertThat(acroForm.getField("participant_id").getAlternateFieldName()).isEqualTo("Participant id or code");
                for (Item item : instrument.items()) {
                    if (item.kind() == ItemKind.DESCRIPTIVE || item.isParticipantCode()) { // the form asks the code once
                        continue;
                    }
                    assertThat(acroForm.getField(item.id()).getAlternateFieldName()).as(id + "." + item.id())
                            .startsWith(item.text().strip());
                }
            }
            // The society's logo (an image) and name, read by poppler.
            assertThat(PdfTools.run("pdfimages", "-list", form.toString())).contains("image");
            assertThat(PdfTools.pdftotext(form)).contains("Example College of Surgeons");
        }
    }

    @Test
    @RequiresTools("pdfimages")
    void threeHandbooksConformToPdfUa1AndCarryTheBranding() throws Exception {
        Cohort cohort = ExampleCohorts.pilotGrouped();
        Path out = ExampleCohorts.tempDir("ua-handbooks");
        Branding branding = Branding.load(Path.of("../examples/second-society/branding"));
        HandbookWriter.Result result = HandbookWriter.write(cohort, DefaultCurriculum.load(), branding,
                Optional.empty(), out, (done, total) -> { }, 2);
        // The society's logo on the handbook (poppler's image list).
        assertThat(PdfTools.run("pdfimages", "-list", result.files().get(0).toString())).contains("image");
        List<String> failures = new ArrayList<>();
        // A mentor, a mentee with a CJK name and one with an Arabic name (see the pilot cohort).
        for (Path handbook : result.files().subList(0, 3)) {
            PdfUa.failedRules(handbook).forEach(rule -> failures.add(handbook.getFileName() + ": " + rule));
        }
        assertThat(failures).as("failed PDF/UA-1 rules of the handbooks").isEmpty();
    }
}
