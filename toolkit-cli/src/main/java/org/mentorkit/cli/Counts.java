package org.mentorkit.cli;

import java.util.List;

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

    /**
     * The first {@code shown} names and how many more ("G4, G5, G16 and 165 more"): a console line stays readable for
     * a cohort of thousands, while the file it points to lists them all.
     */
    static String firstFew(List<String> names, int shown) {
        if (names.size() <= shown) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, shown)) + " and " + (names.size() - shown) + " more";
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
