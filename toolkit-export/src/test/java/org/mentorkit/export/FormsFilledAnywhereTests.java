package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.io.ApplicantCsv;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.surveys.Applications;
import org.mentorkit.surveys.ImportOptions;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.Response;
import org.mentorkit.surveys.ResponseImporter;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.report.EvaluationReport;
import org.mentorkit.surveys.report.PairedComparison;
import org.mentorkit.surveys.report.ReportBuilder;
import org.mentorkit.surveys.report.ReportSettings;
import org.mentorkit.testing.RequiresTools;

/**
 * Issue 11, item 7 and the PDF routes of its done-when: the pilot's pre and post answers, filled into the blank forms
 * by pdftk (FDF, button values as names) and by pypdf ({@code update_page_form_field_values}, which writes a radio
 * group's {@code /V} as a string and leaves the widgets' appearance states off), import to the same answers and the
 * published figures. pypdf is Debian's {@code python3-pypdf}, run with {@code /usr/bin/python3}.
 */
class FormsFilledAnywhereTests {

    private static final Path SURVEYS = Path.of("../examples/pilot/surveys");
    private static final Instrument PRE = Instruments.builtIn("pre-program").orElseThrow();
    private static final Instrument POST = Instruments.builtIn("post-program").orElseThrow();
    private static final Path SYSTEM_PYTHON = Path.of("/usr/bin/python3");

    /** 3/20 to 10/14, 9/14, 12/14, 13/14, 14/20 returned, McNemar p = 0.016 (PILOT.md). */
    private static final List<String> PUBLISHED = List.of("pre signature_talk 3/20 (15%)",
            "post signature_talk 10/14 (71%)", "post positive_impact 9/14 (64%)", "post worthwhile 12/14 (86%)",
            "post recommend 13/14 (93%)", "post returned 14/20 (70%)", "McNemar p = 0.016");

    private static final Cohort COHORT = ModelFiles.readCohort(ExampleCohorts.PILOT);
    private static final ImportOptions OPTIONS = ImportOptions.defaults().withKnownParticipants(
            COHORT.participants().stream().map(Participant::id).collect(Collectors.toSet()));

    @Test
    @RequiresTools("pdftk")
    void formsFilledWithPdftkGiveThePublishedFigures() throws Exception {
        assertRoute("pdftk", this::fillWithPdftk);
    }

    @Test
    void formsFilledWithPypdfGiveThePublishedFigures() throws Exception {
        requireSystemPypdf();
        assertRoute("pypdf", this::fillWithPypdf);
    }

    @Test
    @RequiresTools("pdftk")
    void applicationFormsFilledWithPdftkGiveTheCohortsParticipants() throws Exception {
        assertApplicationRoute("pdftk", this::fillWithPdftk);
    }

    @Test
    void applicationFormsFilledWithPypdfGiveTheCohortsParticipants() throws Exception {
        requireSystemPypdf();
        assertApplicationRoute("pypdf", this::fillWithPypdf);
    }

