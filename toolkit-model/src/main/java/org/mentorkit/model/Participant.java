package org.mentorkit.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A mentee or mentor. Texts that were not given are "" and lists are empty, never null.
 *
 * @param id                 unique within the cohort (a membership number, or any stable code)
 * @param displayName        the name shown in rosters and handbooks, exactly as the person writes it
 * @param email              where invitations and calendars go; "" when not known
 * @param role               mentee or mentor
 * @param timeZone           an IANA time-zone id such as {@code America/New_York}
 * @param availability       weekly windows in the participant's local time; empty means the program's default
 * @param interests          topics the participant wants to discuss
 * @param careerStage        a value of the program's {@code careerStage} vocabulary, if it has one
 * @param specialty          a value of the program's {@code specialty} vocabulary, if it has one
 * @param institution        where the participant works; "" when not given
 * @param country            the participant's country; "" when not given
 * @param attributes         demographic attributes: vocabulary id to the participant's values in it
 * @param capacity           for mentors: how many groups they can lead (at least 1); 0 for mentees
 * @param careerLevel        for mentors: early, mid or late career as the program words it; "" for mentees
 * @param mentorPreferences  for mentees: what they would like in a mentor, as {@code careerLevel} or a vocabulary id to
 *                           preferred values (the pilot's mentees asked for late-career women mentors)
 */
@JsonbPropertyOrder({"id", "displayName", "email", "role", "timeZone", "availability", "interests", "careerStage",
        "specialty", "institution", "country", "attributes", "capacity", "careerLevel", "mentorPreferences"})
public record Participant(
        @NotBlank String id,
        @NotBlank String displayName,
        @ValidEmail String email,
        @NotNull Role role,
        @NotNull @ValidTimeZone String timeZone,
        List<@NotNull @Valid WeeklyWindow> availability,
        List<@NotBlank String> interests,
        String careerStage,
        String specialty,
        String institution,
        String country,
        Map<@NotBlank String, List<@NotBlank String>> attributes,
        @Min(0) int capacity,
        String careerLevel,
        Map<@NotBlank String, List<@NotBlank String>> mentorPreferences) {

    public Participant {
        email = email == null ? "" : email;
        availability = Lists.copy(availability);
        interests = Lists.copy(interests);
        careerStage = careerStage == null ? "" : careerStage;
        specialty = specialty == null ? "" : specialty;
        institution = institution == null ? "" : institution;
        country = country == null ? "" : country;
        attributes = Lists.copyOfLists(attributes);
        careerLevel = careerLevel == null ? "" : careerLevel;
        mentorPreferences = Lists.copyOfLists(mentorPreferences);
    }

    /** Whether this participant is a mentor. */
    @JsonbTransient
    public boolean isMentor() {
        return role == Role.MENTOR;
    }

    /** The time zone as a {@link ZoneId}; call only on a validated participant. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The participant's values for a vocabulary: its attribute, or career stage / specialty for those ids. */
    public List<String> valuesOf(String vocabularyId) {
        if ("careerStage".equals(vocabularyId)) {
            return careerStage.isEmpty() ? List.of() : List.of(careerStage);
        }
        if ("specialty".equals(vocabularyId)) {
            return specialty.isEmpty() ? List.of() : List.of(specialty);
        }
        return attributes.getOrDefault(vocabularyId, List.of());
    }
}
