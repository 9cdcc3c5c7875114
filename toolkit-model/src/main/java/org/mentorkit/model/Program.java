package org.mentorkit.model;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One mentorship program as a society defines it: who it is for, how long it runs, how often groups meet, how groups
 * are formed and which categories describe participants.
 *
 * <p>The compact constructor only normalises (absent lists become empty, absent texts become ""); the rules are
 * checked by Jakarta Validation so that every problem of a file is reported at once, each with its JSON path.
 *
 * @param id               a short stable identifier ({@code sno-wd-2021}); letters, digits, {@code -}, {@code _}, {@code .}
 * @param name             the program's name
 * @param society          the organising society
 * @param description      who the program is for and what it offers, in a sentence or two
 * @param startDate        the date of the first session month
 * @param lengthMonths     how long the program runs (the pilot: 6)
 * @param cadence          when groups meet
 * @param deliveryMode     virtual, in person or hybrid
 * @param groupPolicy      group sizes and mentors per group
 * @param matching         group-formation weights and rules
 * @param vocabularies     the society's categories (career stage, specialty, gender, ...)
 * @param applicantColumns how the society's applicant CSV maps onto participant fields
 * @param contactEmail     where participants write with questions; "" when not given
 * @param language         the BCP 47 tag of the language participants and the committee read ({@code en} unless
 *                         given): documents, calendars, instruments and reports are written in it
 */
@JsonbPropertyOrder({"id", "name", "society", "description", "startDate", "lengthMonths", "cadence", "deliveryMode",
        "groupPolicy", "matching", "vocabularies", "applicantColumns", "contactEmail", "language"})
