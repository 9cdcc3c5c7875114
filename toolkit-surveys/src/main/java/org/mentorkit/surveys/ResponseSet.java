package org.mentorkit.surveys;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mentorkit.model.io.AtomicFiles;
import org.mentorkit.surveys.internal.JsonSupport;

/**
 * The responses to one instrument (one wave), with the instrument itself so the file can be analysed on its own,
 * and the account of how it was imported. Its JSON form is the {@code responses.json} file.
 *
 * @param instrument the instrument answered
 * @param responses  one per participant, in import order
 * @param summary    how the responses were imported
 */
@JsonbPropertyOrder({"instrument", "responses", "summary"})
public record ResponseSet(Instrument instrument, List<Response> responses, ImportSummary summary) {

    public ResponseSet {
        responses = responses == null ? List.of() : List.copyOf(responses);
        summary = summary == null ? new ImportSummary(List.of(), responses.size(), responses.size(), List.of(), List.of())
                : summary;
    }

    /** The response of a participant. */
    public Optional<Response> of(String participantId) {
        return responses.stream().filter(r -> r.participantId().equals(participantId)).findFirst();
    }

    /** Writes the set as JSON, atomically. */
    public void write(Path file) {
        AtomicFiles.writeString(file, JsonSupport.toJson(this));
    }

    /** Reads a responses file written by {@link #write(Path)}; the instrument in it is validated. */
    public static ResponseSet read(Path file) {
        ResponseSet set = JsonSupport.fromJson(JsonSupport.read(file), ResponseSet.class, file.toString());
        if (set.instrument() == null) {
            throw new org.mentorkit.model.InvalidInputException(file + ": instrument",
                    "missing; a responses file holds the instrument it answers");
        }
        InstrumentValidator.requireValid(set.instrument(), file + ": instrument");
        return set;
    }
}
