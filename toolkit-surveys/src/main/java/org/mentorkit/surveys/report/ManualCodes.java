package org.mentorkit.surveys.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.model.internal.text.Suggestions;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.ResponseSet;
import org.mentorkit.surveys.internal.CsvRows;
import org.mentorkit.surveys.internal.JsonSupport;

/**
 * A person's codes for comments, which replace the automatic ones: a CSV with the header
 * {@code participant_id,item_id,themes} (optionally {@code instrument_id} too), themes separated by {@code ;}.
 * An empty themes cell means "reviewed: no theme", which takes the comment off the uncoded list.
 */
public final class ManualCodes {

    private final Map<String, Set<String>> codes;

    /** Where each row came from ({@code file:line}), by the same key as {@link #codes}. */
    private final Map<String, String> rows;

    private ManualCodes(Map<String, Set<String>> codes, Map<String, String> rows) {
        this.codes = codes;
        this.rows = rows;
    }

    /**
     * No manual codes.
     *
     * @return codes under which every comment keeps its automatic themes
     */
    public static ManualCodes none() {
        return new ManualCodes(Map.of(), Map.of());
    }

    /**
     * Reads the CSV; theme ids are checked against the codebook, every bad row reported with its line. Whether rows
     * name participants and items of the report is checked when the report is built.
     *
     * @param file     a manual-codes CSV file
     * @param codebook the codebook whose theme ids the rows may use
     * @return the codes; {@link #none()} for an empty file
     * @throws InvalidInputException when the file cannot be read, lacks the header columns, or names themes the
     *                               codebook does not have: every problem at once, with file and line
     */
    public static ManualCodes read(Path file, Codebook codebook) {
        return parse(JsonSupport.read(file), file.getFileName().toString(), codebook);
    }

    /**
     * Parses manual-codes CSV text, as {@link #read} reads a file. Of two rows for one comment the later wins.
     *
     * @param csv      the CSV text
     * @param source   names the text in problems (a file name)
     * @param codebook the codebook whose theme ids the rows may use
     * @return the codes; {@link #none()} for empty text
     * @throws InvalidInputException as {@link #read}
     */
    public static ManualCodes parse(String csv, String source, Codebook codebook) {
        List<CsvRows.Row> rows = CsvRows.parse(csv, source);
        if (rows.isEmpty()) {
            return none();
        }
        List<String> header = rows.get(0).fields().stream().map(String::strip).toList();
        int participant = header.indexOf("participant_id");
        int item = header.indexOf("item_id");
        int themes = header.indexOf("themes");
        int instrument = header.indexOf("instrument_id");
        if (participant < 0 || item < 0 || themes < 0) {
            throw new InvalidInputException(source + ":1", "expected the header participant_id,item_id,themes"
                    + " (and optionally instrument_id); found " + String.join(",", header));
        }
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        Map<String, String> locations = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            Set<String> ids = new LinkedHashSet<>();
            for (String id : row.get(themes).split(";")) {
                String theme = id.strip();
                if (theme.isEmpty()) {
                    continue;
                }
                if (!codebook.hasTheme(theme)) {
                    problems.add(new Problem(source + ":" + row.line() + " (themes)", "'" + theme
                            + "' is not a theme of the codebook; expected one of "
                            + codebook.themes().stream().map(Theme::id).toList()));
                }
                ids.add(theme);
            }
            String instrumentId = instrument >= 0 ? row.get(instrument).strip() : "";
            String key = key(instrumentId, row.get(participant).strip(), row.get(item).strip());
            codes.put(key, ids);
            locations.put(key, source + ":" + row.line());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ManualCodes(codes, locations);
    }

    /**
     * The manual codes of a comment, if a person coded it.
     *
     * @param instrumentId  the instrument the comment answers
     * @param participantId the participant who wrote it
     * @param itemId        the long-text item
     * @return the theme ids (empty: reviewed, no theme), a row naming the instrument winning over one without; empty
     *         when no row covers the comment
     */
    public Optional<Set<String>> codes(String instrumentId, String participantId, String itemId) {
        Set<String> specific = codes.get(key(instrumentId, participantId, itemId));
        if (specific != null) {
            return Optional.of(specific);
        }
        return Optional.ofNullable(codes.get(key("", participantId, itemId)));
    }

    /**
     * Each row must name a participant of the cohort and an item of an instrument whose responses are reported (of
     * the instrument it names, if it names one): a code for nobody would be silently ignored.
     */
    void requireKnown(Cohort cohort, List<ResponseSet> sets) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> row : rows.entrySet()) {
            String[] parts = row.getKey().split("\u0000", -1);
            String instrumentId = parts[0];
            String participantId = parts[1];
            String itemId = parts[2];
            if (cohort.participant(participantId).isEmpty()) {
                problems.add(new Problem(row.getValue() + " (participant_id)", "`" + participantId
                        + "` is not a participant of the cohort; the codes would apply to nobody"));
            }
            List<Instrument> instruments = sets.stream().map(ResponseSet::instrument)
                    .filter(i -> instrumentId.isEmpty() || i.id().equals(instrumentId)).toList();
            if (!instrumentId.isEmpty() && instruments.isEmpty()) {
                problems.add(new Problem(row.getValue() + " (instrument_id)", "`" + instrumentId + "` is not among the "
                        + "instruments of the responses given" + Suggestions.expected(instrumentId,
                        sets.stream().map(s -> s.instrument().id()).toList())));
            } else if (instruments.stream().noneMatch(i -> i.item(itemId).isPresent())) {
                problems.add(new Problem(row.getValue() + " (item_id)", "`" + itemId + "` is not an item of "
                        + (instrumentId.isEmpty() ? "any instrument of the responses given" : "instrument `" + instrumentId + "`")
                        + Suggestions.expected(itemId, instruments.stream().flatMap(i -> i.items().stream())
                        .map(Item::id).toList())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String key(String instrumentId, String participantId, String itemId) {
        return instrumentId + "\u0000" + participantId + "\u0000" + itemId;
    }
}
