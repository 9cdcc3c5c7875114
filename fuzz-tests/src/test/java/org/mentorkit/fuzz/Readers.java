package org.mentorkit.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.mentorkit.curriculum.CurriculumFiles;
import org.mentorkit.curriculum.CurriculumOverlays;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.export.Branding;
import org.mentorkit.export.DocumentKind;
import org.mentorkit.export.FormImport;
import org.mentorkit.export.PacketBuilder;
import org.mentorkit.model.DefaultProgram;
import org.mentorkit.model.Program;
import org.mentorkit.model.io.ApplicantCsv;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.surveys.ImportOptions;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Instruments;
import org.mentorkit.surveys.ResponseFormat;
import org.mentorkit.surveys.ResponseImporter;
import org.mentorkit.surveys.exchange.RedcapDictionaryReader;
import org.mentorkit.surveys.report.Codebook;
import org.mentorkit.surveys.report.ManualCodes;

/**
 * Every reader of users' files, fed one input the way the command line reads it (written as a file first). Each
 * {@code *FuzzTests} class fuzzes one of them (one class each, so that a fuzzing run can give each its own JVM, as
 * Jazzer needs); {@link Documented#onlyInvalidInput} fails on anything but a returned value or an
 * {@code InvalidInputException} free of Java class names.
 */
final class Readers {

    private Readers() {
    }


    private static final Program PILOT = DefaultProgram.pilot();
    private static final Instrument PRE = Instruments.builtIn("pre-program", PILOT).orElseThrow();

    static void programJson(byte[] input) throws Exception {
        try (var scratch = new Documented.Scratch()) {
            Path file = scratch.write("program.json", input);
            Documented.onlyInvalidInput(() -> ModelFiles.readProgram(file));
        }
    }

    static void cohortJson(byte[] input) throws Exception {
        try (var scratch = new Documented.Scratch()) {
            Path file = scratch.write("cohort.json", input);
            Documented.onlyInvalidInput(() -> ModelFiles.readCohort(file));
        }
    }

    static void applicantsCsv(byte[] input) throws Exception {
        try (var scratch = new Documented.Scratch()) {
            Path file = scratch.write("applicants.csv", input);
            Documented.onlyInvalidInput(() -> ApplicantCsv.read(file, PILOT));
        }
    }

    static void redcapDictionary(byte[] input) throws Exception {
        try (var scratch = new Documented.Scratch()) {
            Path file = scratch.write("dictionary.csv", input);
            Documented.onlyInvalidInput(() -> RedcapDictionaryReader.read(file));
        }
    }

    static void redcapRecords(byte[] input) throws Exception {
        responses(input, "records.csv", ResponseFormat.AUTO);
    }

    static void surveyJsResults(byte[] input) throws Exception {
        responses(input, "results.json", ResponseFormat.SURVEYJS);
    }

    static void responses(byte[] input, String name, ResponseFormat format) throws Exception {
        try (var scratch = new Documented.Scratch()) {
            Path file = scratch.write(name, input);
            Documented.onlyInvalidInput(() -> ResponseImporter.read(PRE, List.of(file),
                    ImportOptions.defaults().withFormat(format)));
        }
    }

    static void curriculum(byte[] input) throws Exception {
        try (var scratch = new Documented.Scratch()) {
            Path file = scratch.write("curriculum.json", input);
            Documented.onlyInvalidInput(() -> CurriculumFiles.read(file));
        }
    }

    static void curriculumOverlay(byte[] input) throws Exception {
        try (var scratch = new Documented.Scratch()) {
            Path file = scratch.write("overlay.json", input);
            Documented.onlyInvalidInput(() -> CurriculumOverlays.apply(DefaultCurriculum.load(), file));
        }
    }

    static void codebookAndManualCodes(byte[] input) throws Exception {
        try (var scratch = new Documented.Scratch()) {
            Path book = scratch.write("codebook.json", input);
            Path codes = scratch.write("manual-codes.csv", input);
            Documented.onlyInvalidInput(() -> Codebook.read(book).code(new String(input, StandardCharsets.ISO_8859_1)));
            Documented.onlyInvalidInput(() -> ManualCodes.read(codes, Codebook.defaults()));
        }
    }

    static void branding(byte[] input) throws Exception {
        try (var scratch = new Documented.Scratch()) {
            scratch.write("branding.json", input);
            Documented.onlyInvalidInput(() -> Branding.load(scratch.dir));
        }
    }

    static void template(byte[] input) throws Exception {
        try (var scratch = new Documented.Scratch()) {
            scratch.write("templates/overview.md", input);
            Documented.onlyInvalidInput(() -> PacketBuilder.forProgram(PILOT).templates(scratch.dir.resolve("templates"))
                    .documents(Set.of(DocumentKind.OVERVIEW)).build());
        }
    }

    static void pdfForm(byte[] input) throws Exception {
        try (var scratch = new Documented.Scratch()) {
            Path file = scratch.write("form.pdf", input);
            Documented.onlyInvalidInput(() -> FormImport.read(List.of(file),
                    id -> Instruments.builtIn(id, PILOT).orElse(PRE), ImportOptions.defaults()));
        }
    }
}
