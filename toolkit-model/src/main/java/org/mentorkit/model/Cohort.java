package org.mentorkit.model;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * One run of a program: the program, its participants and, once formed, its groups.
 *
 * <p>People who left the program after it started are not participants any more, but the sessions they attended
 * still list them: their records are kept in {@code formerParticipants}, and each group they left names them with a
 * leave date ({@link Group#leaveDates()}).
 *
 * @param program            the program this cohort runs
 * @param participants       mentees and mentors
 * @param groups             the groups; empty before group formation
 * @param constraints        the coordinator's pins and together/apart rules for group formation
 * @param formerParticipants people who withdrew after the program started, kept for the sessions before they left
 */
@JsonbPropertyOrder({"program", "participants", "formerParticipants", "groups", "constraints"})
@ValidCohort
public record Cohort(
        @NotNull @Valid Program program,
        List<@NotNull @Valid Participant> participants,
        List<@NotNull @Valid Group> groups,
        @NotNull MatchingConstraints constraints,
        List<@NotNull @Valid Participant> formerParticipants) {

    /**
     * The cohort as given, its lists copied; absent constraints mean {@link MatchingConstraints#none()}.
     *
     * @param program            the program this cohort runs
     * @param participants       mentees and mentors
     * @param groups             the groups; empty before group formation
     * @param constraints        the coordinator's pins and together/apart rules for group formation
     * @param formerParticipants people who withdrew after the program started, kept for the sessions before they left
     */
    @JsonbCreator // the canonical constructor, for JSON-B (there is a shorter one too)
    public Cohort {
        participants = Lists.copy(participants);
        groups = Lists.copy(groups);
        constraints = constraints == null ? MatchingConstraints.none() : constraints;
        formerParticipants = Lists.copy(formerParticipants);
    }

    /**
     * A cohort without former participants.
     *
     * @param program      the program this cohort runs
     * @param participants mentees and mentors
     * @param groups       the groups; empty before group formation
     * @param constraints  the coordinator's pins and together/apart rules for group formation
     */
    public Cohort(Program program, List<Participant> participants, List<Group> groups,
            MatchingConstraints constraints) {
        this(program, participants, groups, constraints, List.of());
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
     * The participant or former participant with the given id: everyone a session may list.
     *
     * @param participantId a participant's or former participant's {@code id}
     * @return the person, or empty when nobody in the cohort, past or present, has that id
     */
    public Optional<Participant> participantOrFormer(String participantId) {
        return participant(participantId).or(() -> formerParticipants.stream()
                .filter(p -> p != null && participantId.equals(p.id())).findFirst());
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
     * @return the same program, participants, constraints and former participants with {@code newGroups}
     */
    public Cohort withGroups(List<Group> newGroups) {
        return new Cohort(program, participants, newGroups, constraints, formerParticipants);
    }

    /**
     * A copy of this cohort with other former participants, as re-forming returns it.
     *
     * @param former the records of people who left after the start and are named in groups' leave dates
     * @return the same cohort with {@code former} as its former participants
     */
    public Cohort withFormerParticipants(List<Participant> former) {
        return new Cohort(program, participants, groups, constraints, former);
    }
}
