package org.mentorkit.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * One run of a program: the program, its participants and, once formed, its groups.
 *
 * @param program      the program this cohort runs
 * @param participants mentees and mentors
 * @param groups       the groups; empty before group formation
 * @param constraints  the coordinator's pins and together/apart rules for group formation
 */
@JsonbPropertyOrder({"program", "participants", "groups", "constraints"})
@ValidCohort
public record Cohort(
        @NotNull @Valid Program program,
        List<@NotNull @Valid Participant> participants,
        List<@NotNull @Valid Group> groups,
        @NotNull MatchingConstraints constraints) {

    /**
     * The cohort as given, its lists copied; absent constraints mean {@link MatchingConstraints#none()}.
     *
     * @param program      the program this cohort runs
     * @param participants mentees and mentors
     * @param groups       the groups; empty before group formation
     * @param constraints  the coordinator's pins and together/apart rules for group formation
     */
    public Cohort {
        participants = Lists.copy(participants);
        groups = Lists.copy(groups);
        constraints = constraints == null ? MatchingConstraints.none() : constraints;
    }

    /**
     * The participant with the given id.
     *
     * @param participantId a participant's {@code id}
     * @return the participant, or empty when nobody in the cohort has that id
     */
    public Optional<Participant> participant(String participantId) {
        return participants.stream().filter(p -> p != null && participantId.equals(p.id())).findFirst();
    }

    /**
     * All mentees, in file order.
     *
     * @return the participants whose role is {@link Role#MENTEE}
     */
    public List<Participant> mentees() {
        return participants.stream().filter(p -> p != null && p.role() == Role.MENTEE).toList();
    }

    /**
     * All mentors, in file order.
     *
     * @return the participants whose role is {@link Role#MENTOR}
     */
    public List<Participant> mentors() {
        return participants.stream().filter(p -> p != null && p.role() == Role.MENTOR).toList();
    }

    /**
     * A copy of this cohort with other groups, as group formation returns it.
     *
     * @param newGroups the groups that replace this cohort's
     * @return the same program, participants and constraints with {@code newGroups}
     */
    public Cohort withGroups(List<Group> newGroups) {
        return new Cohort(program, participants, newGroups, constraints);
    }
}
