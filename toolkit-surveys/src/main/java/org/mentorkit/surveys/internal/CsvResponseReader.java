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
    public static ReadResult read(String text, String source, Instrument instrument, boolean redcap, String idField) {
        List<CsvRows.Row> rows = CsvRows.parse(text, source);
        if (rows.isEmpty()) {
            throw new InvalidInputException(source, "the file is empty; expected a header line and one row per respondent");
        }
        List<String> header = rows.get(0).fields();
        int idColumn = idColumn(header, redcap, idField, source);
        ItemColumns columns = new ItemColumns(instrument, redcap);
        List<Note> notes = new ArrayList<>();
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
            if (c == idColumn || name.isEmpty()) {
                continue;
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
            if (key.endsWith("_complete") && RedcapNames.VARIABLE.matcher(key).matches() && columns.find(name).isEmpty()) {
                otherForms.add(key);
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
        List<RawRow> raw = new ArrayList<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            raw.add(rawRow(row, source, header, idColumn, completeColumn, timestampColumn, targets));
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

    private static int idColumn(List<String> header, boolean redcap, String idField, String source) {
        List<String> wanted = !idField.isEmpty() ? List.of(idField)
                : redcap ? List.of("record_id", "record id") : List.of("participant_id");
        for (int c = 0; c < header.size(); c++) {
            if (wanted.contains(ItemColumns.key(header.get(c)))) {
                return c;
            }
        }
        if (redcap && idField.isEmpty() && !header.isEmpty()) {
            return 0; // REDCap always exports the record identifier first, whatever the project calls it
        }
        throw new InvalidInputException(source + ":1", "no '" + wanted.get(0)
                + "' column; it holds the participant id or code that links a response to a person");
    }
}
