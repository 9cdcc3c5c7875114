package org.mentorkit.cli;

/** Counts in console lines, with the right singular or plural ("1 mentee", "2 mentors"). */
final class Counts {

    private Counts() {
    }

    static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    static String mentees(long count) {
        return of(count, "mentee", "mentees");
    }

    static String mentors(long count) {
        return of(count, "mentor", "mentors");
    }

    /** A note when a cohort cannot form groups yet, so a coordinator learns it before running match. */
    static String readiness(long mentees, long mentors) {
        if (mentors == 0) {
            return "; note: no mentors yet, and every group needs one";
        }
        if (mentees == 0) {
            return "; note: no mentees yet";
        }
        return "";
    }
}
