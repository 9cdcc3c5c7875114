package org.mentorkit.followup.internal;

import org.mentorkit.followup.ResponseStatus;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Item;
import org.mentorkit.surveys.Response;

/**
 * Whether a response is complete. The surveys import does not yet carry REDCap's completion status (0/1/2) with
 * each response, so a response is partial when an item that is required, and shown by its conditions, has no
 * answer: what a survey tool's own "complete" means.
 */
public final class Completion {

    private Completion() {
    }

    /** {@link ResponseStatus#RESPONDED} or {@link ResponseStatus#PARTIAL}. */
    public static ResponseStatus of(Instrument instrument, Response response) {
        for (Item item : instrument.items()) {
            if (item.required() && response.answer(item.id()).isEmpty() && item.showIf().holds(response.answers())) {
                return ResponseStatus.PARTIAL;
            }
        }
        return ResponseStatus.RESPONDED;
    }
}
