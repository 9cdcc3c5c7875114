package org.mentorkit.surveys;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * One answer option of a choice item.
 *
 * @param code  what is stored (REDCap's raw value): letters, digits or {@code _}, unique within the item
 * @param label what the respondent reads (surrounding spaces removed)
 */
@JsonbPropertyOrder({"code", "label"})
public record Choice(String code, String label) {

    /**
     * An option with surrounding spaces removed; absent (null) values are "".
     *
     * @param code  what is stored (REDCap's raw value): letters, digits or {@code _}, unique within the item
     * @param label what the respondent reads
     */
    public Choice {
        code = code == null ? "" : code.strip();
        label = label == null ? "" : label.strip();
    }
}
