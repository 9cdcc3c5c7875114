package org.mentorkit.surveys;

/** When in a program an instrument is given. */
public enum Wave {
    /** The application or intake form, before groups are formed. */
    APPLICATION,
    /** Before the first session. */
    PRE,
    /** A check-in part-way through. */
    MID,
    /** After the last session. */
    POST,
    /** Any other moment the society chooses. */
    CUSTOM
}
