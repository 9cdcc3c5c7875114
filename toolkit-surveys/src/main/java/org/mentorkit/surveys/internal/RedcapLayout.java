package org.mentorkit.surveys.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorkit.surveys.ImportSummary.Note;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Skip;
import org.mentorkit.surveys.Wave;

/**
 * How a REDCap record export is laid out around one instrument's form, so that its columns and rows are taken and
 * nobody else's.
 *
 * <p>Columns: REDCap exports each form's fields followed by its status column {@code <form>_complete} (label exports:
 * {@code Complete?}), forms in project order. So in a whole-project export the instrument's columns are those after
 * the previous form's status column up to its own: a column of another form is never read as this instrument's, even
 * when it has the same name as one of its items. In a label export, whose status columns do not name their form, the
 * form is the one whose columns match the most items.
 *
 * <p>Rows: a longitudinal export has one row per record and event ({@code redcap_event_name}); a row belongs to the
 * instrument when its event is the instrument's wave, by the mapping given or else by the event's name
 * ({@code pre_arm_1}, {@code baseline_arm_1} PRE; {@code post_arm_1}, {@code follow_up_arm_1} POST; {@code mid*} MID;
 * {@code application*}/{@code intake*} APPLICATION). Rows of repeating instruments ({@code redcap_repeat_instrument},
 * {@code redcap_repeat_instance}) belong to the named form; each instance is a submission, the last one counts.
 */
final class RedcapLayout {

    private final int from;
    private final int to;
    private final int statusColumn;
    private final int eventColumn;
    private final int repeatColumn;
    private final String form;
    private final Instrument instrument;
    private final Map<String, Wave> eventWaves;
    private final boolean formRepeats;
    private final Set<String> unmapped = new LinkedHashSet<>();

    private RedcapLayout(int from, int to, int statusColumn, int eventColumn, int repeatColumn, Instrument instrument,
                         Map<String, Wave> eventWaves, boolean formRepeats) {
        this.from = from;
        this.to = to;
        this.statusColumn = statusColumn;
        this.eventColumn = eventColumn;
        this.repeatColumn = repeatColumn;
        this.form = RedcapNames.form(instrument.id());
        this.instrument = instrument;
        this.eventWaves = eventWaves;
        this.formRepeats = formRepeats;
    }

    static RedcapLayout of(List<String> header, List<CsvRows.Row> data, Instrument instrument, ItemColumns columns,
                           Map<String, Wave> eventWaves) {
        String own = RedcapNames.completeColumn(RedcapNames.form(instrument.id()));
        List<Integer> statuses = new ArrayList<>();
        int ownStatus = -1;
        for (int c = 0; c < header.size(); c++) {
            String key = ItemColumns.key(header.get(c));
            if (key.equals(own)) {
                ownStatus = c;
            }
            if (key.equals("complete?") || (key.endsWith("_complete") && RedcapNames.VARIABLE.matcher(key).matches()
                    && columns.find(key).isEmpty())) {
                statuses.add(c);
            }
        }
        if (ownStatus < 0 && !statuses.isEmpty() && ItemColumns.key(header.get(statuses.get(0))).equals("complete?")) {
            ownStatus = bestLabelSegment(header, statuses, columns);
        }
        int from = 0;
        int to = header.size() - 1;
        if (ownStatus >= 0) {
            to = ownStatus;
            int index = statuses.indexOf(ownStatus);
            from = index > 0 ? statuses.get(index - 1) + 1 : 0;
        }
        int event = index(header, "redcap_event_name", "event name");
        int repeat = index(header, "redcap_repeat_instrument", "repeat instrument");
        String form = RedcapNames.form(instrument.id());
        boolean repeats = repeat >= 0 && data.stream().anyMatch(r -> isForm(r.get(repeat), form, instrument));
        return new RedcapLayout(from, to, ownStatus, event, repeat, instrument, eventWaves, repeats);
    }

    /** Whether column {@code c} lies in the instrument's own form (or the file has a single form). */
    boolean inForm(int c) {
        return c >= from && c <= to;
    }

