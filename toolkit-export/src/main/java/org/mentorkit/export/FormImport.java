package org.mentorkit.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mentorkit.export.internal.FormReading;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.surveys.ImportOptions;
import org.mentorkit.surveys.ImportSummary;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Response;
import org.mentorkit.surveys.ResponseFormat;
import org.mentorkit.surveys.ResponseImporter;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.Skip;

/**
 * Reads filled PDF forms back into responses. Each form is handed to the surveys module's importer as one row of its
 * generic CSV, with the PDF as the source, so answers are checked and problems reported exactly as for REDCap or
 * SurveyJS files (a skipped form names the PDF and the reason).
 */
public final class FormImport {

    private FormImport() {
    }

    /**
     * Reads the forms. {@code instruments} resolves the instrument id recorded in each form; all forms must answer
     * the same instrument.
     *
     * @param pdfs        the filled forms, as {@link FormWriter} wrote them; a later form of the same participant
     *                    replaces an earlier one
     * @param instruments gives the instrument for an id recorded in a form (e.g. a registry lookup); it may throw
     *                    {@link InvalidInputException} for an id it does not know
     * @param options     how answers are checked, as for any response import (the format is set to the generic CSV)
     * @return the responses with a summary of what was read, taken and skipped (a blank form is skipped with a reason)
     * @throws InvalidInputException when a form cannot be read, names no instrument, or answers another instrument
     *                               than the others, when no forms are given, or when no form gives a response
     */
    public static ResponseSet read(List<Path> pdfs, Function<String, Instrument> instruments, ImportOptions options) {
        Map<String, Instrument> byId = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        Instrument instrument = null;
        for (Path pdf : pdfs) {
            String id = FormReading.instrumentId(pdf).orElse("");
            if (id.isEmpty()) {
                problems.add(new Problem(pdf.toString(), "does not say which survey it is; expected a form written by"
                        + " 'mentorkit packet' (forms/<instrument>.pdf)"));
                continue;
            }
            Instrument current = byId.computeIfAbsent(id, instruments);
            if (instrument != null && !instrument.id().equals(current.id())) {
                problems.add(new Problem(pdf.toString(), "answers '" + current.id() + "' but earlier forms answer '"
                        + instrument.id() + "'; import each survey's forms separately"));
            }
            instrument = instrument == null ? current : instrument;
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (instrument == null) {
            throw new InvalidInputException("", "no forms given");
        }
        ImportOptions csv = options.withFormat(ResponseFormat.CSV);
        List<Response> responses = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        List<ImportSummary.Note> notes = new ArrayList<>();
        int rows = 0;
        int taken = 0;
        for (Path pdf : pdfs) {
            String row = FormReading.asCsv(pdf, instrument);
            files.add(pdf.toString());
            if (FormReading.isBlank(row)) {
                // The CSV reader passes over empty lines silently; a blank form is worth a reason.
                rows++;
                skipped.add(new Skip(pdf.toString(), Skip.NO_ANSWERS, "the form is not filled in"));
                continue;
            }
            ResponseSet one = ResponseImporter.parse(instrument, row, pdf.toString(), ResponseFormat.CSV, csv);
            // A later form of the same participant replaces an earlier one, as in the surveys module's importer.
            for (Response response : one.responses()) {
                responses.removeIf(r -> r.participantId().equals(response.participantId()));
                responses.add(response);
            }
            rows += one.summary().rowsRead();
            taken += one.summary().taken();
            skipped.addAll(one.summary().skipped());
            notes.addAll(one.summary().notes());
        }
        // Nothing taken (blank or broken forms) is an error, never an empty set to write over earlier work.
        return ResponseImporter.requireTaken(new ResponseSet(instrument, responses,
                new ImportSummary(files, rows, taken, skipped, notes)));
    }
}
