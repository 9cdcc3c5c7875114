package org.mentorkit.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files a packet is written as. */
public enum OutputFormat {
    /** One PDF with every document (and, with forms, one fillable PDF per instrument). */
    PDF("pdf"),
    /** One Markdown file per document: the source of truth the other formats are rendered from. */
    MARKDOWN("md"),
    /** One standalone HTML file with every document. */
    HTML("html");

    private final String id;

    OutputFormat(String id) {
        this.id = id;
    }

    /**
     * The format's short name, as the command line and file extensions use it.
     *
     * @return {@code pdf}, {@code md} or {@code html}
     */
    public String id() {
        return id;
    }

    /**
     * Finds a format by its short name, e.g. from a setting typed by a person.
     *
     * @param id {@code pdf}, {@code md} or {@code markdown}, or {@code html}; case and surrounding spaces are ignored
     * @return the format, or empty for any other text
     */
    public static Optional<OutputFormat> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("markdown")) {
            return Optional.of(MARKDOWN);
        }
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }
}
