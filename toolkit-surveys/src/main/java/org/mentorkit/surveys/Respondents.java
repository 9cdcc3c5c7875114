package org.mentorkit.surveys;

/** Who in a cohort is invited to answer an instrument; the denominator of its response rate. */
public enum Respondents {
    /** Every mentee (the pilot's surveys). */
    MENTEES,
    /** Every mentor (e.g. a mentor feedback form). */
    MENTORS,
    /** Every participant. */
    EVERYONE
}
