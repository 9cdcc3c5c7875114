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

    public Condition {
        item = item == null ? "" : item;
        code = code == null ? "" : code;
    }
}
