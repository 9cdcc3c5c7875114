package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Participant;
import org.mentorkit.testing.ExternalTools;

class HandbookWriterTests {

    @Test
    void writesOneHandbookPerGroupedParticipantWithDatesInTheirOwnZone() throws Exception {
        Cohort cohort = ExampleCohorts.synthetic(ExampleCohorts.pilotGrouped(), 8);
        Path out = ExampleCohorts.tempDir("handbooks");
        ConcurrentLinkedQueue<Integer> progress = new ConcurrentLinkedQueue<>();
        HandbookWriter.Result result = HandbookWriter.write(cohort, DefaultCurriculum.load(), Branding.defaults(),
                Optional.empty(), out, (done, total) -> progress.add(done), 2);
        assertThat(result.files()).hasSize(cohort.participants().size());
        assertThat(result.ungroupedParticipantIds()).isEmpty();
        assertThat(progress).hasSize(result.files().size()).contains(result.files().size());

        // Mentee e1 lives in Asia/Shanghai; her group's mentor m1 meets Tuesdays 12:00 Warsaw time, so the first
        // session (the second Tuesday of January: 12 Jan 2027, 12:00 CET = 11:00 UTC) is 19:00 in Shanghai.
        Participant mentee = cohort.participant("e1").orElseThrow();
        assertThat(mentee.timeZone()).isEqualTo("Asia/Shanghai");
        ExternalTools.require("pdftotext", "pdffonts");
        String text = Normalizer.normalize(PdfTools.pdftotext(out.resolve("handbooks/e1.pdf")), Normalizer.Form.NFKC);
        assertThat(text).contains("Nguyễn Thị Minh Khai 1").contains("Asia/Shanghai").contains("Tuesday, January 12, 2027, 7:00 PM")
                .contains("Page 1 of");
        assertThat(PdfTools.fontsNotEmbedded(PdfTools.pdffonts(out.resolve("handbooks/e1.pdf")))).isEmpty();
    }
}
