package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.DefaultProgram;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.surveys.ImportOptions;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.testing.RequiresTools;

/** A fillable form, filled programmatically (as a PDF viewer would) and imported back, gives the same answers. */
class FormRoundTripTests {

    @Test
    @RequiresTools({"pdffonts", "qpdf"})
    void everyBuiltInInstrumentRoundTripsThroughAFilledForm() throws Exception {
        for (String id : Instruments.BUILT_IN_IDS) {
            Instrument instrument = Instruments.builtIn(id, DefaultProgram.pilot()).orElseThrow();
            Path dir = ExampleCohorts.tempDir("forms-" + id);
            Path blank = FormWriter.writeAll(List.of(instrument), Branding.defaults(), dir).get(0);
            assertThat(PdfTools.fontsNotEmbedded(PdfTools.pdffonts(blank))).isEmpty();
            assertThat(PdfTools.qpdfCheck(blank)).contains("No syntax or stream encoding errors");

            Map<String, List<String>> expected = new LinkedHashMap<>();
            Path filled = dir.resolve("filled.pdf");
            try (PDDocument document = Loader.loadPDF(blank.toFile())) {
                PDAcroForm form = document.getDocumentCatalog().getAcroForm();
                form.getField("participant_id").setValue("m07");
                assertThat(form.getField(Item.PARTICIPANT_CODE)).as("the code is asked once").isNull();
                int n = 0;
                for (Item item : instrument.items()) {
                    if (item.kind() == ItemKind.DESCRIPTIVE || item.isParticipantCode()) { // the form asks the code once
                        continue;
                    }
                    n++;
                    assertThat(form.getField(item.id())).as("field " + item.id()).isNotNull();
                    List<String> answer = fill(form, item, n);
                    if (!answer.isEmpty()) {
                        expected.put(item.id(), answer);
                    }
                }
                document.save(filled.toFile());
            }
            ResponseSet set = FormImport.read(List.of(filled), x -> instrument, ImportOptions.defaults());
            assertThat(set.summary().skipped()).as(id).isEmpty();
            assertThat(set.responses()).hasSize(1);
            assertThat(set.responses().get(0).participantId()).isEqualTo("m07");
            assertThat(set.responses().get(0).answers()).as(id).isEqualTo(expected);
        }
    }

    /** Fills one field with an answer that depends on the item's position, and returns the expected answer. */
    private static List<String> fill(PDAcroForm form, Item item, int n) throws Exception {
        var field = form.getField(item.id());
        if (field instanceof PDRadioButton radio) {
            List<String> codes = List.copyOf(radio.getOnValues());
            String code = codes.stream().sorted().toList().get(n % codes.size());
            radio.setValue(code);
            return List.of(code);
        }
        if (field instanceof PDNonTerminalField parent) {
            var boxes = parent.getChildren();
            PDCheckBox first = (PDCheckBox) boxes.get(0);
            PDCheckBox last = (PDCheckBox) boxes.get(boxes.size() - 1);
            first.check();
            last.check();
            return boxes.size() == 1 ? List.of(first.getPartialName()) : List.of(first.getPartialName(), last.getPartialName());
        }
        String text = switch (item.kind()) {
            case NUMBER -> String.valueOf(n);
            case RATING -> String.valueOf((int) item.bounds().max());
            default -> "Peer support; Ana <b>Souza</b> | \"quoted\" Łukasz Ελένη Nguyễn " + n;
        };
        field.setValue(text);
        return List.of(text);
    }

    @Test
    void aFileThatIsNotAFormIsAnInputErrorNamingIt() throws Exception {
        Path notAForm = ExampleCohorts.tempDir("forms-bad").resolve("letter.pdf");
        Files.write(notAForm, PacketWriter.pdf(PacketBuilder.forProgram(DefaultProgram.pilot())
                .documents(Set.of(DocumentKind.OVERVIEW)).build(), Branding.defaults()));
        assertThatThrownBy(() -> FormImport.read(List.of(notAForm), x -> Instruments.builtIn(x).orElseThrow(), ImportOptions.defaults()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).location()).endsWith("letter.pdf"));
    }
}
