package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mentorkit.testing.RequiresTools;
import org.mentorkit.model.Cohort;
import org.mentorkit.surveys.ResponseInputs;
import org.mentorkit.surveys.ResponseSet;

/**
 * Layout of the packet PDF as poppler reads it: no page holds only a heading and a line, and no time or fraction is
 * broken across lines, on A4 and on Letter (where the text block is narrower and pages break elsewhere).
 */
@RequiresTools({"pdftotext"})
class LayoutTests {

    private static final Pattern BROKEN_TIME_OR_FRACTION = Pattern.compile("(\\d[:/]$)|(^[:/]\\d)");

    @Test
    void noPageHoldsOnlyAHeadingAndALineAndNoTimeOrFractionIsBroken() throws Exception {
        for (PageSize size : PageSize.values()) {
            Path pdf = demoPacket(Branding.defaults().withPageSize(size), "layout-" + size);
            String[] pages = PdfTools.run("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-").split("\f");
            List<String> nearlyEmpty = new ArrayList<>();
            for (int i = 0; i < pages.length; i++) {
                // Leave out the running header (first line) and the "Page X of Y" footer.
                List<String> lines = pages[i].lines().map(String::strip).filter(l -> !l.isEmpty())
                        .filter(l -> !l.startsWith("Page ")).toList();
                if (!lines.isEmpty() && lines.size() - 1 <= 2) {
                    nearlyEmpty.add("page " + (i + 1) + ": " + lines);
                }
            }
            assertThat(nearlyEmpty).as(size + ": pages holding only a heading and a line").isEmpty();

            List<String> broken = PdfTools.pdftotext(pdf).lines().map(String::strip)
                    .filter(l -> BROKEN_TIME_OR_FRACTION.matcher(l).find()).toList();
            assertThat(broken).as(size + ": lines ending or starting inside a time or fraction").isEmpty();
        }
    }

    static Path demoPacket(Branding branding, String name) throws Exception {
        Cohort cohort = ExampleCohorts.pilotGrouped();
        PacketBuilder builder = PacketBuilder.forProgram(cohort.program()).cohort(cohort).branding(branding);
        List<ResponseSet> sets = ResponseInputs.read(List.of(PacketEndToEndTests.SURVEYS.resolve("pre-program.redcap-records.csv"),
                PacketEndToEndTests.SURVEYS.resolve("post-program.redcap-records.csv")), cohort, builder.instrumentsInUse());
        Path out = ExampleCohorts.tempDir(name);
        PacketWriter.write(builder.responses(sets).build(), branding, EnumSet.of(OutputFormat.PDF), out);
        return out.resolve("packet.pdf");
    }
}
