package org.mentorkit.surveys.internal;

import java.util.List;
import java.util.Map;

/**
 * One respondent's row as a reader found it, before codes are checked.
 *
 * @param location      file and line (or JSON index)
 * @param participantId the id or code, "" when missing
 * @param values        item id to raw values (codes or labels, numbers, text); blank values already left out
 * @param columns       item id to the column name it came from, for locating notes
 * @param started       false when the source says the form was never started (REDCap Incomplete with no data)
 */
public record RawRow(String location, String participantId, Map<String, List<String>> values,
                     Map<String, String> columns, boolean started) {
}