    /** The first column of the form's segment, for system columns (record id, event) before the first form. */
    int from() {
        return from;
    }

    /** The instrument's own status column, or -1. */
    int statusColumn() {
        return statusColumn;
    }

    /** Why a row is not this instrument's (reason and detail), or empty when it is. */
    Optional<String[]> elsewhere(CsvRows.Row row, boolean hasValues) {
        if (repeatColumn >= 0) {
            String repeat = row.get(repeatColumn).strip();
            if (!repeat.isEmpty() && !isForm(repeat, form, instrument)) {
                return Optional.of(new String[] {Skip.OTHER_FORM, "a row of the repeating instrument '" + repeat + "'"});
            }
            if (repeat.isEmpty() && formRepeats && !hasValues) {
                return Optional.of(new String[] {Skip.OTHER_FORM, "the record's row for forms that do not repeat; '"
                        + form + "' answers are in its repeat rows"});
            }
        }
        if (eventColumn >= 0) {
            String event = row.get(eventColumn).strip();
            if (event.isEmpty()) {
                return Optional.empty();
            }
            Optional<Wave> wave = wave(event);
            if (wave.isPresent() && wave.get() != instrument.wave()) {
                return Optional.of(new String[] {Skip.OTHER_EVENT, "event '" + event + "' is the " + wave.get()
                        + " wave; instrument '" + instrument.id() + "' is " + instrument.wave()});
            }
            if (wave.isEmpty()) {
                unmapped.add(event);
                if (!hasValues) {
                    return Optional.of(new String[] {Skip.OTHER_EVENT, "event '" + event + "' holds no answers to this"
                            + " form"});
                }
            }
        }
        return Optional.empty();
    }

    /** File-level notes: events whose wave was not known, read by whether the form has answers. */
    List<Note> notes(String location) {
        List<Note> notes = new ArrayList<>();
        for (String event : unmapped) {
            notes.add(new Note(location + " (redcap_event_name)", "event '" + event + "' is not mapped to a wave;"
                    + " its rows with answers to this form were taken (map event '" + event + "' to a wave)"));
        }
        return notes;
    }

    private Optional<Wave> wave(String event) {
        for (Map.Entry<String, Wave> entry : eventWaves.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(event)) {
                return Optional.of(entry.getValue());
            }
        }
        return guessWave(event.toLowerCase(Locale.ROOT).replaceAll("_arm_\\d+$", "").replaceAll("\\s*\\(arm .*\\)$", ""));
    }

    /** The wave a REDCap form or event name suggests, if any. */
    static Optional<Wave> guessWave(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("pre") || n.contains("baseline")) {
            return Optional.of(Wave.PRE);
        }
        if (n.startsWith("post") || n.contains("follow")) {
            return Optional.of(Wave.POST);
        }
        if (n.startsWith("mid")) {
            return Optional.of(Wave.MID);
        }
        if (n.contains("application") || n.contains("intake")) {
            return Optional.of(Wave.APPLICATION);
        }
        return Optional.empty();
    }

    private static boolean isForm(String value, String form, Instrument instrument) {
        String v = value.strip();
        return v.equalsIgnoreCase(form) || v.equalsIgnoreCase(instrument.title()) || v.equalsIgnoreCase(instrument.id());
    }

    private static int bestLabelSegment(List<String> header, List<Integer> statuses, ItemColumns columns) {
        int best = -1;
        int bestMatches = 0;
        int start = 0;
        for (int status : statuses) {
            int matches = 0;
            for (int c = start; c < status; c++) {
                matches += columns.find(header.get(c)).isPresent() ? 1 : 0;
            }
            if (matches > bestMatches) {
                best = status;
                bestMatches = matches;
            }
            start = status + 1;
        }
        return best;
    }

    private static int index(List<String> header, String raw, String label) {
        for (int c = 0; c < header.size(); c++) {
            String key = ItemColumns.key(header.get(c));
            if (key.equals(raw) || key.equals(label)) {
                return c;
            }
        }
        return -1;
    }
}
