package org.mentorkit.model;

/** What a participant does in a group. */
public enum Role {
    /** Is mentored; groups are formed around mentees' needs. */
    MENTEE,
    /** Leads one or more groups, up to their capacity. */
    MENTOR
}
