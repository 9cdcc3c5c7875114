package org.mentorkit.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mentorkit.followup.internal.StatusCsv;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Respondents;
import org.mentorkit.surveys.Response;
import org.mentorkit.surveys.ResponseSet;

/**
 * Who of the participants invited to a survey has responded, partially responded or not responded: one row per
 * invited participant in cohort order, and counts per group.
 *
 * <p>The invited are the cohort's mentees, mentors or everyone, as the instrument's {@link Respondents} says. A
 * participant counts as responded when one of the response sets holds a complete response of theirs; partial when
 * their only responses are partial (as the import marks them: REDCap status Incomplete or Unverified with answers,
 * see {@link org.mentorkit.surveys.Completion}), whether kept aside in {@link ResponseSet#partial()} or counted. Responses of people not in the cohort are not counted here (the import reports
 * them).
 *
 * @param instrumentId the survey
 * @param rows         one per invited participant, in cohort order
 * @param groupIds     the cohort's group ids in cohort order: the order of {@link #byGroup()}
 */
public record SurveyStatus(String instrumentId, List<ParticipantStatus> rows, List<String> groupIds) {

    /**
     * The status with its lists copied.
     *
     * @param instrumentId the survey
     * @param rows         one per invited participant, in cohort order
     * @param groupIds     the cohort's group ids in cohort order
     * @throws NullPointerException when a value, a list or an element is null
     */
    public SurveyStatus {
        Objects.requireNonNull(instrumentId, "instrumentId");
        rows = List.copyOf(rows);
        groupIds = List.copyOf(groupIds);
    }

