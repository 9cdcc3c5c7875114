package org.mentorkit.export;

import java.util.List;
import java.util.Objects;

/**
 * One document of the packet, as filled from its template.
 *
 * @param id                  the template name ({@code mentee-handbook}, or a society's own added document)
 * @param title               the document title (its {@code # } heading), as plain text
 * @param intro               the Markdown between the title and the first section (may be "")
 * @param sections            the sections, each starting with a {@code ## } heading
 * @param confidential        whether the document holds personal data and is marked confidential on every page
 * @param sectionsOnNewPages  whether each section starts a new page in print (session guides, instruments)
 */
public record PacketDocument(
        String id, String title, String intro, List<Section> sections, boolean confidential, boolean sectionsOnNewPages) {

    /**
     * The document as given, its list copied.
     *
     * @param id                  the template name
     * @param title               the document title, as plain text
     * @param intro               the Markdown between the title and the first section (may be "")
     * @param sections            the sections, each starting with a {@code ## } heading
     * @param confidential        whether the document holds personal data and is marked confidential on every page
     * @param sectionsOnNewPages  whether each section starts a new page in print
     * @throws NullPointerException if {@code id}, {@code title}, {@code intro} or {@code sections} is null
     */
    public PacketDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(intro, "intro");
        sections = List.copyOf(sections);
    }

    /**
     * The whole document as one Markdown text, as the packet's Markdown output writes it.
     *
     * @return a level-1 heading with the title (escaped, so a title never breaks the Markdown), the intro and the
     *         sections, separated by blank lines, ending with one line break
     */
    public String markdown() {
        StringBuilder md = new StringBuilder("# ").append(titleMarkdown()).append("\n\n");
        if (!intro.isBlank()) {
            md.append(intro.strip()).append("\n\n");
        }
        for (Section section : sections) {
            md.append(section.markdown().strip()).append("\n\n");
        }
        return md.toString().strip() + "\n";
    }

    private String titleMarkdown() {
        return org.mentorkit.model.internal.text.MarkdownText.escape(title);
    }
}
