package org.mentorkit.curriculum;

/** Who leads a session. The pilot program alternated three sessions with the mentor and three among peers. */
public enum SessionFormat {
    /** The group's mentor facilitates. */
    MENTOR_LED,
    /** The mentees meet without the mentor; one of them facilitates, in turn. */
    PEER_ONLY
}
