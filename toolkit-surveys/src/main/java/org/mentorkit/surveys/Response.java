package org.mentorkit.surveys;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's answers to one instrument.
 *
 * @param participantId the cohort participant id, or a pseudonymous code the person uses in every wave; this is what
 *                      links waves for paired comparison
 * @param source        where the answers came from ({@code post.csv:7}), for tracing a figure back to its row
 * @param answers       item id to the answer: choice codes (one, or several for multiple choice), a number as text, or
 *                      the text; items not answered are absent
 * @param completion    whether the respondent finished the form ({@link Completion#COMPLETE} when the source has no
 *                      status); files written before completion was recorded read as complete
 * @param submitted     when the response was submitted, as ISO local date-time ({@code 2027-06-30T14:02:11}) in the
 *                      survey system's time, or "" when the source does not say (REDCap's survey timestamp)
 */
@JsonbPropertyOrder({"participantId", "source", "answers", "completion", "submitted"})
public record Response(String participantId, String source, Map<String, List<String>> answers, Completion completion,
                       String submitted) {

    /**
     * The response, normalised: absent text is "", an absent completion {@link Completion#COMPLETE}; the answers are
     * copied in their order, an absent answer list becoming empty.
     *
     * @param participantId the cohort participant id, or a pseudonymous code
     * @param source        where the answers came from ({@code post.csv:7})
     * @param answers       item id to the answer; items not answered are absent
     * @param completion    whether the respondent finished the form
     * @param submitted     when the response was submitted, as ISO local date-time, or ""
     */
    @JsonbCreator // the canonical constructor; the shorter one is for callers
    public Response {
        participantId = participantId == null ? "" : participantId;
        source = source == null ? "" : source;
        completion = completion == null ? Completion.COMPLETE : completion;
        submitted = submitted == null ? "" : submitted;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (answers != null) {
            answers.forEach((k, v) -> copy.put(k, v == null ? List.of() : List.copyOf(v)));
        }
        answers = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A complete response with no submission time.
     *
     * @param participantId the cohort participant id, or a pseudonymous code
     * @param source        where the answers came from ({@code post.csv:7})
     * @param answers       item id to the answer; items not answered are absent
     */
    public Response(String participantId, String source, Map<String, List<String>> answers) {
        this(participantId, source, answers, Completion.COMPLETE, "");
    }

    /**
     * Whether the respondent finished the form.
     *
     * @return true when {@link #completion()} is {@link Completion#COMPLETE}
     */
    public boolean isComplete() {
        return completion == Completion.COMPLETE;
    }

    /**
     * The answer to an item.
     *
     * @param itemId an item id of the instrument
     * @return the codes, number or text given; empty when not answered
     */
    public List<String> answer(String itemId) {
        return answers.getOrDefault(itemId, List.of());
    }

    /**
     * The single answer to an item.
     *
     * @param itemId an item id of the instrument
     * @return the first code, the number or the text; "" when not answered
     */
    public String single(String itemId) {
        List<String> answer = answer(itemId);
        return answer.isEmpty() ? "" : answer.get(0);
    }
}
