package org.mentorkit.followup;

import java.util.List;
import java.util.Objects;

/**
 * One invited participant's status for one survey.
 *
 * @param participantId the cohort participant id
 * @param name          the participant's display name
 * @param email         the participant's email; "" when not known
 * @param groupIds      the ids of every group the participant is in, in cohort order (a mentor may lead more
 *                      than one); empty when not in a group
 * @param status        responded, partial or not responded
 * @param submitted     when the counted response was submitted (ISO local date-time in the survey system's time, as
 *                      {@link org.mentorkit.surveys.Response#submitted()}); "" when not known or not responded
 */
public record ParticipantStatus(String participantId, String name, String email, List<String> groupIds,
                                ResponseStatus status,
                                String submitted) {

    /**
     * The status, its group ids copied; absent (null) text is "" and absent group ids are none.
     *
     * @param participantId the cohort participant id
     * @param name          the participant's display name
     * @param email         the participant's email
     * @param groupIds      the ids of every group the participant is in
     * @param status        responded, partial or not responded
     * @param submitted     when the counted response was submitted, or ""
     * @throws NullPointerException when {@code participantId}, {@code status} or a group id is null
     */
    public ParticipantStatus {
        Objects.requireNonNull(participantId, "participantId");
        name = Objects.requireNonNullElse(name, "");
        email = Objects.requireNonNullElse(email, "");
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        Objects.requireNonNull(status, "status");
        submitted = Objects.requireNonNullElse(submitted, "");
    }
}
