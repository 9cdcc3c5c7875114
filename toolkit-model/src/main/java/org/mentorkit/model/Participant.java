package org.mentorkit.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mentee or mentor. Texts that were not given are "" and lists are empty, never null.
 *
 * <p>In code, build one with {@link #builder(String, String, Role, String)}: the four components every participant
 * needs are its arguments, the rest are named options with those defaults. The positional constructor is what JSON
 * binding uses.
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

    /**
     * The participant as given: absent texts become "", absent collections empty; the rules are checked by
     * {@link org.mentorkit.model.io.ModelValidation}, so that a file with several mistakes is reported whole.
     *
     * @param id                unique within the cohort (a membership number, or any stable code)
     * @param displayName       the name shown in rosters and handbooks, exactly as the person writes it
     * @param email             where invitations and calendars go; "" when not known
     * @param role              mentee or mentor
     * @param timeZone          an IANA time-zone id such as {@code America/New_York}; a legacy alias such as
     *                          {@code US/Eastern} is kept under its current name
     * @param availability      weekly windows in the participant's local time; empty means the program's default
     * @param interests         topics the participant wants to discuss
     * @param careerStage       a value of the program's {@code careerStage} vocabulary, if it has one
     * @param specialty         a value of the program's {@code specialty} vocabulary, if it has one
     * @param institution       where the participant works; "" when not given
     * @param country           the participant's country; "" when not given
     * @param attributes        demographic attributes: vocabulary id to the participant's values in it
     * @param capacity          for mentors: how many groups they can lead (at least 1); 0 for mentees
     * @param careerLevel       for mentors: early, mid or late career as the program words it; "" for mentees
     * @param mentorPreferences for mentees: what they would like in a mentor, as {@code careerLevel} or a vocabulary
     *                          id to preferred values (the pilot's mentees asked for late-career women mentors)
     */
    public Participant {
        // A legacy alias (US/Eastern) is read as its current name (America/New_York): the same clock, one spelling.
        timeZone = org.mentorkit.model.internal.TimeZones.current(timeZone);
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

    /**
     * Starts a participant with what every participant needs; everything else is optional (texts "", lists empty,
     * availability the program's default week, capacity 1 for a mentor and 0 for a mentee).
     *
     * @param id          unique within the cohort
     * @param displayName the name shown in rosters and handbooks
     * @param role        mentee or mentor
     * @param timeZone    an IANA time-zone id such as {@code America/New_York}
     * @return a builder
     */
    public static Builder builder(String id, String displayName, Role role, String timeZone) {
        return new Builder(id, displayName, role, timeZone);
    }

    /**
     * A builder holding this participant's values, to change a few of them.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id, displayName, role, timeZone);
        builder.email = email;
        builder.availability = availability;
        builder.interests = interests;
        builder.careerStage = careerStage;
        builder.specialty = specialty;
        builder.institution = institution;
        builder.country = country;
        builder.attributes.putAll(attributes);
        builder.capacity = capacity;
        builder.careerLevel = careerLevel;
        builder.mentorPreferences.putAll(mentorPreferences);
        return builder;
    }

    /**
     * Whether this participant is a mentor.
     *
     * @return true for {@link Role#MENTOR}
     */
    @JsonbTransient
    public boolean isMentor() {
        return role == Role.MENTOR;
    }

    /**
     * The time zone as a {@link ZoneId}; call only on a validated participant.
     *
     * @return the zone sessions are converted to for this participant
     */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /**
     * The participant's values for a vocabulary: its attribute, or career stage / specialty for those ids.
     *
     * @param vocabularyId a vocabulary of the program
     * @return the values; empty when the participant gave none
     */
    public List<String> valuesOf(String vocabularyId) {
        if ("careerStage".equals(vocabularyId)) {
            return careerStage.isEmpty() ? List.of() : List.of(careerStage);
        }
        if ("specialty".equals(vocabularyId)) {
            return specialty.isEmpty() ? List.of() : List.of(specialty);
        }
        return attributes.getOrDefault(vocabularyId, List.of());
    }

    /**
     * Builds a {@link Participant} from named options. Null is refused (give "" or an empty list for "none"), so a
     * missing value is never confused with an absent one.
     */
    public static final class Builder {

        private final String id;
        private final String displayName;
        private final Role role;
        private final String timeZone;
        private String email = "";
        private List<WeeklyWindow> availability = List.of();
        private List<String> interests = List.of();
        private String careerStage = "";
        private String specialty = "";
        private String institution = "";
        private String country = "";
        private final Map<String, List<String>> attributes = new LinkedHashMap<>();
        private int capacity;
        private String careerLevel = "";
        private final Map<String, List<String>> mentorPreferences = new LinkedHashMap<>();

        private Builder(String id, String displayName, Role role, String timeZone) {
            this.id = given(id, "id");
            this.displayName = given(displayName, "displayName");
            this.role = given(role, "role");
            this.timeZone = given(timeZone, "timeZone");
            this.capacity = role == Role.MENTOR ? 1 : 0;
        }

        /**
         * Where invitations and calendars go.
         *
         * @param email an address, or "" when not known
         * @return this builder
         */
        public Builder email(String email) {
            this.email = given(email, "email");
            return this;
        }

        /**
         * Weekly windows in the participant's local time.
         *
         * @param availability the windows; empty means the program's default week
         * @return this builder
         */
        public Builder availability(List<WeeklyWindow> availability) {
            this.availability = List.copyOf(given(availability, "availability"));
            return this;
        }

        /**
         * Topics the participant wants to discuss.
         *
         * @param interests the topics
         * @return this builder
         */
        public Builder interests(List<String> interests) {
            this.interests = List.copyOf(given(interests, "interests"));
            return this;
        }

        /**
         * The participant's career stage.
         *
         * @param careerStage a value of the program's {@code careerStage} vocabulary
         * @return this builder
         */
        public Builder careerStage(String careerStage) {
            this.careerStage = given(careerStage, "careerStage");
            return this;
        }

        /**
         * The participant's specialty.
         *
         * @param specialty a value of the program's {@code specialty} vocabulary
         * @return this builder
         */
        public Builder specialty(String specialty) {
            this.specialty = given(specialty, "specialty");
            return this;
        }

        /**
         * Where the participant works.
         *
         * @param institution the institution's name
         * @return this builder
         */
        public Builder institution(String institution) {
            this.institution = given(institution, "institution");
            return this;
        }

        /**
         * The participant's country.
         *
         * @param country the country's name
         * @return this builder
         */
        public Builder country(String country) {
            this.country = given(country, "country");
            return this;
        }

        /**
         * The participant's values in one of the program's vocabularies (gender, race and ethnicity, ...); replaces
         * earlier values for that vocabulary.
         *
         * @param vocabularyId the vocabulary's id
         * @param values       the participant's values in it
         * @return this builder
         */
        public Builder attribute(String vocabularyId, List<String> values) {
            attributes.put(given(vocabularyId, "vocabularyId"), List.copyOf(given(values, "values")));
            return this;
        }

        /**
         * For a mentor: how many groups they can lead (1 unless set).
         *
         * @param capacity at least 1 for a mentor; 0 for a mentee
         * @return this builder
         */
        public Builder capacity(int capacity) {
            this.capacity = capacity;
            return this;
        }

        /**
         * For a mentor: early, mid or late career as the program words it.
         *
         * @param careerLevel the level
         * @return this builder
         */
        public Builder careerLevel(String careerLevel) {
            this.careerLevel = given(careerLevel, "careerLevel");
            return this;
        }

        /**
         * For a mentee: what they would like in a mentor; replaces an earlier preference with the same key.
         *
         * @param key    {@code careerLevel} or a vocabulary id
         * @param values the preferred values
         * @return this builder
         */
        public Builder mentorPreference(String key, List<String> values) {
            mentorPreferences.put(given(key, "key"), List.copyOf(given(values, "values")));
            return this;
        }

        /**
         * The participant. It is not validated here: {@code ModelValidation} checks a whole cohort at once and
         * reports every problem.
         *
         * @return the participant
         */
        public Participant build() {
            return new Participant(id, displayName, email, role, timeZone, availability, interests, careerStage,
                    specialty, institution, country, attributes, capacity, careerLevel, mentorPreferences);
        }

        private static <T> T given(T value, String name) {
            return Objects.requireNonNull(value, () -> name + " must not be null (give \"\" or an empty list for none)");
        }
    }
}
