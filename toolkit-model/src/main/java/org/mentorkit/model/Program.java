package org.mentorkit.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
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
 */
@JsonbPropertyOrder({"id", "name", "society", "description", "startDate", "lengthMonths", "cadence", "deliveryMode",
        "groupPolicy", "matching", "vocabularies", "applicantColumns", "contactEmail"})
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
        @ValidEmail String contactEmail) {

    public Program {
        description = description == null ? "" : description;
        deliveryMode = deliveryMode == null ? DeliveryMode.VIRTUAL : deliveryMode;
        matching = matching == null ? MatchingSettings.defaults() : matching;
        vocabularies = Lists.copy(vocabularies);
        applicantColumns = applicantColumns == null ? ApplicantColumns.defaults() : applicantColumns;
        contactEmail = contactEmail == null ? "" : contactEmail;
    }

    /** The vocabulary with the given id, if the program defines one. */
    public Optional<Vocabulary> vocabulary(String vocabularyId) {
        return vocabularies.stream().filter(v -> v != null && vocabularyId.equals(v.id())).findFirst();
    }

    /**
     * The non-isolation rules in force: the explicit ones, or else one per vocabulary that marks values as
     * under-represented (the union of those values, mentors counted).
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
     */
    public List<WeeklyWindow> availabilityOf(Participant participant) {
        return participant.availability().isEmpty() ? matching.availabilityOrWorkingWeek() : participant.availability();
    }
}
