package org.mentorkit.surveys.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.surveys.ImportSummary.Note;

/**
 * Chooses the column that identifies the respondent. REDCap projects often number records automatically (1, 2, 3) and
 * keep the participant's code in the survey identifier ({@code redcap_survey_identifier}, set from the participant
 * list) or in a participant-code item; the generic CSV has {@code participant_id}. With the cohort known, the
 * candidate whose values match the most cohort ids is taken and a note says so when it is not the first; without it,
 * the first candidate present, except that a participant-code column filled in on every row wins over REDCap's
 * record id. An explicit id field names the column outright.
 */
final class IdColumns {

    /** The participant-code item every built-in follow-up instrument carries (docs/surveys.md). */
    static final String PARTICIPANT_CODE = org.mentorkit.surveys.Item.PARTICIPANT_CODE;

    /** The chosen column and what was noticed while choosing. */
    record Choice(int column, List<Note> notes) {
    }

    private IdColumns() {
    }

    static Choice choose(List<String> header, List<CsvRows.Row> data, boolean redcap, String idField,
                         Set<String> known, String location) {
        if (!idField.isEmpty()) {
            int c = indexOf(header, List.of(ItemColumns.key(idField)));
            if (c < 0) {
                throw new InvalidInputException(location, "no column '" + idField + "' (the id field asked for); the columns are "
                        + header.stream().map(String::strip).toList());
            }
            return new Choice(c, List.of());
        }
        List<Integer> candidates = new ArrayList<>();
        if (redcap) {
            int record = indexOf(header, List.of("record_id", "record id"));
            candidates.add(record >= 0 ? record : 0); // REDCap exports the record identifier first, whatever its name
            add(candidates, indexOf(header, List.of("redcap_survey_identifier", "survey identifier")));
        } else {
            add(candidates, indexOf(header, List.of("participant_id")));
        }
        add(candidates, indexOf(header, List.of(PARTICIPANT_CODE)));
        if (candidates.isEmpty()) {
            throw new InvalidInputException(location, "no 'participant_id' (or '" + PARTICIPANT_CODE + "') column; it"
                    + " holds the participant id or code that links a response to a person (or name the id field to use)");
        }
        if (known.isEmpty()) {
            // Without a cohort to compare with, a participant-code column filled in on every row wins over REDCap's
            // record id: automatic record numbers (1, 2, 3) differ between projects and would link the wrong waves.
            int code = indexOf(header, List.of(PARTICIPANT_CODE));
            if (redcap && code >= 0 && code != candidates.get(0) && !data.isEmpty()
                    && data.stream().noneMatch(r -> r.get(code).isBlank())) {
                int first = candidates.get(0);
                boolean differ = data.stream().anyMatch(r -> !r.get(code).strip().equals(r.get(first).strip()));
                return new Choice(code, differ ? List.of(new Note(location + " (" + header.get(code).strip() + ")",
                        "participants identified by their participant code (filled in on every row), not by "
                                + header.get(first).strip())) : List.of());
            }
            return new Choice(candidates.get(0), List.of());
        }
        int best = candidates.get(0);
        int bestMatches = matches(data, best, known);
        for (int c : candidates.subList(1, candidates.size())) {
            int m = matches(data, c, known);
            if (m > bestMatches) {
                best = c;
                bestMatches = m;
            }
        }
        List<Note> notes = new ArrayList<>();
        if (bestMatches == 0) {
            wouldMatch(header, data, known).ifPresent(c -> notes.add(new Note(location + " (" + header.get(c).strip()
                    + ")", "no id column holds participants of the cohort, but this column holds " + matches(data, c, known)
                    + " of them: import again with " + header.get(c).strip() + " as the id field")));
        } else if (best != candidates.get(0)) {
            notes.add(new Note(location + " (" + header.get(best).strip() + ")", "participants identified by this"
                    + " column (" + bestMatches + " of " + data.size() + " rows match the cohort; column "
                    + header.get(candidates.get(0)).strip() + " matches " + matches(data, candidates.get(0), known) + ")"));
        }
        return new Choice(best, notes);
    }

    /** Of all columns, the one holding the most cohort ids, if any holds one. */
    private static java.util.Optional<Integer> wouldMatch(List<String> header, List<CsvRows.Row> data, Set<String> known) {
        int best = -1;
        int bestMatches = 0;
        for (int c = 0; c < header.size(); c++) {
            int m = matches(data, c, known);
            if (m > bestMatches) {
                best = c;
                bestMatches = m;
            }
        }
        return best < 0 ? java.util.Optional.empty() : java.util.Optional.of(best);
    }

    private static int matches(List<CsvRows.Row> data, int column, Set<String> known) {
        return (int) data.stream().filter(r -> known.contains(r.get(column).strip())).count();
    }

    private static void add(List<Integer> candidates, int column) {
        if (column >= 0 && !candidates.contains(column)) {
            candidates.add(column);
        }
    }

    private static int indexOf(List<String> header, List<String> keys) {
        for (int c = 0; c < header.size(); c++) {
            if (keys.contains(ItemColumns.key(header.get(c)))) {
                return c;
            }
        }
        return -1;
    }
}
