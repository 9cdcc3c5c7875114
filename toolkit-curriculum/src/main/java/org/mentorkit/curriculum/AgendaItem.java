package org.mentorkit.curriculum;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * One timed part of a session's agenda.
 *
 * @param title   what happens, e.g. "Check-in round"
 * @param minutes how long it takes; a session's items add up to its duration
 * @param details how to run it, in a sentence or two; "" when the title says it all
 */
@JsonbPropertyOrder({"title", "minutes", "details"})
public record AgendaItem(String title, int minutes, String details) {

    /**
     * The item as given; absent texts (null) become "".
     *
     * @param title   what happens, e.g. "Check-in round"
     * @param minutes how long it takes; a session's items add up to its duration
     * @param details how to run it, in a sentence or two; "" when the title says it all
     */
    public AgendaItem {
        title = Values.orEmpty(title);
        details = Values.orEmpty(details);
    }
}
