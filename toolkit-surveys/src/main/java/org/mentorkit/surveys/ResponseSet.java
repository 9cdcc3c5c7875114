package org.mentorkit.surveys;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Problem;
import org.mentorkit.model.internal.io.AtomicFiles;
import org.mentorkit.surveys.internal.JsonSupport;

/**
 * The responses to one instrument (one wave), with the instrument itself so the file can be analysed on its own,
 * and the account of how it was imported. Its JSON form is the {@code responses.json} file.
 *
 * @param instrument the instrument answered
 * @param responses  the responses returned, one per participant, in import order: every complete response, and the
 *                   partial ones too when the import was asked to count them ({@link ImportOptions#countPartial()};
 *                   each says which it is in {@link Response#completion()}). Reports analyse exactly these
 * @param partial    partial responses (started, not finished) that are not counted as returned: listed so the
 *                   coordinator can follow them up, never analysed. Empty when partial responses were counted
 * @param summary    how the responses were imported
 */
@JsonbPropertyOrder({"instrument", "responses", "partial", "summary"})
public record ResponseSet(Instrument instrument, List<Response> responses, List<Response> partial,
                          ImportSummary summary) {

    /**
     * The set with its lists copied; absent lists are empty, and an absent summary is one that counts the responses
     * as read and taken, with no skip or note.
     *
     * @param instrument the instrument answered
     * @param responses  the responses returned, one per participant
     * @param partial    partial responses not counted as returned
     * @param summary    how the responses were imported
     */
    @JsonbCreator // the canonical constructor; the shorter one is for callers
    public ResponseSet {
        responses = responses == null ? List.of() : List.copyOf(responses);
        partial = partial == null ? List.of() : List.copyOf(partial);
        summary = summary == null ? new ImportSummary(List.of(), responses.size() + partial.size(), responses.size(),
                partial.size(), List.of(), List.of()) : summary;
    }

    /**
     * A set with no partial response kept aside.
     *
     * @param instrument the instrument answered
     * @param responses  the responses returned, one per participant
     * @param summary    how the responses were imported
     */
    public ResponseSet(Instrument instrument, List<Response> responses, ImportSummary summary) {
        this(instrument, responses, List.of(), summary);
    }

    /**
     * The participants whose response counts as returned.
     *
     * @return their ids or codes, in import order
     */
    public List<String> returnedIds() {
        return responses.stream().map(Response::participantId).toList();
    }

    /**
     * The participants who started but did not finish, and whose response is not counted.
     *
     * @return their ids or codes, in import order; empty when partial responses were counted as returned
     */
    public List<String> partialIds() {
        return partial.stream().map(Response::participantId).toList();
    }

    /**
     * The returned response of a participant (a partial one kept aside is not looked at).
     *
     * @param participantId a participant id or code
     * @return the response, or empty when the participant has none counted as returned
     */
    public Optional<Response> of(String participantId) {
        return responses.stream().filter(r -> r.participantId().equals(participantId)).findFirst();
    }

    /**
     * Writes the set as JSON ({@code responses.json}), atomically: a reader sees the old file or the new one. The file
     * holds participants' answers, free text included: keep it where personal data may be kept.
     *
     * @param file the target; replaced if it exists
     * @throws org.mentorkit.model.ToolkitException when the file cannot be written; the old file is then untouched
     */
    public void write(Path file) {
        AtomicFiles.writeString(file, JsonSupport.toJson(this));
    }

    /**
     * Reads a responses file written by {@link #write(Path)}, perhaps edited by hand since.
     *
     * @param file a responses JSON file
     * @return the set
     * @throws InvalidInputException when the file cannot be read or bound, holds no instrument or an invalid one, or
     *                               holds answers that do not fit the instrument ({@link #answerProblems}) or a
     *                               participant both returned and partial: every problem at once, each located by
     *                               JSON path
     */
    public static ResponseSet read(Path file) {
        ResponseSet set = JsonSupport.fromJson(JsonSupport.read(file), ResponseSet.class, file.toString());
        if (set.instrument() == null) {
            throw new InvalidInputException(file + ": instrument",
                    "missing; a responses file holds the instrument it answers");
        }
        InstrumentValidator.requireValid(set.instrument(), file + ": instrument");
        List<Problem> problems = set.answerProblems(file.toString());
        problems.addAll(set.partialProblems(file.toString()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return set;
    }

    /**
     * Answers that do not fit the instrument (an unknown item, a code that is not a choice, a number that does not
     * parse or is out of bounds, several answers to a single-answer item), as a hand-edited file may hold; each
     * located by JSON path. Empty for sets made by {@link ResponseImporter}.
     *
     * @param source names the file in problem locations
     * @return the problems, located as {@code source: responses[3].answers.q2}; empty when every answer fits
     */
    public List<Problem> answerProblems(String source) {
        List<Problem> problems = new ArrayList<>();
        for (int r = 0; r < responses.size(); r++) {
            Response response = responses.get(r);
            String at = source + ": responses[" + r + "]";
            if (response.participantId().isBlank()) {
                problems.add(new Problem(at + ".participantId", "must not be empty"));
            }
            for (Map.Entry<String, List<String>> answer : response.answers().entrySet()) {
                String path = at + ".answers." + answer.getKey();
                Optional<Item> item = instrument.item(answer.getKey());
                if (item.isEmpty()) {
                    problems.add(new Problem(path, "not an item of instrument '" + instrument.id() + "'"));
                    continue;
                }
                checkAnswer(item.get(), answer.getValue(), path, problems);
            }
        }
        return problems;
    }

    /** A participant both returned and partial, as a hand-edited file may hold. */
    private List<Problem> partialProblems(String source) {
        List<Problem> problems = new ArrayList<>();
        List<String> returned = returnedIds();
        for (int p = 0; p < partial.size(); p++) {
            if (returned.contains(partial.get(p).participantId())) {
                problems.add(new Problem(source + ": partial[" + p + "].participantId", "'" + partial.get(p).participantId()
                        + "' also has a returned response; a participant is either returned or partial"));
            }
        }
        return problems;
    }

    private static void checkAnswer(Item item, List<String> values, String path, List<Problem> problems) {
        if (values.size() > 1 && item.kind() != ItemKind.MULTIPLE_CHOICE) {
            problems.add(new Problem(path, "a " + item.kind() + " item takes one answer; found " + values.size()));
        }
        for (String value : values) {
            if (item.kind().hasChoices() && item.choice(value).isEmpty()) {
                problems.add(new Problem(path, "'" + value + "' is not a code of the item; expected one of "
                        + item.choices().stream().map(Choice::code).toList()));
            } else if (item.kind().isNumeric()) {
                try {
                    if (!item.bounds().contains(Double.parseDouble(value.replace(',', '.')))) {
                        problems.add(new Problem(path, "'" + value + "' is outside the item's bounds"));
                    }
                } catch (NumberFormatException e) {
                    problems.add(new Problem(path, "'" + value + "' is not a number"));
                }
            }
        }
    }
}
