package org.mentorkit.surveys.report;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A comment no theme matched, for a person to code in the manual-codes CSV.
 *
 * @param participantId the participant id or code (for the manual-codes CSV; committee reports only)
 * @param instrumentId  the instrument
 * @param itemId        the item
 * @param excerpt       the anonymised comment
 */
@JsonbPropertyOrder({"participantId", "instrumentId", "itemId", "excerpt"})
public record UncodedComment(String participantId, String instrumentId, String itemId, String excerpt) {
}
