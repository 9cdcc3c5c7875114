package org.mentorkit.surveys;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * A titled part of an instrument. In REDCap the title becomes the Section Header of its first field.
 *
 * @param title the heading shown above the items; "" for an untitled section
 * @param items the section's items, in order
 */
@JsonbPropertyOrder({"title", "items"})
public record Section(String title, List<Item> items) {

    /**
     * The section with its title stripped and its items copied; absent (null) values are empty.
     *
     * @param title the heading shown above the items; "" for an untitled section
     * @param items the section's items, in order
     */
    public Section {
        title = title == null ? "" : title.strip();
        items = items == null ? List.of() : List.copyOf(items);
    }
}