    /**
     * The status of every invited participant of {@code cohort} given the responses to {@code instrument}.
     *
     * @param cohort     the cohort; its participants in order, and its groups
     * @param instrument the survey; its {@link Instrument#respondents()} says who is invited
     * @param responses  response sets of that instrument (several files or exports may be given)
     * @return the status; a responded participant's submission time is that of their earliest complete response
     * @throws IllegalArgumentException when a response set is of another instrument
     */
    public static SurveyStatus of(Cohort cohort, Instrument instrument, List<ResponseSet> responses) {
        Map<String, ResponseStatus> best = new LinkedHashMap<>();
        Map<String, String> submitted = new LinkedHashMap<>();
        for (ResponseSet set : responses) {
            if (!set.instrument().id().equals(instrument.id())) {
                throw new IllegalArgumentException("responses to '" + set.instrument().id() + "' given for the status of '"
                        + instrument.id() + "'");
            }
            for (Response response : set.responses()) {
                best.merge(response.participantId(), response.isComplete() ? ResponseStatus.RESPONDED
                        : ResponseStatus.PARTIAL, SurveyStatus::better);
                if (response.isComplete() && !response.submitted().isEmpty()) {
                    // Of two complete responses the earlier one made the participant a respondent.
                    submitted.merge(response.participantId(), response.submitted(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
            for (Response response : set.partial()) {
                best.merge(response.participantId(), ResponseStatus.PARTIAL, SurveyStatus::better);
            }
        }
        List<ParticipantStatus> rows = new ArrayList<>();
        for (Participant participant : cohort.participants()) {
            if (!invited(participant, instrument.respondents())) {
                continue;
            }
            rows.add(new ParticipantStatus(participant.id(), participant.displayName(), participant.email(),
                    groupsOf(cohort, participant.id()), best.getOrDefault(participant.id(), ResponseStatus.NOT_RESPONDED),
                    submitted.getOrDefault(participant.id(), "")));
        }
        return new SurveyStatus(instrument.id(), rows, cohort.groups().stream().map(Group::id).toList());
    }

    /**
     * The invited participants with the given status.
     *
     * @param status responded, partial or not responded
     * @return their rows, in cohort order
     */
    public List<ParticipantStatus> with(ResponseStatus status) {
        return rows.stream().filter(r -> r.status() == status).toList();
    }

    /**
     * The counts over every invited participant.
     *
     * @return the counts, with group id ""
     */
    public GroupCounts total() {
        return counts("", rows);
    }

    /**
     * The counts per group with invited members. A participant in several groups (a mentor who leads two) is counted in
     * each of them, so these counts may add up to more than {@link #total()}, which counts everyone once.
     *
     * @return one per group with invited members, in cohort order; a last one with group id "" collects those in no
     *         group, when there are any
     */
    public List<GroupCounts> byGroup() {
        Map<String, List<ParticipantStatus>> groups = new LinkedHashMap<>();
        groupIds.forEach(g -> groups.put(g, new ArrayList<>()));
        groups.put("", new ArrayList<>());
        for (ParticipantStatus row : rows) {
            List<String> ids = row.groupIds().isEmpty() ? List.of("") : row.groupIds();
            ids.forEach(id -> groups.computeIfAbsent(id, g -> new ArrayList<>()).add(row));
        }
        return groups.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> counts(e.getKey(), e.getValue())).toList();
    }

    /**
     * How many invited participants are in more than one group, and so counted in more than one of {@link #byGroup()}.
     *
     * @return the number of rows with two or more group ids
     */
    public int inSeveralGroups() {
        return (int) rows.stream().filter(r -> r.groupIds().size() > 1).count();
    }

    /**
     * The response rate over time: for each day on which a complete response was submitted, how many of the invited
     * had responded by the end of it. Empty when no response carries its submission time (only REDCap exports with
     * the survey timestamp do); responses without one are not placed, see {@link #respondedWithoutTime()}.
     *
     * @return one per day, oldest first, each with the running total of complete responses and the number invited
     */
    public List<RateOnDate> overTime() {
        java.util.TreeMap<LocalDate, Integer> perDay = new java.util.TreeMap<>();
        for (ParticipantStatus row : with(ResponseStatus.RESPONDED)) {
            date(row.submitted()).ifPresent(d -> perDay.merge(d, 1, Integer::sum));
        }
        List<RateOnDate> rates = new ArrayList<>();
        int cumulative = 0;
        for (Map.Entry<LocalDate, Integer> day : perDay.entrySet()) {
            cumulative += day.getValue();
            rates.add(new RateOnDate(day.getKey(), cumulative, rows.size()));
        }
        return rates;
    }

    /**
     * How many responded without a usable submission time (not placed in {@link #overTime()}).
     *
     * @return the number of responded participants whose submission time is missing or not an ISO date
     */
    public int respondedWithoutTime() {
        return (int) with(ResponseStatus.RESPONDED).stream().filter(r -> date(r.submitted()).isEmpty()).count();
    }

    private static java.util.Optional<LocalDate> date(String submitted) {
        try {
            return submitted.length() < 10 ? java.util.Optional.empty()
                    : java.util.Optional.of(LocalDate.parse(submitted.substring(0, 10)));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The {@code status.csv} file: {@code id,name,email,group,status}, one row per invited participant (RFC 4180,
     * CRLF); the group cell lists every group of the participant, separated by {@code ", "} (a mentor who leads two:
     * {@code "G1, G2"}, quoted), empty for none; participant text guarded so that a spreadsheet does not run it as a formula. It holds names and email
     * addresses: it is for the coordinator, not for a report.
     *
     * @return the CSV text
     */
    public String csv() {
        return StatusCsv.write(rows);
    }

    private static GroupCounts counts(String groupId, List<ParticipantStatus> rows) {
        int responded = (int) rows.stream().filter(r -> r.status() == ResponseStatus.RESPONDED).count();
        int partial = (int) rows.stream().filter(r -> r.status() == ResponseStatus.PARTIAL).count();
        return new GroupCounts(groupId, rows.size(), responded, partial, rows.size() - responded - partial);
    }

    /** Of two responses of one person (two files, two waves of export), the more complete one counts. */
    private static ResponseStatus better(ResponseStatus a, ResponseStatus b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    private static boolean invited(Participant participant, Respondents respondents) {
        return switch (respondents) {
            case EVERYONE -> true;
            case MENTORS -> participant.role() == Role.MENTOR;
            case MENTEES -> participant.role() == Role.MENTEE;
        };
    }

    /** Every group of a member, not the first only: a mentor may lead two (capacity 2). */
    private static List<String> groupsOf(Cohort cohort, String participantId) {
        return cohort.groups().stream().filter(g -> g.memberIds().contains(participantId)).map(Group::id).toList();
    }
}
