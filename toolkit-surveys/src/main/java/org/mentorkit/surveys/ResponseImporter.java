package org.mentorkit.surveys;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.surveys.ImportSummary.Note;
import org.mentorkit.surveys.internal.CsvResponseReader;
import org.mentorkit.surveys.internal.JsonSupport;
import org.mentorkit.surveys.internal.RawRow;
import org.mentorkit.surveys.internal.ReadResult;
import org.mentorkit.surveys.internal.SurveyJsResultReader;
import org.mentorkit.surveys.internal.Translated;

/**
 * Imports responses to one instrument from REDCap record exports, SurveyJS results or the generic CSV.
 *
 * <p>Every row ends up either taken or skipped with a reason: rows without a participant id, for participants not in
 * the cohort (when the cohort is given), with no answers, or superseded by a later row of the same participant (the
 * last submission counts). Within a row taken, a code that is not one of the item's choices, a number out of bounds
 * and a missing required answer (of an item shown by its conditions) are noted with file, line and column; an invalid
 * answer is left out, never guessed.
 *
 * <p>Partial responses (REDCap status Incomplete or Unverified with answers) are kept aside in
 * {@link ResponseSet#partial()} and not counted as returned, unless {@link ImportOptions#countPartial()} asks for it.
 * Of several rows of one participant the last counts, except that a partial one never replaces a complete one.
 */
public final class ResponseImporter {

    private ResponseImporter() {
    }

