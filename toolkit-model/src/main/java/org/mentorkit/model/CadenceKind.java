package org.mentorkit.model;

/** The rule that spaces a group's sessions. */
public enum CadenceKind {
    /** The n-th given weekday of each month (e.g. the 2nd Tuesday); week -1 means the last one. */
    MONTHLY_BY_WEEKDAY,
    /** Every n weeks on a given weekday (e.g. every 4 weeks on Tuesday). */
    EVERY_N_WEEKS
}
