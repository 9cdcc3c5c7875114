package org.mentorkit.export;

/** The paper the PDF is laid out for. */
public enum PageSize {
    /** 210 x 297 mm, used almost everywhere. */
    A4("A4"),
    /** 8.5 x 11 in, used in the United States and Canada. */
    LETTER("letter");

    private final String css;

    PageSize(String css) {
        this.css = css;
    }

    /**
     * How the PDF's style sheet names this paper size.
     *
     * @return the CSS {@code @page size} keyword, {@code A4} or {@code letter}
     */
    public String css() {
        return css;
    }
}
