package org.mentorkit.surveys;

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
 */
@JsonbPropertyOrder({"participantId", "source", "answers"})
public record Response(String participantId, String source, Map<String, List<String>> answers) {

    public Response {
        participantId = participantId == null ? "" : participantId;
        source = source == null ? "" : source;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (answers != null) {
            answers.forEach((k, v) -> copy.put(k, v == null ? List.of() : List.copyOf(v)));
        }
        answers = java.util.Collections.unmodifiableMap(copy);
    }

    /** The answer to an item; empty when not answered. */
    public List<String> answer(String itemId) {
        return answers.getOrDefault(itemId, List.of());
    }

    /** The single answer to an item (the first code or the text), or "" when not answered. */
    public String single(String itemId) {
        List<String> answer = answer(itemId);
        return answer.isEmpty() ? "" : answer.get(0);
    }
}
