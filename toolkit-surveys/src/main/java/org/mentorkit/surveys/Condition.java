package org.mentorkit.surveys;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * "The answer to {@code item} is {@code code}" (for a multiple-choice item: "includes {@code code}").
 *
 * @param item the id of an earlier item with choices
 * @param code one of that item's choice codes ({@code 1}/{@code 0} for yes/no)
 */
@JsonbPropertyOrder({"item", "code"})
public record Condition(String item, String code) {

    /**
     * The condition as given; absent (null) values are "". Whether the item and code exist is checked with the
     * instrument ({@link InstrumentValidator}).
     *
     * @param item the id of an earlier item with choices
     * @param code one of that item's choice codes ({@code 1}/{@code 0} for yes/no)
     */
    public Condition {
        item = item == null ? "" : item;
        code = code == null ? "" : code;
    }
}