    @Test
    void aTruncatedPdfIsAnErrorNotZeroResponses() throws Exception {
        Path dir = ExampleCohorts.tempDir("forms-truncated");
        Path blank = FormWriter.writeAll(List.of(POST), Branding.defaults(), dir).get(0);
        byte[] bytes = Files.readAllBytes(blank);
        Path broken = dir.resolve("broken.pdf");
        Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertThatThrownBy(() -> FormImport.read(List.of(broken), id -> POST, OPTIONS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("broken.pdf");
        // A blank (unfilled) form is not a response either: nothing taken is an error.
        assertThatThrownBy(() -> FormImport.read(List.of(blank), id -> POST, OPTIONS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no response taken");
    }

    private interface Filler {
        Path fill(Path blank, Instrument instrument, Response response, Path out) throws Exception;
    }

    private void assertRoute(String tool, Filler filler) throws Exception {
        ResponseSet pre = source(PRE, "pre-program.redcap-records.csv");
        ResponseSet post = source(POST, "post-program.redcap-records.csv");
        ResponseSet preBack = fillAndImport(tool, PRE, pre, filler, OPTIONS);
        ResponseSet postBack = fillAndImport(tool, POST, post, filler, OPTIONS);
        for (ResponseSet[] pair : List.of(new ResponseSet[] {pre, preBack}, new ResponseSet[] {post, postBack})) {
            assertThat(pair[1].responses()).as(tool).extracting(Response::participantId)
                    .containsExactlyElementsOf(pair[0].returnedIds());
            for (Response response : pair[0].responses()) {
                assertThat(pair[1].of(response.participantId()).orElseThrow().answers()).as(tool + " "
                        + response.participantId()).isEqualTo(response.answers());
            }
        }
        assertThat(figures(preBack, postBack)).as(tool).isEqualTo(PUBLISHED);
    }

    /**
     * Issue 11: the PDF route of {@code mentorkit cohort --applications *.pdf} (what its ApplicationInputs does:
     * FormImport, then Applications) had no test. The pilot's 25 applications, one mentee's with mentor preferences
     * added (the example's applications state none), filled into the program's application form, give the participants
     * of the membership CSV, and the preferences.
     */
    private void assertApplicationRoute(String tool, Filler filler) throws Exception {
        Program program = ModelFiles.readProgram(SURVEYS.resolveSibling("program.json"));
        Instrument application = Instruments.builtIn("application", program).orElseThrow();
        ResponseSet redcap = ResponseImporter.read(application, List.of(SURVEYS.resolve("application.redcap-records.csv")),
                ImportOptions.defaults());
        List<Response> responses = new ArrayList<>(redcap.responses());
        Response first = responses.get(0);
        Map<String, List<String>> answers = new LinkedHashMap<>(first.answers());
        answers.put("mentor_career_level", List.of("3"));
        answers.put("mentor_gender", List.of("1"));
        responses.set(0, new Response(first.participantId(), first.source(), answers));
        ResponseSet given = new ResponseSet(application, responses, redcap.summary());

        List<Participant> fromPdf = Applications.participants(
                fillAndImport(tool, application, given, filler, ImportOptions.defaults()), program);

        List<Participant> fromCsv = ApplicantCsv.read(SURVEYS.resolveSibling("applicants.csv"), program);
        assertThat(fromPdf).as(tool).hasSize(25).isEqualTo(Applications.participants(given, program));
        assertThat(fromPdf.subList(1, 25)).as(tool).isEqualTo(fromCsv.subList(1, 25));
        assertThat(fromPdf.get(0)).as(tool).isEqualTo(fromCsv.get(0).toBuilder()
                .mentorPreference("careerLevel", List.of("late-career")).mentorPreference("gender", List.of("Woman"))
                .build());
    }

    private static ResponseSet source(Instrument instrument, String file) {
        return ResponseImporter.read(instrument, List.of(SURVEYS.resolve(file)), OPTIONS);
    }

    private static ResponseSet fillAndImport(String tool, Instrument instrument, ResponseSet set, Filler filler,
            ImportOptions options) throws Exception {
        Path dir = ExampleCohorts.tempDir("forms-" + tool + "-" + instrument.id());
        Path blank = FormWriter.writeAll(List.of(instrument), Branding.defaults(), dir).get(0);
        List<Path> filled = new ArrayList<>();
        for (Response response : set.responses()) {
            filled.add(filler.fill(blank, instrument, response, dir.resolve(response.participantId() + ".pdf")));
        }
        return FormImport.read(filled, id -> instrument, options);
    }

    /** An FDF as pdftk takes it: buttons as names, text as UTF-16 hex strings, check boxes as kids of their item. */
    private Path fillWithPdftk(Path blank, Instrument instrument, Response response, Path out) throws Exception {
        StringBuilder fields = new StringBuilder("<< /T (participant_id) /V " + hex(response.participantId()) + " >>\n");
        response.answers().forEach((itemId, values) -> {
            ItemKind kind = instrument.item(itemId).orElseThrow().kind();
            if (kind == ItemKind.MULTIPLE_CHOICE) {
                fields.append("<< /T (").append(itemId).append(") /Kids [");
                values.forEach(code -> fields.append(" << /T (").append(code).append(") /V /").append(code).append(" >>"));
                fields.append(" ] >>\n");
            } else if (kind.hasChoices()) {
                fields.append("<< /T (").append(itemId).append(") /V /").append(values.get(0)).append(" >>\n");
            } else {
                fields.append("<< /T (").append(itemId).append(") /V ").append(hex(values.get(0))).append(" >>\n");
            }
        });
        Path fdf = out.resolveSibling(out.getFileName() + ".fdf");
        Files.writeString(fdf, "%FDF-1.2\n1 0 obj\n<< /FDF << /Fields [\n" + fields + "] >> >>\nendobj\ntrailer\n"
                + "<< /Root 1 0 R >>\n%%EOF\n", StandardCharsets.ISO_8859_1);
        run(List.of("pdftk", blank.toString(), "fill_form", fdf.toString(), "output", out.toString()));
        return out;
    }

    /**
     * pypdf as scripts use it: {@code update_page_form_field_values} for text and radio groups (pypdf 3.x writes the
     * group's /V as a string, "/1", and sets no appearance state); check boxes, which that call cannot tell apart
     * across items (it matches partial names only), are set the way it sets a button it does match: /AS a name,
     * /V a string.
     */
    private Path fillWithPypdf(Path blank, Instrument instrument, Response response, Path out) throws Exception {
        StringBuilder values = new StringBuilder("{\"participant_id\": " + json(response.participantId()));
        StringBuilder boxes = new StringBuilder("[");
        response.answers().forEach((itemId, answer) -> {
            ItemKind kind = instrument.item(itemId).orElseThrow().kind();
            if (kind == ItemKind.MULTIPLE_CHOICE) {
                answer.forEach(code -> boxes.append(boxes.length() > 1 ? ", " : "").append("[").append(json(itemId))
                        .append(", ").append(json(code)).append("]"));
            } else {
                values.append(", ").append(json(itemId)).append(": ")
                        .append(json(kind.hasChoices() ? "/" + answer.get(0) : answer.get(0)));
            }
        });
        Path data = out.resolveSibling(out.getFileName() + ".json");
        Files.writeString(data, "{\"values\": " + values + "}, \"boxes\": " + boxes + "]}");
        String script = String.join("\n",
                "import json, sys",
                "from pypdf import PdfReader, PdfWriter",
                "from pypdf.generic import NameObject, TextStringObject",
                "data = json.load(open(sys.argv[3], encoding='utf-8'))",
                "writer = PdfWriter()",
                "writer.clone_reader_document_root(PdfReader(sys.argv[1]))",
                "for page in writer.pages:",
                "    writer.update_page_form_field_values(page, data['values'])",
                "    for ref in page.get('/Annots', []):",
                "        annot = ref.get_object()",
                "        parent = annot.get('/Parent')",
                "        parent = parent.get_object() if parent is not None else {}",
                "        for item, code in data['boxes']:",
                "            if parent.get('/T') == item and annot.get('/T') == code:",
                "                annot[NameObject('/AS')] = NameObject('/' + code)",
                "                annot[NameObject('/V')] = TextStringObject('/' + code)",
                "writer.write(sys.argv[2])");
        run(List.of(SYSTEM_PYTHON.toString(), "-c", script, blank.toString(), out.toString(), data.toString()));
        return out;
    }

    private static List<String> figures(ResponseSet pre, ResponseSet post) {
        EvaluationReport report = ReportBuilder.build(COHORT, List.of(pre, post), ReportSettings.committee());
        List<String> figures = new ArrayList<>();
        figures.add("pre signature_talk " + report.item("pre-program", "signature_talk").orElseThrow().headline()
                .orElseThrow().text());
        for (String item : List.of("signature_talk", "positive_impact", "worthwhile", "recommend")) {
            figures.add("post " + item + " " + report.item("post-program", item).orElseThrow().headline().orElseThrow()
                    .text());
        }
        figures.add("post returned " + report.responseRates().stream().filter(r -> r.instrumentId().equals("post-program"))
                .findFirst().orElseThrow().returned().text());
        PairedComparison talk = report.paired().stream().filter(p -> p.pairingKey().equals("signature_talk"))
                .findFirst().orElseThrow();
        figures.add(String.format(Locale.ROOT, "McNemar p = %.3f", talk.exactP().orElseThrow()));
        return figures;
    }

    /** Skips naming python3-pypdf when Debian's pypdf is absent; fails instead when MENTORKIT_REQUIRE_TOOLS=1. */
    private static void requireSystemPypdf() throws Exception {
        boolean present = Files.isExecutable(SYSTEM_PYTHON)
                && new ProcessBuilder(SYSTEM_PYTHON.toString(), "-c", "import pypdf").redirectErrorStream(true)
                .start().waitFor() == 0;
        String why = "/usr/bin/python3 cannot import pypdf: install the Debian package python3-pypdf";
        if ("1".equals(System.getenv("MENTORKIT_REQUIRE_TOOLS"))) {
            assertThat(present).as(why).isTrue();
        }
        Assumptions.assumeTrue(present, why);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(command.get(0) + ": " + output).isZero();
    }

    private static String hex(String text) {
        return "<FEFF" + HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_16BE)) + ">";
    }

    private static String json(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

}
