package org.mentorkit.surveys.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.surveys.Completion;
import org.mentorkit.surveys.ImportOptions;
import org.mentorkit.surveys.ImportSummary.Note;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.ItemKind;
import org.mentorkit.surveys.internal.RedcapNames;

/**
 * Reads REDCap record exports (raw or labels, one row per record; checkbox options as {@code field___code} columns;
 * {@code <form>_complete} status) and the generic CSV ({@code participant_id} then one column per item, several codes
 * of a multiple-choice answer separated by {@code ;}).
 */
public final class CsvResponseReader {

    private CsvResponseReader() {
    }

    /** Reads one file's text. {@code redcap} selects REDCap's id column and status columns. */
    public static ReadResult read(String text, String source, Instrument instrument, boolean redcap,
                                  ImportOptions options) {
        List<CsvRows.Row> rows = CsvRows.parse(text, source);
        if (rows.isEmpty()) {
            throw new InvalidInputException(source, "the file is empty; expected a header line and one row per respondent");
        }
        List<String> header = rows.get(0).fields();
        List<CsvRows.Row> data = rows.subList(1, rows.size()).stream().filter(r -> !r.isBlank()).toList();
        IdColumns.Choice id = IdColumns.choose(header, data, redcap, options.idField(), options.knownParticipants(),
                source + ":" + rows.get(0).line());
        int idColumn = id.column();
        ItemColumns columns = new ItemColumns(instrument, redcap, options.formColumns());
        RedcapLayout layout = RedcapLayout.of(header, data, instrument, columns, options.eventWaves());
        List<Note> notes = new ArrayList<>(id.notes());
        int otherFormColumns = 0;
        Map<Integer, ItemColumns.Target> targets = new HashMap<>();
        int completeColumn = -1;
        int timestampColumn = -1;
        String completeName = RedcapNames.completeColumn(RedcapNames.form(instrument.id()));
        String timestampName = RedcapNames.form(instrument.id()) + "_timestamp";
        List<String> itemColumns = new ArrayList<>();
        List<String> otherForms = new ArrayList<>();
        boolean ownStatus = false; // a label export's "Complete?" does not say which form it is
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip();
            String key = ItemColumns.key(name);
            if (c == idColumn || name.isEmpty() || (redcap && c == 0)) { // REDCap's record id is always first
                continue;
            }
            if (key.endsWith("_complete") && RedcapNames.VARIABLE.matcher(key).matches() && columns.find(name).isEmpty()
                    && !key.equals(completeName)) {
                otherForms.add(key);
            }
            if (redcap && !layout.inForm(c)) {
                otherFormColumns += ItemColumns.systemColumns().contains(key) ? 0 : 1;
                continue; // another form's column in a whole-project export: never read as this instrument's
            }
            if (key.equals(completeName) || key.equals("complete?")) {
                ownStatus |= key.equals(completeName);
                completeColumn = c;
                continue;
            }
            if (redcap && (key.equals(timestampName) || key.equals("survey timestamp"))) {
                timestampColumn = c;
                continue;
            }
            if (redcap && (ItemColumns.systemColumns().contains(key) || key.endsWith("_timestamp")
                    || key.equals("survey timestamp") || key.equals("survey identifier") || key.endsWith("_complete"))) {
                continue;
            }
            itemColumns.add(name);
            Optional<ItemColumns.Target> target = columns.find(name);
            if (target.isPresent()) {
                targets.put(c, target.get());
            } else {
                notes.add(new Note(source + ":" + rows.get(0).line() + " (" + name + ")",
                        "column is not an item of instrument '" + instrument.id() + "'; ignored"));
            }
        }
        WrongInstrument.check(source + ":" + rows.get(0).line(), instrument, redcap, itemColumns, targets.size(),
                otherForms, ownStatus);
        if (otherFormColumns > 0) {
            notes.add(new Note(source + ":" + rows.get(0).line(), otherFormColumns + " columns of other forms of the"
                    + " project ignored (the form '" + RedcapNames.form(instrument.id()) + "' is the columns up to "
                    + completeName + ")"));
        }
        List<RawRow> raw = new ArrayList<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            RawRow read = rawRow(row, source, header, idColumn, completeColumn, timestampColumn, targets);
            raw.add(redcap ? layout.elsewhere(row, !read.values().isEmpty())
                    .map(why -> new RawRow(read.location(), read.participantId(), read.values(), read.columns(),
                            read.started(), read.completion(), read.submitted(), why[0], why[1]))
                    .orElse(read) : read);
        }
        if (redcap) {
            notes.addAll(layout.notes(source + ":" + rows.get(0).line()));
        }
        return new ReadResult(raw, notes);
    }

    private static RawRow rawRow(CsvRows.Row row, String source, List<String> header, int idColumn, int completeColumn,
                                 int timestampColumn, Map<Integer, ItemColumns.Target> targets) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, String> columnOf = new LinkedHashMap<>();
        for (Map.Entry<Integer, ItemColumns.Target> entry : targets.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            String value = row.get(entry.getKey()).strip();
            ItemColumns.Target target = entry.getValue();
            String itemId = target.item().id();
            if (target.code().isPresent()) {
                columnOf.putIfAbsent(itemId, header.get(entry.getKey()).strip());
                if (ItemColumns.isChecked(value)) {
                    values.computeIfAbsent(itemId, k -> new ArrayList<>()).add(target.code().get());
                }
                continue;
            }
            if (value.isEmpty()) {
                continue;
            }
            columnOf.put(itemId, header.get(entry.getKey()).strip());
            if (target.item().kind() == ItemKind.MULTIPLE_CHOICE) {
                List<String> parts = new ArrayList<>();
                for (String part : value.split(";")) {
                    if (!part.isBlank()) {
                        parts.add(part.strip());
                    }
                }
                values.computeIfAbsent(itemId, k -> new ArrayList<>()).addAll(parts);
            } else {
                values.put(itemId, List.of(value));
            }
        }
        String status = completeColumn >= 0 ? row.get(completeColumn).strip().toLowerCase(Locale.ROOT) : "";
        boolean notStarted = (status.equals("0") || status.equals("incomplete")) && values.isEmpty();
        String timestamp = timestampColumn >= 0 ? row.get(timestampColumn).strip() : "";
        return new RawRow(source + ":" + row.line(), row.get(idColumn).strip(), values, columnOf, !notStarted,
                completion(status, timestamp), submitted(timestamp));
    }

    /**
     * REDCap's form status: 2 (Complete) finished; 0 (Incomplete) and 1 (Unverified) partial. Without a status, a
     * survey timestamp of {@code [not completed]} (what REDCap exports for a survey begun and not submitted) is partial;
     * anything else counts as complete, since the file does not say otherwise.
     */
    static Completion completion(String status, String timestamp) {
        return switch (status) {
            case "2", "complete" -> Completion.COMPLETE;
            case "0", "1", "incomplete", "unverified" -> Completion.PARTIAL;
            default -> timestamp.equalsIgnoreCase("[not completed]") ? Completion.PARTIAL : Completion.COMPLETE;
        };
    }

    /** REDCap's survey timestamp ({@code 2027-06-30 14:02:11} or without seconds) as ISO local date-time, else "". */
    static String submitted(String timestamp) {
        return TIMESTAMP.matcher(timestamp).matches() ? timestamp.replace(' ', 'T') : "";
    }

    private static final java.util.regex.Pattern TIMESTAMP =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?");

}
