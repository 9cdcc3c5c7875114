package org.mentorkit.surveys;

import jakarta.json.bind.annotation.JsonbCreator;
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
 * @param taken    rows taken as responses counted as returned (complete ones, and partial ones when asked to count
 *                 them)
 * @param partial  rows of partial responses (started, not finished) kept aside, not counted as returned
 * @param skipped  rows not taken, each with its reason
 * @param notes    problems within rows taken, and file-level notes such as ignored columns
 */
@JsonbPropertyOrder({"files", "rowsRead", "taken", "partial", "skipped", "notes"})
public record ImportSummary(List<String> files, int rowsRead, int taken, int partial, List<Skip> skipped,
                            List<Note> notes) {

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

    /**
     * The summary with its lists copied; absent (null) lists are empty.
     *
     * @param files    the files read
     * @param rowsRead data rows read (header and blank lines not counted)
     * @param taken    rows taken as responses counted as returned
     * @param partial  rows of partial responses kept aside, not counted as returned
     * @param skipped  rows not taken, each with its reason
     * @param notes    problems within rows taken, and file-level notes such as ignored columns
     */
    @JsonbCreator // the canonical constructor; the shorter one is for callers
    public ImportSummary {
        files = files == null ? List.of() : List.copyOf(files);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /**
     * A summary without partial responses kept aside.
     *
     * @param files    the files read
     * @param rowsRead data rows read (header and blank lines not counted)
     * @param taken    rows taken as responses
     * @param skipped  rows not taken, each with its reason
     * @param notes    problems within rows taken, and file-level notes
     */
    public ImportSummary(List<String> files, int rowsRead, int taken, List<Skip> skipped, List<Note> notes) {
        this(files, rowsRead, taken, 0, skipped, notes);
    }

    /**
     * How many rows were skipped for each reason.
     *
     * @return reason (a {@link Skip} constant or a reader's own reason) to its count, reasons in alphabetical order;
     *         empty when nothing was skipped
     */
    public Map<String, Integer> skippedByReason() {
        Map<String, Integer> counts = new TreeMap<>();
        skipped.forEach(s -> counts.merge(s.reason(), 1, Integer::sum));
        return counts;
    }

    /**
     * One line: "20 rows read, 19 taken, 1 skipped (duplicate: 1), 2 notes"; with partial responses kept aside,
     * "20 rows read, 14 taken, 2 partial (not counted as returned), 4 skipped ...". Counts only: no participant id or
     * answer appears in it, so it may go to logs.
     *
     * @return the summary in English, for logs and command output
     */
    public String oneLine() {
        String reasons = skipped.isEmpty() ? "" : " (" + skippedByReason().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("") + ")";
        String kept = partial == 0 ? "" : partial + " partial (not counted as returned), ";
        return rowsRead + " rows read, " + taken + " taken, " + kept + skipped.size() + " skipped" + reasons + ", "
                + notes.size() + (notes.size() == 1 ? " note" : " notes");
    }
}
