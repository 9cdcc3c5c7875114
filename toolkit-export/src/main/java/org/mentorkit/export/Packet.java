package org.mentorkit.export;

import java.util.List;
import java.util.Objects;

/**
 * The packet's document model: every document, in order, filled and split into sections.
 *
 * @param title     the packet's title (for the PDF metadata and the cover)
 * @param author    the society (PDF author)
 * @param subject   one line on what the packet is (PDF subject)
 * @param language  the BCP 47 language tag of the texts
 * @param documents the documents in packet order
 */
public record Packet(String title, String author, String subject, String language, List<PacketDocument> documents) {

    /**
     * The packet as given, its list copied.
     *
     * @param title     the packet's title (for the PDF metadata and the cover)
     * @param author    the society (PDF author)
     * @param subject   one line on what the packet is (PDF subject)
     * @param language  the BCP 47 language tag of the texts
     * @param documents the documents in packet order
     * @throws NullPointerException if a component is null
     */
    public Packet {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(language, "language");
        documents = List.copyOf(documents);
    }
}
