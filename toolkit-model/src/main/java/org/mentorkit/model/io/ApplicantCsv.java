package org.mentorkit.model.io;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mentorkit.model.ErrorCode;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.ToolkitException;
import org.mentorkit.model.internal.ApplicantTable;
import org.mentorkit.model.internal.ApplicantTemplate;
import org.mentorkit.model.internal.input.Limits;
import org.mentorkit.model.internal.io.AtomicFiles;
import org.mentorkit.model.internal.text.SpreadsheetCells;

/**
 * Applicant intake from a spreadsheet export (CSV, UTF-8 with or without BOM, {@code ,} or {@code ;} delimited, CRLF
 * or LF). Columns are the participant fields and the program's vocabulary ids, under the names the program's
 * {@code applicantColumns} mapping gives them (by default the field names themselves); the layout is described in
 * {@code docs/file-formats.md}.
 *
 * <p>Every problem is collected, each located as {@code applicants.csv:LINE (column)} where LINE is the line the row
 * starts on in the file (rows after a quoted value with a line break keep their true line), and thrown together as an
 * {@link InvalidInputException}: nothing is dropped silently, unknown columns included.
 */
public final class ApplicantCsv {

    private ApplicantCsv() {
    }

    /**
     * Reads and validates the applicants of {@code file} for {@code program}, in file order.
     *
     * @param file    a CSV export, delimiter and encoding as {@code docs/file-formats.md} describes
     * @param program the program whose column mapping and vocabularies apply
     * @return the participants, each valid on its own
     * @throws org.mentorkit.model.InvalidInputException listing every problem found, each with its line and column
     */
    public static List<Participant> read(Path file, Program program) {
        return read(ModelFiles.readText(file, Limits.TABLE_BYTES, "an applicants CSV"), file.toString(), program);
    }

    /**
     * Reads and validates applicants from CSV text.
     *
     * @param csv     the CSV text, with or without a byte-order mark
     * @param source  names the input in problem locations, e.g. its file name
     * @param program the program whose column mapping and vocabularies apply
     * @return the participants, each valid on its own
     * @throws org.mentorkit.model.InvalidInputException listing every problem found, each with its line and column
     */
    public static List<Participant> read(String csv, String source, Program program) {
        return ApplicantTable.read(csv.startsWith("\uFEFF") ? csv.substring(1) : csv, source, program);
    }

    /**
     * A template for {@code program}: the header row under the program's column names and one example row that passes
     * validation, {@code ,}-delimited (or the program's delimiter), CRLF line ends, with a BOM so that Excel opens
     * it as UTF-8. A cell a spreadsheet would run as a formula (a column name or vocabulary value beginning with
     * {@code =}, {@code +}, {@code -} or {@code @}) gets a leading apostrophe, which {@link #read} takes off again.
     *
     * @param program the program whose columns and vocabularies the template shows
     * @return the template's text
     */
    public static String template(Program program) {
        ApplicantTemplate template = ApplicantTemplate.of(program);
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(template.delimiter()).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            // Column names and vocabulary values are the program's own text: a spreadsheet must not run them.
            printer.printRecord(template.header().stream().map(SpreadsheetCells::defuse).toList());
            printer.printRecord(template.example().stream().map(SpreadsheetCells::defuse).toList());
        } catch (IOException e) {
            throw new ToolkitException(ErrorCode.IO, "could not write the applicant template: " + e.getMessage(), e);
        }
        return "\uFEFF" + out;
    }

    /**
     * Writes {@link #template} to {@code file} atomically.
     *
     * @param program the program whose columns and vocabularies the template shows
     * @param file    where; an existing file is replaced
     */
    public static void writeTemplate(Program program, Path file) {
        AtomicFiles.writeString(file, template(program));
    }
}
