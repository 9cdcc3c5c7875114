package org.mentorkit.model;

/** What a participant does in a group. */
public enum Role {
    MENTEE,
    MENTOR
}
