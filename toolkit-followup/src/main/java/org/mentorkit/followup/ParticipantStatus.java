package org.mentorkit.followup;

import java.util.Objects;

/**
 * One invited participant's status for one survey.
 *
 * @param participantId the cohort participant id
 * @param name          the participant's display name
 * @param email         the participant's email; "" when not known
 * @param groupId       the id of the participant's group; "" when not in a group
 * @param status        responded, partial or not responded
 * @param submitted     when the counted response was submitted (ISO local date-time in the survey system's time, as
 *                      {@link org.mentorkit.surveys.Response#submitted()}); "" when not known or not responded
 */
public record ParticipantStatus(String participantId, String name, String email, String groupId, ResponseStatus status,
                                String submitted) {

    /**
     * The status; absent (null) text is "".
     *
     * @param participantId the cohort participant id
     * @param name          the participant's display name
     * @param email         the participant's email
     * @param groupId       the id of the participant's group
     * @param status        responded, partial or not responded
     * @param submitted     when the counted response was submitted, or ""
     * @throws NullPointerException when {@code participantId} or {@code status} is null
     */
    public ParticipantStatus {
        Objects.requireNonNull(participantId, "participantId");
        name = Objects.requireNonNullElse(name, "");
        email = Objects.requireNonNullElse(email, "");
        groupId = Objects.requireNonNullElse(groupId, "");
        Objects.requireNonNull(status, "status");
        submitted = Objects.requireNonNullElse(submitted, "");
    }
}
