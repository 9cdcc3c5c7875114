package org.mentorkit.surveys;

/** The kinds of question an instrument may ask. */
public enum ItemKind {
    /** Yes or no; codes {@code 1} (yes) and {@code 0} (no), as REDCap's yesno field. */
    YES_NO,
    /** One of several choices. */
    SINGLE_CHOICE,
    /** Any number of several choices ("select all that apply"). */
    MULTIPLE_CHOICE,
    /** An agreement or frequency scale: its choices are the points, in order, coded 1..n. */
    LIKERT,
    /** A whole-number rating between the item's bounds (e.g. 0 to 10). */
    RATING,
    /** A number between the item's bounds, with the bounds' number of decimals. */
    NUMBER,
    /** A single line of text. */
    SHORT_TEXT,
    /** A paragraph of text (comments). */
    LONG_TEXT,
    /** Text shown to the respondent, with no answer. */
    DESCRIPTIVE;

    /**
     * Whether answers are codes out of the item's choices.
     *
     * @return true for {@link #YES_NO}, {@link #SINGLE_CHOICE}, {@link #MULTIPLE_CHOICE} and {@link #LIKERT}
     */
    public boolean hasChoices() {
        return this == YES_NO || this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == LIKERT;
    }

    /**
     * Whether answers are numbers between bounds.
     *
     * @return true for {@link #RATING} and {@link #NUMBER}
     */
    public boolean isNumeric() {
        return this == RATING || this == NUMBER;
    }

    /**
     * Whether answers are free text.
     *
     * @return true for {@link #SHORT_TEXT} and {@link #LONG_TEXT}
     */
    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }
}
