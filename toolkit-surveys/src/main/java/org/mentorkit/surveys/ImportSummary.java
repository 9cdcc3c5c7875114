package org.mentorkit.surveys;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The account of an import: how many rows were read and taken, which were skipped and why, and what was noticed in
 * the rows taken (an out-of-range code dropped, a required answer missing, a column ignored). Nothing is dropped
 * without a line here.
 *
 * @param files    the files read
 * @param rowsRead data rows read (header and blank lines not counted)
 * @param taken    rows taken as responses
 * @param skipped  rows not taken, each with its reason
 * @param notes    problems within rows taken, and file-level notes such as ignored columns
 */
@JsonbPropertyOrder({"files", "rowsRead", "taken", "skipped", "notes"})
public record ImportSummary(List<String> files, int rowsRead, int taken, List<Skip> skipped, List<Note> notes) {

    /**
     * Something noticed while importing.
     *
     * @param location file and line, and the column or item
     * @param message  what was noticed and what was done
     */
    @JsonbPropertyOrder({"location", "message"})
    public record Note(String location, String message) {

        @Override
        public String toString() {
            return location + ": " + message;
        }
    }

    public ImportSummary {
        files = files == null ? List.of() : List.copyOf(files);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** How many rows were skipped for each reason. */
    public Map<String, Integer> skippedByReason() {
        Map<String, Integer> counts = new TreeMap<>();
        skipped.forEach(s -> counts.merge(s.reason(), 1, Integer::sum));
        return counts;
    }

    /** One line: "20 rows read, 19 taken, 1 skipped (duplicate: 1), 2 notes". */
    public String oneLine() {
        String reasons = skipped.isEmpty() ? "" : " (" + skippedByReason().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("") + ")";
        return rowsRead + " rows read, " + taken + " taken, " + skipped.size() + " skipped" + reasons + ", "
                + notes.size() + (notes.size() == 1 ? " note" : " notes");
    }
}