@ValidProgram
public record Program(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must use only letters, digits, '.', '_' and '-'") String id,
        @NotBlank String name,
        @NotBlank String society,
        String description,
        @NotNull LocalDate startDate,
        @Min(1) @Max(36) int lengthMonths,
        @NotNull @Valid Cadence cadence,
        @NotNull DeliveryMode deliveryMode,
        @NotNull @Valid GroupPolicy groupPolicy,
        @NotNull @Valid MatchingSettings matching,
        List<@NotNull @Valid Vocabulary> vocabularies,
        @NotNull @Valid ApplicantColumns applicantColumns,
        @ValidEmail String contactEmail,
        String language) {

    /**
     * The program as given: absent optional parts take their defaults (no description, virtual delivery, default
     * matching settings); the rules are checked by {@link org.mentorkit.model.io.ModelValidation}.
     *
     * @param id               a short stable identifier ({@code sno-wd-2021}); letters, digits, {@code -}, {@code _},
     *                         {@code .}
     * @param name             the program's name
     * @param society          the organising society
     * @param description      who the program is for and what it offers, in a sentence or two
     * @param startDate        the date of the first session month
     * @param lengthMonths     how long the program runs (the pilot: 6)
     * @param cadence          when groups meet
     * @param deliveryMode     virtual, in person or hybrid
     * @param groupPolicy      group sizes and mentors per group
     * @param matching         group-formation weights and rules
     * @param vocabularies     the society's categories (career stage, specialty, gender, ...)
     * @param applicantColumns how the society's applicant CSV maps onto participant fields
     * @param contactEmail     where participants write with questions; "" when not given
     * @param language         the BCP 47 tag of the language participants and the committee read ({@code en} unless
     *                         given): documents, calendars, instruments and reports are written in it
     */
    @JsonbCreator // the canonical constructor, for JSON-B (there is a shorter one too)
    public Program {
        description = description == null ? "" : description;
        deliveryMode = deliveryMode == null ? DeliveryMode.VIRTUAL : deliveryMode;
        matching = matching == null ? MatchingSettings.defaults() : matching;
        vocabularies = Lists.copy(vocabularies);
        applicantColumns = applicantColumns == null ? ApplicantColumns.defaults() : applicantColumns;
        contactEmail = contactEmail == null ? "" : contactEmail;
        language = language == null || language.isBlank() ? "en" : language.strip();
    }

    /**
     * A program in English, for code written before programs had a language.
     *
     * @param id               a short stable identifier
     * @param name             the program's name
     * @param society          the organising society
     * @param description      who the program is for
     * @param startDate        the date of the first session month
     * @param lengthMonths     how long the program runs
     * @param cadence          when groups meet
     * @param deliveryMode     virtual, in person or hybrid
     * @param groupPolicy      group sizes and mentors per group
     * @param matching         group-formation weights and rules
     * @param vocabularies     the society's categories
     * @param applicantColumns how the society's applicant CSV maps onto participant fields
     * @param contactEmail     where participants write with questions
     */
    public Program(String id, String name, String society, String description, LocalDate startDate, int lengthMonths,
            Cadence cadence, DeliveryMode deliveryMode, GroupPolicy groupPolicy, MatchingSettings matching,
            List<Vocabulary> vocabularies, ApplicantColumns applicantColumns, String contactEmail) {
        this(id, name, society, description, startDate, lengthMonths, cadence, deliveryMode, groupPolicy, matching,
                vocabularies, applicantColumns, contactEmail, "en");
    }

    /**
     * Starts a program with what every program needs. The rest has the pilot's defaults until set: 6 months, monthly
     * on the second Tuesday, virtual, groups of {@link GroupPolicy#pilot()}, default matching settings, no
     * vocabularies, the default applicant columns, no description and no contact address.
     *
     * @param id        a short stable identifier; letters, digits, {@code -}, {@code _}, {@code .}
     * @param name      the program's name
     * @param society   the organising society
     * @param startDate the date of the first session month
     * @return a builder
     */
    public static Builder builder(String id, String name, String society, LocalDate startDate) {
        return new Builder(id, name, society, startDate);
    }

    /**
     * A builder holding this program's values, to change a few of them.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(id, name, society, startDate).description(description).lengthMonths(lengthMonths)
                .cadence(cadence).deliveryMode(deliveryMode).groupPolicy(groupPolicy).matching(matching)
                .vocabularies(vocabularies).applicantColumns(applicantColumns).contactEmail(contactEmail)
                .language(language);
    }

    /**
     * The vocabulary with the given id, if the program defines one.
     *
     * @param vocabularyId the vocabulary's {@code id}
     * @return the vocabulary, or empty when the program has none of that id
     */
    public Optional<Vocabulary> vocabulary(String vocabularyId) {
        return vocabularies.stream().filter(v -> v != null && vocabularyId.equals(v.id())).findFirst();
    }

    /**
     * The non-isolation rules in force: the explicit ones, or else one per vocabulary that marks values as
     * under-represented (the union of those values, mentors counted).
     *
     * @return the rules group formation keeps
     */
    public List<NonIsolationRule> nonIsolationRules() {
        if (!matching.nonIsolation().isEmpty()) {
            return matching.nonIsolation();
        }
        return vocabularies.stream()
                .filter(v -> v != null && !v.underRepresented().isEmpty())
                .map(v -> new NonIsolationRule(v.id(), v.underRepresented(), true))
                .toList();
    }

    /**
     * The weekly windows a participant is assumed available in: their own, or else the program's default, or else the
     * working week. Group formation and scheduling both ask this, so they never disagree about anyone.
     *
     * @param participant a participant of one of this program's cohorts
     * @return the participant's weekly windows in their local time
     */
    public List<WeeklyWindow> availabilityOf(Participant participant) {
        return participant.availability().isEmpty() ? matching.availabilityOrWorkingWeek() : participant.availability();
    }

    /** Builds a {@link Program} from named options. Null is refused: every option has a default. */
    public static final class Builder {

        private final String id;
        private final String name;
        private final String society;
        private final LocalDate startDate;
        private String description = "";
        private int lengthMonths = 6;
        private Cadence cadence = Cadence.monthlySecondTuesday();
        private DeliveryMode deliveryMode = DeliveryMode.VIRTUAL;
        private GroupPolicy groupPolicy = GroupPolicy.pilot();
        private MatchingSettings matching = MatchingSettings.defaults();
        private List<Vocabulary> vocabularies = List.of();
        private ApplicantColumns applicantColumns = ApplicantColumns.defaults();
        private String contactEmail = "";
        private String language = "en";

        private Builder(String id, String name, String society, LocalDate startDate) {
            this.id = given(id, "id");
            this.name = given(name, "name");
            this.society = given(society, "society");
            this.startDate = given(startDate, "startDate");
        }

        /**
         * Who the program is for and what it offers.
         *
         * @param description a sentence or two
         * @return this builder
         */
        public Builder description(String description) {
            this.description = given(description, "description");
            return this;
        }

        /**
         * How long the program runs.
         *
         * @param lengthMonths 1 to 36 (6 unless set)
         * @return this builder
         */
        public Builder lengthMonths(int lengthMonths) {
            this.lengthMonths = lengthMonths;
            return this;
        }

        /**
         * When groups meet.
         *
         * @param cadence the cadence (monthly on the second Tuesday unless set)
         * @return this builder
         */
        public Builder cadence(Cadence cadence) {
            this.cadence = given(cadence, "cadence");
            return this;
        }

        /**
         * How sessions are held.
         *
         * @param deliveryMode virtual unless set
         * @return this builder
         */
        public Builder deliveryMode(DeliveryMode deliveryMode) {
            this.deliveryMode = given(deliveryMode, "deliveryMode");
            return this;
        }

        /**
         * Group sizes and mentors per group.
         *
         * @param groupPolicy the policy ({@link GroupPolicy#pilot()} unless set)
         * @return this builder
         */
        public Builder groupPolicy(GroupPolicy groupPolicy) {
            this.groupPolicy = given(groupPolicy, "groupPolicy");
            return this;
        }

        /**
         * Group-formation weights and rules.
         *
         * @param matching the settings ({@link MatchingSettings#defaults()} unless set)
         * @return this builder
         */
        public Builder matching(MatchingSettings matching) {
            this.matching = given(matching, "matching");
            return this;
        }

        /**
         * The society's categories.
         *
         * @param vocabularies career stage, specialty, gender, ... (none unless set)
         * @return this builder
         */
        public Builder vocabularies(List<Vocabulary> vocabularies) {
            this.vocabularies = List.copyOf(given(vocabularies, "vocabularies"));
            return this;
        }

        /**
         * How the society's applicant CSV maps onto participant fields.
         *
         * @param applicantColumns the mapping ({@link ApplicantColumns#defaults()} unless set)
         * @return this builder
         */
        public Builder applicantColumns(ApplicantColumns applicantColumns) {
            this.applicantColumns = given(applicantColumns, "applicantColumns");
            return this;
        }

        /**
         * Where participants write with questions.
         *
         * @param contactEmail an address
         * @return this builder
         */
        public Builder contactEmail(String contactEmail) {
            this.contactEmail = given(contactEmail, "contactEmail");
            return this;
        }

        /**
         * The language participants and the committee read.
         *
         * @param language a BCP 47 tag such as {@code es} or {@code pt-BR} ({@code en} unless set)
         * @return this builder
         */
        public Builder language(String language) {
            this.language = given(language, "language");
            return this;
        }

        /**
         * The program. It is not validated here: {@code ModelValidation} reports every problem at once.
         *
         * @return the program
         */
        public Program build() {
            return new Program(id, name, society, description, startDate, lengthMonths, cadence, deliveryMode,
                    groupPolicy, matching, vocabularies, applicantColumns, contactEmail, language);
        }

        private static <T> T given(T value, String option) {
            return Objects.requireNonNull(value, () -> option + " must not be null");
        }
    }
}
