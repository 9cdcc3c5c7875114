package org.mentorkit.surveys.internal;

import java.util.List;
import java.util.Map;
import org.mentorkit.surveys.Completion;

/**
 * One respondent's row as a reader found it, before codes are checked.
 *
 * @param location      file and line (or JSON index)
 * @param participantId the id or code, "" when missing
 * @param values        item id to raw values (codes or labels, numbers, text); blank values already left out
 * @param columns       item id to the column name it came from, for locating notes
 * @param started       false when the source says the form was never started (REDCap Incomplete with no data)
 * @param completion    whether the source says the form was finished (complete when it does not say)
 * @param submitted     the submission time as ISO local date-time, or ""
 * @param skipReason    a {@link org.mentorkit.surveys.Skip} reason when the row is not this instrument's (another
 *                      event or repeating form), else ""
 * @param skipDetail    the particulars of that reason
 */
public record RawRow(String location, String participantId, Map<String, List<String>> values,
                     Map<String, String> columns, boolean started, Completion completion, String submitted,
                     String skipReason, String skipDetail) {

    /** A row of this instrument. */
    public RawRow(String location, String participantId, Map<String, List<String>> values, Map<String, String> columns,
                  boolean started, Completion completion, String submitted) {
        this(location, participantId, values, columns, started, completion, submitted, "", "");
    }

    /** A row of a format without completion status or time. */
    public RawRow(String location, String participantId, Map<String, List<String>> values, Map<String, String> columns,
                  boolean started) {
        this(location, participantId, values, columns, started, Completion.COMPLETE, "");
    }
}
