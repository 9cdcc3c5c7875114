package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.testing.RequiresTools;
import org.mentorkit.model.Cohort;
import org.mentorkit.surveys.ResponseInputs;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.report.AttributeTable;
import org.mentorkit.surveys.report.Audience;
import org.mentorkit.surveys.report.CategoryRow;
import org.mentorkit.surveys.report.EvaluationReport;
import org.mentorkit.surveys.report.MarkdownReport;
import org.mentorkit.surveys.report.PairedComparison;
import org.mentorkit.surveys.report.ReportBuilder;
import org.mentorkit.surveys.report.ReportJson;
import org.mentorkit.surveys.report.ReportSettings;

/**
 * The pilot's report for the public (counts below 5 withheld), as the packet's report document (Markdown and PDF)
 * and as the surveys module's report.md: no table of headers only, no chart that silently drops a category, the
 * same statement about the paired comparison in both, colons kept, and 95% intervals in the PDF.
 */
@RequiresTools({"pdftotext"})
class PublicReportTests {

    @Test
    void thePublicReportHasNoHolesAndSaysWhatTheSurveysReportSays() throws Exception {
        Cohort cohort = ExampleCohorts.pilotGrouped();
        PacketBuilder builder = PacketBuilder.forProgram(cohort.program()).cohort(cohort)
                .documents(List.of(DocumentKind.REPORT));
        List<ResponseSet> sets = ResponseInputs.read(List.of(PacketEndToEndTests.SURVEYS.resolve("pre-program.redcap-records.csv"),
                PacketEndToEndTests.SURVEYS.resolve("post-program.redcap-records.csv")), cohort, builder.instrumentsInUse());
        ReportSettings publicSettings = ReportSettings.committee().withAudience(Audience.PUBLIC);
        EvaluationReport report = ReportBuilder.build(cohort, sets, publicSettings);
        Packet packet = builder.report(report).build();
        String markdown = packet.documents().get(packet.documents().size() - 1).markdown();
        String surveysMarkdown = MarkdownReport.write(report);

        for (String md : List.of(markdown, surveysMarkdown)) {
            assertThat(tablesWithoutRows(md)).as("tables with a header and no rows").isEmpty();
            assertThat(headingsOverNothing(md)).as("headings with nothing under them").isEmpty();
        }
        // Every category of every mentee table is in its chart, a withheld one as withheld.
        for (AttributeTable table : report.cohort().menteeTables()) {
            if (table.rows().stream().allMatch(r -> r.figure().isSuppressed())) {
                assertThat(markdown).contains("every count is withheld (n = " + table.n() + ")");
                continue;
            }
            for (CategoryRow row : table.rows()) {
                assertThat(markdown).as(table.label() + " / " + row.label())
                        .contains(row.label() + ": " + (row.figure().isSuppressed() ? "withheld" : row.figure().count().getAsInt())
                                + "/" + table.n());
            }
        }
        assertThat(markdown).doesNotContain("program's definition  ");
        // The paired statement is true of the figures shown, in both reports.
        for (PairedComparison p : report.paired()) {
            if (p.yesYes().isEmpty()) {
                assertThat(surveysMarkdown).contains("Paired (the " + p.pairs() + " people who answered both waves): suppressed");
                assertThat(markdown).contains(p.pairs() + " people answered both; the paired figures are withheld")
                        .doesNotContain("unpaired figures only");
            }
        }

        // The JSON report (read back as JSON) and the packet give each survey's return the same way: the count of n,
        // or withheld (the JSON then has no count at all).
        try (JsonReader reader = Json.createReader(new StringReader(ReportJson.write(report)))) {
            JsonArray rates = reader.readObject().getJsonArray("responseRates");
            assertThat(rates).hasSize(report.responseRates().size());
            for (int i = 0; i < rates.size(); i++) {
                JsonObject returned = rates.getJsonObject(i).getJsonObject("returned");
                String title = rates.getJsonObject(i).getString("title");
                String row = markdown.lines().filter(l -> l.startsWith("| " + title + " |")).findFirst().orElseThrow();
                if (returned.containsKey("count")) {
                    assertThat(row).contains("| " + returned.getInt("count") + " | " + returned.getInt("n") + " |");
                } else {
                    assertThat(row).contains("| withheld | " + returned.getInt("n") + " |");
                }
            }
        }

        Path out = ExampleCohorts.tempDir("public-report");
        PacketWriter.write(packet, Branding.defaults(), EnumSet.of(OutputFormat.PDF), out);
        String text = Normalizer.normalize(PdfTools.pdftotext(out.resolve("packet.pdf")), Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ");
        assertThat(text).contains("95% CI").contains("Under-represented (program's definition:").contains("withheld");
    }

    /** Markdown tables whose delimiter row is followed by no body row. */
    static List<String> tablesWithoutRows(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<String> empty = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).matches("\\|(\\s*:?-+:?\\s*\\|)+") && (i + 1 >= lines.size() || !lines.get(i + 1).startsWith("|"))) {
                empty.add(lines.get(i - 1));
            }
        }
        return empty;
    }

    /** Headings followed directly by another heading of the same or a higher level, or by the end. */
    static List<String> headingsOverNothing(String markdown) {
        List<String> lines = markdown.lines().filter(l -> !l.isBlank()).toList();
        List<String> bare = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("#")) {
                continue;
            }
            int level = line.indexOf(' ');
            boolean nothing = i + 1 >= lines.size()
                    || lines.get(i + 1).startsWith("#") && lines.get(i + 1).indexOf(' ') <= level;
            if (nothing) {
                bare.add(line);
            }
        }
        return bare;
    }
}
