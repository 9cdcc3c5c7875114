package org.mentorkit.curriculum.schedule;

import java.util.List;

/**
 * The sessions of every group of a cohort.
 *
 * @param programId    the program's id (part of every calendar UID)
 * @param programName  the program's name
 * @param curriculumId the curriculum scheduled
 * @param groups       one schedule per group, in cohort order
 * @param notes        what the coordinator should know: derived slots, moved sessions, slot/session length mismatches
 *                     (participant ids only, never names)
 */
public record ProgramSchedule(String programId, String programName, String curriculumId, List<GroupSchedule> groups, List<String> notes) {

    /**
     * The schedule as given, its lists copied.
     *
     * @param programId    the program's id
     * @param programName  the program's name
     * @param curriculumId the curriculum scheduled
     * @param groups       one schedule per group, in cohort order
     * @param notes        what the coordinator should know (participant ids only, never names)
     */
    public ProgramSchedule {
        groups = List.copyOf(groups);
        notes = List.copyOf(notes);
    }

    /**
     * The sessions some member said they cannot make, for the coordinator (ids only, never names).
     *
     * @return one English line per member-session outside the member's availability: group, session number and id,
     *         participant id, and the local date, times and zone; empty when everyone can make every session
     */
    public List<String> availabilityConflicts() {
        return groups.stream().flatMap(g -> g.sessions().stream().flatMap(s -> s.members().stream()
                .filter(m -> !m.withinAvailability())
                .map(m -> "group " + g.groupId() + ", session " + s.number() + " (" + s.sessionId() + "), participant "
                        + m.participantId() + ": " + m.start().toLocalDate() + " " + m.start().toLocalTime() + "-"
                        + m.end().toLocalTime() + " " + m.start().getZone().getId()))).toList();
    }
}
