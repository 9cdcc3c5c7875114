/**
 * Group formation: assigns mentees to groups with mentors under hard rules (sizes, capacity, non-isolation, pins) while
 * maximising weighted soft criteria (time-zone overlap, shared interests, mentor fit, diversity balance).
 */
module org.mentorkit.matching {
    requires transitive org.mentorkit.model;
}
