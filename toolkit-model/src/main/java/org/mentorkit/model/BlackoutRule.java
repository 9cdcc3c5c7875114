package org.mentorkit.model;

/** What happens to a session that falls on a blackout date (a holiday, a society meeting). */
public enum BlackoutRule {
    /** Move the session 7 days later, repeatedly, until it is clear of blackout dates. */
    NEXT_WEEK,
    /** Drop that occurrence and continue with the next date of the cadence. */
    SKIP
}