    /**
     * Imports the files, in order, as responses to {@code instrument}. Each file's format is
     * {@link ImportOptions#format()}, or when that is {@link ResponseFormat#AUTO} detected from its name ({@code .json}
     * is SurveyJS) and first line (REDCap's {@code record_id}, {@code redcap_} or {@code _complete} columns).
     *
     * @param instrument the instrument the files answer
     * @param files      the export files (UTF-8, or UTF-16 with a byte-order mark); a later file's row for a
     *                   participant supersedes an earlier one
     * @param options    format, participant check, id column, partial-response and REDCap column settings
     * @return the responses taken and the account of every row ({@link ResponseSet#summary()})
     * @throws org.mentorkit.model.InvalidInputException when a file cannot be read (missing, too large, not UTF-8 or
     *         UTF-16) or parsed, naming it and the line at fault; or when no row could be taken (not even as a partial
     *         response): an import that yields nothing is a mistake to report (each skip with its file and line), never
     *         an empty result to write over earlier work
     */
    public static ResponseSet read(Instrument instrument, List<Path> files, ImportOptions options) {
        List<RawRow> rows = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            names.add(file.toString());
            ReadResult result = readFile(instrument, JsonSupport.read(file), name, detect(file, options.format()), options);
            rows.addAll(result.rows());
            notes.addAll(result.notes());
        }
        return requireTaken(assemble(instrument, names, rows, notes, options));
    }

    /**
     * The set, when it holds at least one response (returned or partial). For imports assembled by {@link #parse}, which
     * does not check this itself.
     *
     * @param set an imported response set
     * @return {@code set} itself
     * @throws InvalidInputException when it holds no response, listing the summary, the file-level notes (an id column
     *                               that would have matched) and the first ten skips, each located
     */
    public static ResponseSet requireTaken(ResponseSet set) {
        if (!set.responses().isEmpty() || !set.partial().isEmpty()) {
            return set;
        }
        List<Problem> problems = new ArrayList<>();
        problems.add(new Problem(String.join(", ", set.summary().files()), "no response taken ("
                + set.summary().oneLine() + "); nothing written"));
        set.summary().notes().stream().filter(n -> n.message().endsWith(" as the id field"))
                .forEach(n -> problems.add(new Problem(n.location(), n.message())));
        int shown = 0;
        for (Skip skip : set.summary().skipped()) {
            if (shown++ == 10) {
                problems.add(new Problem("", "... and " + (set.summary().skipped().size() - 10) + " more rows skipped"));
                break;
            }
            problems.add(new Problem(skip.location(), skip.reason() + ": " + skip.detail()));
        }
        throw new InvalidInputException(problems);
    }

    /**
     * Imports text already in memory, as {@link #read} imports a file. Unlike {@link #read}, an import that takes
     * nothing is returned as such (its summary says why); {@link #requireTaken} turns it into an error.
     *
     * @param instrument the instrument the text answers
     * @param text       the export's content
     * @param source     names the text in locations (a file name); a name ending in {@code .json} means SurveyJS
     * @param format     the text's format, or {@link ResponseFormat#AUTO} to detect it from {@code source} and the
     *                   first line
     * @param options    participant check, id column, partial-response and REDCap column settings (their format is not
     *                   used: {@code format} is)
     * @return the responses taken and the account of every row
     * @throws InvalidInputException when the text cannot be parsed in its format
     */
    public static ResponseSet parse(Instrument instrument, String text, String source, ResponseFormat format,
                                    ImportOptions options) {
        ResponseFormat resolved = format == ResponseFormat.AUTO ? detect(source, text) : format;
        ReadResult result = readFile(instrument, text, source, resolved, options);
        return assemble(instrument, List.of(source), result.rows(), new ArrayList<>(result.notes()), options);
    }

    private static ReadResult readFile(Instrument instrument, String text, String source, ResponseFormat format,
                                       ImportOptions options) {
        ResponseFormat resolved = format == ResponseFormat.AUTO ? detect(source, text) : format;
        return switch (resolved) {
            case SURVEYJS -> SurveyJsResultReader.read(text, source, instrument, options.idField());
            case REDCAP -> CsvResponseReader.read(text, source, instrument, true, options);
            default -> CsvResponseReader.read(text, source, instrument, false, options);
        };
    }

    private static ResponseFormat detect(Path file, ResponseFormat format) {
        if (format != ResponseFormat.AUTO) {
            return format;
        }
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? ResponseFormat.SURVEYJS
                : ResponseFormat.AUTO;
    }

    /** Detects the format from the name and the first line. */
    static ResponseFormat detect(String source, String text) {
        String trimmed = text.stripLeading();
        if (source.toLowerCase(Locale.ROOT).endsWith(".json") || trimmed.startsWith("[")) {
            return ResponseFormat.SURVEYJS;
        }
        String firstLine = trimmed.lines().findFirst().orElse("").toLowerCase(Locale.ROOT).replace("\"", "");
        if (firstLine.startsWith("record_id") || firstLine.startsWith("record id") || firstLine.contains("redcap_")
                || firstLine.contains("_complete") || firstLine.contains("complete?")) {
            return ResponseFormat.REDCAP;
        }
        return ResponseFormat.CSV;
    }

    private static ResponseSet assemble(Instrument instrument, List<String> files, List<RawRow> rows, List<Note> notes,
                                        ImportOptions options) {
        List<Skip> skipped = new ArrayList<>();
        Translated labels = Translated.of(instrument); // answers may be labels in any language of the instrument
        Map<String, Response> byParticipant = new LinkedHashMap<>();
        for (RawRow row : rows) {
            if (!row.skipReason().isEmpty()) {
                skipped.add(new Skip(row.location(), row.skipReason(), row.skipDetail()));
                continue;
            }
            if (row.participantId().isEmpty()) {
                skipped.add(new Skip(row.location(), Skip.NO_PARTICIPANT_ID, "the row has no participant id or code"));
                continue;
            }
            if (!options.knownParticipants().isEmpty() && !options.knownParticipants().contains(row.participantId())) {
                skipped.add(new Skip(row.location(), Skip.UNKNOWN_PARTICIPANT, shown(row.participantId())
                        + " is not a participant of the cohort"));
                continue;
            }
            if (!row.started() || row.values().isEmpty()) {
                skipped.add(new Skip(row.location(), Skip.NO_ANSWERS, "the row holds no answers"
                        + (row.started() ? "" : " (the form was never started)")));
                continue;
            }
            List<Note> rowNotes = new ArrayList<>();
            Map<String, List<String>> answers = checkAnswers(instrument, labels, row, rowNotes);
            if (answers.isEmpty()) {
                skipped.add(new Skip(row.location(), Skip.NO_ANSWERS, "no answer in the row could be used"));
                notes.addAll(rowNotes);
                continue;
            }
            notes.addAll(rowNotes);
            Response response = new Response(row.participantId(), row.location(), answers, row.completion(),
                    row.submitted());
            Response earlier = byParticipant.get(row.participantId());
            if (earlier != null && earlier.isComplete() && !response.isComplete()) {
                // A partial submission never replaces a complete one, whatever the order of the rows.
                skipped.add(new Skip(row.location(), Skip.DUPLICATE, "a partial submission of "
                        + shown(row.participantId()) + "; the complete one at " + earlier.source() + " counts"));
                continue;
            }
            if (earlier != null) {
                skipped.add(new Skip(earlier.source(), Skip.DUPLICATE, "an earlier submission of "
                        + shown(row.participantId()) + "; the later one at " + row.location() + " counts"));
                byParticipant.remove(row.participantId());
            }
            byParticipant.put(row.participantId(), response);
        }
        List<Response> returned = new ArrayList<>();
        List<Response> partial = new ArrayList<>();
        for (Response response : byParticipant.values()) {
            (response.isComplete() || options.countPartial() ? returned : partial).add(response);
        }
        ImportSummary summary = new ImportSummary(files, rows.size(), returned.size(), partial.size(), skipped, notes);
        return new ResponseSet(instrument, returned, partial, summary);
    }

    private static String showIfText(Item item) {
        return String.join(item.showIf().any() ? " or " : " and ", item.showIf().conditions().stream()
                .map(c -> c.item() + " = " + c.code()).toList());
    }

    /**
     * An id as a skip reason may show it: quoted when it looks like an id, else withheld. A file read with the wrong
     * delimiter puts a whole row (free-text comments included) in the id cell, and messages must never echo that.
     */
    static String shown(String id) {
        return ID_LIKE.matcher(id).matches() ? "'" + id + "'"
                : "the id cell (" + id.length() + " characters, not shown: it does not look like an id; check the"
                + " delimiter and the id column)";
    }

    private static final java.util.regex.Pattern ID_LIKE = java.util.regex.Pattern.compile("[\\p{L}\\p{N}_.@+-]{1,40}");

    private static Map<String, List<String>> checkAnswers(Instrument instrument, Translated labels, RawRow row,
                                                          List<Note> notes) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            if (item.isParticipantCode()) {
                continue; // identity (read as the participant id when it is the id column), never an answer
            }
            List<String> raw = row.values().get(item.id());
            if (raw == null || raw.isEmpty()) {
                continue;
            }
            String where = row.location() + " (" + row.columns().getOrDefault(item.id(), item.id()) + ")";
            List<String> accepted = new ArrayList<>();
            for (String value : raw) {
                accept(item, labels, value, where, notes).ifPresent(v -> {
                    if (!accepted.contains(v)) {
                        accepted.add(v);
                    }
                });
            }
            if (!accepted.isEmpty()) {
                answers.put(item.id(), item.kind() == ItemKind.MULTIPLE_CHOICE ? accepted : List.of(accepted.get(0)));
                if (item.kind() != ItemKind.MULTIPLE_CHOICE && accepted.size() > 1) {
                    notes.add(new Note(where, "several answers to a single-answer item; the first was kept"));
                }
            }
        }
        for (Item item : instrument.items()) {
            if (answers.containsKey(item.id()) && !item.showIf().holds(answers)) {
                // Kept (nothing is dropped), but a web form would have hidden the question: say so.
                notes.add(new Note(row.location() + " (" + row.columns().getOrDefault(item.id(), item.id()) + ")",
                        "an answer to a question that was hidden (it is shown only if " + showIfText(item)
                                + "); kept"));
            }
            if (item.required() && !item.isParticipantCode() && !answers.containsKey(item.id())
                    && item.showIf().holds(answers)) {
                notes.add(new Note(row.location() + " (" + item.id() + ")", "required answer missing"));
            }
        }
        return answers;
    }

    private static Optional<String> accept(Item item, Translated labels, String value, String where, List<Note> notes) {
        String v = value.strip();
        if (item.kind().hasChoices()) {
            Optional<String> code = labels.code(item, v);
            if (code.isEmpty()) {
                notes.add(new Note(where, "'" + v + "' is not one of the codes or labels of '" + item.id() + "' ("
                        + item.choices().stream().map(c -> c.code() + " " + c.label()).toList() + "); answer left out"));
            }
            return code;
        }
        if (item.kind().isNumeric()) {
            try {
                // A decimal comma (REDCap exports of locales that write 4,5; number_comma_decimal fields) is read as 4.5.
                String decimal = v.replace(',', '.');
                double number = Double.parseDouble(decimal);
                Bounds bounds = item.bounds();
                boolean wholeOk = bounds.decimals() > 0 || number == Math.rint(number);
                if (!bounds.contains(number)) {
                    notes.add(new Note(where, "'" + v + "' is outside " + number(bounds.min()) + " to "
                            + number(bounds.max()) + (bounds.decimals() == 0 ? " (whole numbers)" : "")
                            + "; answer left out"));
                    return Optional.empty();
                }
                if (!wholeOk) {
                    notes.add(new Note(where, "'" + v + "' is not a whole number (expected " + number(bounds.min())
                            + " to " + number(bounds.max()) + "); answer left out"));
                    return Optional.empty();
                }
                // Stored as written in the decimal point form; a whole number without its ",0" or ".0".
                return Optional.of(bounds.decimals() == 0 ? Long.toString((long) number) : decimal);
            } catch (NumberFormatException e) {
                notes.add(new Note(where, "'" + v + "' is not a number; answer left out"));
                return Optional.empty();
            }
        }
        return item.kind() == ItemKind.DESCRIPTIVE || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** A bound as people write it: 6, not 6.0. */
    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
