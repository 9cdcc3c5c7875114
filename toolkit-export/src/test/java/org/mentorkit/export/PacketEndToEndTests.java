package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.testing.ExternalTools;
import org.mentorkit.surveys.ResponseInputs;

/** The example pilot: cohort, groups and its survey exports, through the whole pipeline into every format. */
class PacketEndToEndTests {

    static final Path SURVEYS = Path.of("../examples/pilot/surveys");

    @Test
    void writesEveryFormatOfThePilotPacketWithItsEvaluationReport() throws Exception {
        Cohort cohort = ExampleCohorts.pilotGrouped();
        PacketBuilder builder = PacketBuilder.forProgram(cohort.program()).cohort(cohort);
        List<ResponseSet> sets = ResponseInputs.read(List.of(SURVEYS.resolve("pre-program.redcap-records.csv"),
                SURVEYS.resolve("post-program.redcap-records.csv")), cohort, builder.instrumentsInUse());
        Packet packet = builder.responses(sets).build();
        Path out = ExampleCohorts.tempDir("e2e");
        List<Path> files = PacketWriter.write(packet, Branding.defaults(), EnumSet.allOf(OutputFormat.class), out);

        assertThat(files).contains(out.resolve("packet.pdf"), out.resolve("packet.html"), out.resolve("markdown/08-report.md"));
        String report = packet.documents().get(packet.documents().size() - 1).markdown();
        // The pilot's published figures, each with its own n (from the example exports).
        assertThat(report).contains("```chart").contains("Woman: 18/20").contains("| 3/20 (15%; 95% CI 5-36%) | 10/14 (71%; 95% CI 45-88%) |")
                .contains("exact McNemar p = 0.016");
        ExternalTools.require("pdftotext");
        String text = Normalizer.normalize(PdfTools.pdftotext(out.resolve("packet.pdf")), Normalizer.Form.NFKC);
        assertThat(text).contains("Evaluation report").contains("Who took part").contains("Mentees by gender")
                .contains("Ana <b>Souza</b>").contains("فاطمة الزهراء");
    }
}
