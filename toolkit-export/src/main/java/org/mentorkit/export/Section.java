package org.mentorkit.export;

import java.util.Objects;

/**
 * One section of a document: a second-level heading and its Markdown body.
 *
 * @param id       a stable anchor, unique within the packet ({@code mentee-handbook-2})
 * @param title    the heading text, as plain text
 * @param markdown the section's Markdown, starting with its {@code ## } heading
 */
public record Section(String id, String title, String markdown) {

    /**
     * The section as given.
     *
     * @param id       a stable anchor, unique within the packet
     * @param title    the heading text, as plain text
     * @param markdown the section's Markdown, starting with its {@code ## } heading
     * @throws NullPointerException if any component is null
     */
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(markdown, "markdown");
    }
}
