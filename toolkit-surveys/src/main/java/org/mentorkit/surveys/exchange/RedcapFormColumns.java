package org.mentorkit.surveys.exchange;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.internal.RedcapNames;
import org.mentorkit.surveys.internal.AnnotationTags;
import org.mentorkit.surveys.internal.CsvRows;
import org.mentorkit.surveys.internal.JsonSupport;

/**
 * An instrument's columns as a project's data dictionary names them. A coordinator who renames fields in REDCap's
 * designer (so that pre and post can live in one project) changes the export's column names; the project's dictionary
 * says which variable of which form is which item: the item id in {@code @MK-ID} when it differs from the variable,
 * else the variable itself. Import then reads exactly the form's fields, never a column of another form.
 */
public final class RedcapFormColumns {

    private static final int VARIABLE = 0;
    private static final int FORM = 1;
    private static final int ANNOTATION = 17;

    private RedcapFormColumns() {
    }

    /**
     * The variables of {@code instrument}'s form in the dictionary file (the form whose first field carries
     * {@code @MK-INSTRUMENT} with the instrument id, else the form named after it), each to its item id.
     *
     * @param dictionary the project's data dictionary CSV file
     * @param instrument the instrument whose responses are to be imported
     * @return REDCap variable name (lower case) to item id, in the dictionary's order, for
     *         {@link org.mentorkit.surveys.ImportOptions#withFormColumns}; the record identifier is never among them
     * @throws InvalidInputException when the file cannot be read or is not a data dictionary, or when it has no such
     *                               form, naming the forms it has
     */
    public static Map<String, String> of(Path dictionary, Instrument instrument) {
        return parse(JsonSupport.read(dictionary), dictionary.toString(), instrument);
    }

    /**
     * As {@link #of(Path, Instrument)}, for dictionary text already read.
     *
     * @param csv        the data dictionary's CSV text
     * @param source     names the text in problems (a file name)
     * @param instrument the instrument whose responses are to be imported
     * @return REDCap variable name (lower case) to item id, in the dictionary's order
     * @throws InvalidInputException when the text is not a data dictionary or has no such form
     */
    public static Map<String, String> parse(String csv, String source, Instrument instrument) {
        List<CsvRows.Row> rows = CsvRows.parse(csv, source);
        if (rows.isEmpty() || !RedcapDictionary.HEADER.get(0).equalsIgnoreCase(rows.get(0).get(VARIABLE).strip())) {
            throw new InvalidInputException(source + ":1", "not a REDCap data dictionary (expected the header '"
                    + RedcapDictionary.HEADER.get(0) + ", " + RedcapDictionary.HEADER.get(1) + ", ...')");
        }
        Set<String> forms = new LinkedHashSet<>();
        String wanted = "";
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            String form = row.get(FORM).strip();
            if (forms.add(form) && instrument.id().equals(AnnotationTags.parse(row.get(ANNOTATION)).get("INSTRUMENT"))) {
                wanted = form;
            }
        }
        if (wanted.isEmpty() && forms.contains(RedcapNames.form(instrument.id()))) {
            wanted = RedcapNames.form(instrument.id());
        }
        if (wanted.isEmpty()) {
            throw new InvalidInputException(source, "has no form for instrument '" + instrument.id() + "' (expected a"
                    + " form '" + RedcapNames.form(instrument.id()) + "' or one tagged @MK-INSTRUMENT=\"" + instrument.id()
                    + "\"); its forms are " + forms);
        }
        Map<String, String> columns = new LinkedHashMap<>();
        boolean first = true;
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            String variable = row.get(VARIABLE).strip().toLowerCase(Locale.ROOT);
            if (first) {
                first = false; // the record identifier, never an item
                continue;
            }
            if (row.get(FORM).strip().equals(wanted)) {
                columns.put(variable, AnnotationTags.parse(row.get(ANNOTATION)).getOrDefault("ID", variable));
            }
        }
        return columns;
    }
}
