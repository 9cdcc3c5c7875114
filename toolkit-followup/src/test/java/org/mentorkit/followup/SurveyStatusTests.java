package org.mentorkit.followup;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.Participant;
import org.mentorkit.surveys.Instrument;
import org.mentorkit.surveys.Respondents;
import org.mentorkit.surveys.ImportOptions;
import org.mentorkit.surveys.ResponseFormat;
import org.mentorkit.surveys.ResponseImporter;
import org.mentorkit.surveys.ResponseSet;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyStatusTests {

    private final Cohort cohort = Fixtures.cohort();

    @Test
    void countsRespondedPartialAndNotRespondedPerGroup() {
        SurveyStatus status = SurveyStatus.of(cohort, Fixtures.post(), List.of(Fixtures.responses()));

        assertThat(status.rows()).hasSize(20); // mentees only: the post-program survey is for mentees
        assertThat(status.total()).isEqualTo(new GroupCounts("", 20, 16, 1, 3));
        assertThat(status.byGroup()).containsExactly(
                new GroupCounts("g1", 4, 2, 1, 1), // M01 none, M04 partial
                new GroupCounts("g2", 4, 3, 0, 1), // M07 none
                new GroupCounts("g3", 4, 3, 0, 1), // M11 none
                new GroupCounts("g4", 4, 4, 0, 0),
                new GroupCounts("g5", 4, 4, 0, 0));
        assertThat(status.with(ResponseStatus.PARTIAL)).extracting(ParticipantStatus::participantId).containsExactly("M04");
        assertThat(status.with(ResponseStatus.NOT_RESPONDED)).extracting(ParticipantStatus::participantId)
                .containsExactly("M01", "M07", "M11");
    }

    @Test
    void aCompleteResponseInALaterFileOutranksAnEarlierPartialOne() {
        ResponseSet later = ResponseImporter.parse(Fixtures.post(), "record_id,signature_talk,positive_impact,"
                + "worthwhile,participate_again,recommend,post_program_complete\nM04,1,4,1,1,1,2\n", "later.csv",
                ResponseFormat.REDCAP, ImportOptions.defaults());

        SurveyStatus status = SurveyStatus.of(cohort, Fixtures.post(), List.of(Fixtures.responses(), later));

        assertThat(status.with(ResponseStatus.PARTIAL)).isEmpty();
        assertThat(status.total().responded()).isEqualTo(17);
    }

    @Test
    void statusCsvHasOneRowPerInvitedParticipantThatAStandardCsvReaderReadsBack() throws Exception {
        Cohort hostile = cohort.withGroups(cohort.groups());
        hostile = new Cohort(hostile.program(), hostile.participants().stream()
                .map(p -> p.id().equals("M02") ? Fixtures.renamed(p, "=HYPERLINK(\"x\"), \"Jr.\"\nline two") : p)
                .toList(), hostile.groups(), hostile.constraints());
        SurveyStatus status = SurveyStatus.of(hostile, Fixtures.post(), List.of(Fixtures.responses()));

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(status.csv())).getRecords();

        assertThat(rows).hasSize(20);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("id", "name", "email", "group", "status");
        assertThat(rows.get(0).toMap()).containsEntry("id", "M01").containsEntry("name", Fixtures.ARABIC)
                .containsEntry("email", "m01@example.org").containsEntry("group", "g1")
                .containsEntry("status", "not responded");
        assertThat(rows.get(1).get("name")).isEqualTo("'=HYPERLINK(\"x\"), \"Jr.\"\nline two");
        assertThat(rows.get(3).get("status")).isEqualTo("partial");
        assertThat(rows.get(6).get("name")).isEqualTo(Fixtures.CHINESE);
        assertThat(rows).extracting(r -> r.get("status")).filteredOn("responded"::equals).hasSize(16);
    }

    @Test
    void aPartialResponseCountedAsReturnedIsStillPartialHere() {
        ResponseSet counted = ResponseImporter.parse(Fixtures.post(), "record_id,signature_talk,post_program_complete\n"
                + "M04,1,0\n", "counted.csv", ResponseFormat.REDCAP, ImportOptions.defaults().withCountPartial(true));
        assertThat(counted.responses()).hasSize(1);

        SurveyStatus status = SurveyStatus.of(cohort, Fixtures.post(), List.of(counted));

        assertThat(status.with(ResponseStatus.PARTIAL)).extracting(ParticipantStatus::participantId).containsExactly("M04");
    }

    @Test
    void theResponseRateOverTimeCountsCompleteResponsesByTheDayTheyWereSubmitted() {
        ResponseSet timed = ResponseImporter.parse(Fixtures.post(), "record_id,post_program_timestamp,signature_talk,"
                + "post_program_complete\n"
                + "M02,2027-06-30 14:02:11,1,2\n"
                + "M03,2027-06-30 18:40:00,1,2\n"
                + "M05,2027-07-02 09:15:44,1,2\n"
                + "M06,[not completed],1,0\n"
                + "M08,,1,2\n", "timed.csv", ResponseFormat.REDCAP, ImportOptions.defaults());

        SurveyStatus status = SurveyStatus.of(cohort, Fixtures.post(), List.of(timed));

        assertThat(status.overTime()).containsExactly(
                new RateOnDate(java.time.LocalDate.of(2027, 6, 30), 2, 20),
                new RateOnDate(java.time.LocalDate.of(2027, 7, 2), 3, 20));
        assertThat(status.respondedWithoutTime()).isEqualTo(1); // M08
        assertThat(status.with(ResponseStatus.PARTIAL)).extracting(ParticipantStatus::participantId).containsExactly("M06");
    }

    @Test
    void noTimestampsNoRateOverTime() {
        assertThat(SurveyStatus.of(cohort, Fixtures.post(), List.of(Fixtures.responses())).overTime()).isEmpty();
    }

    @Test
    void participantsInNoGroupAreCountedUnderAnEmptyGroup() {
        Cohort ungrouped = cohort.withGroups(List.of());

        SurveyStatus status = SurveyStatus.of(ungrouped, Fixtures.post(), List.of(Fixtures.responses()));

        assertThat(status.byGroup()).containsExactly(new GroupCounts("", 20, 16, 1, 3));
    }

    /**
     * T1 leads g1 and g2 (capacity 2; T2 leads none), and the survey is for everyone. T1 used to be counted in g1 only:
     * g2's line missed its mentor, and the CSV said "g1" to a coordinator looking for g2's non-responders.
     */
    @Test
    void aMentorOfTwoGroupsCountsInBothGroupsOnceInTheTotalAndTheCsvNamesBothGroups() throws Exception {
        Cohort twoGroups = twoGroupMentor(cohort);
        Instrument post = Fixtures.post();
        Instrument everyone = new Instrument(post.id(), post.title(), post.wave(), Respondents.EVERYONE,
                post.description(), post.sections());

        SurveyStatus status = SurveyStatus.of(twoGroups, everyone, List.of(Fixtures.responses()));

        assertThat(status.rows()).hasSize(25).extracting(ParticipantStatus::participantId).doesNotHaveDuplicates();
        assertThat(status.total()).isEqualTo(new GroupCounts("", 25, 16, 1, 8));
        assertThat(status.byGroup()).containsExactly(
                new GroupCounts("g1", 5, 2, 1, 2), // T1, M01 none, M04 partial
                new GroupCounts("g2", 5, 3, 0, 2), // T1, M07 none
                new GroupCounts("g3", 5, 3, 0, 2),
                new GroupCounts("g4", 5, 4, 0, 1),
                new GroupCounts("g5", 5, 4, 0, 1),
                new GroupCounts("", 1, 0, 0, 1)); // T2
        assertThat(status.inSeveralGroups()).isEqualTo(1);
        assertThat(status.total().responseRate()).isEqualTo(16 / 25.0);
        ParticipantStatus mentor = status.rows().stream().filter(r -> r.participantId().equals("T1")).findFirst()
                .orElseThrow();
        assertThat(mentor.groupIds()).containsExactly("g1", "g2");
        assertThat(status.with(ResponseStatus.NOT_RESPONDED)).extracting(ParticipantStatus::participantId)
                .containsOnlyOnce("T1");

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(status.csv())).getRecords();
        assertThat(rows).hasSize(25);
        assertThat(rows).filteredOn(r -> r.get("id").equals("T1")).singleElement()
                .satisfies(r -> assertThat(r.get("group")).isEqualTo("g1, g2"));
        assertThat(rows).filteredOn(r -> r.get("id").equals("T2")).singleElement()
                .satisfies(r -> assertThat(r.get("group")).isEmpty());
        assertThat(rows).filteredOn(r -> r.get("id").equals("M05")).singleElement()
                .satisfies(r -> assertThat(r.get("group")).isEqualTo("g2"));
    }

    @Test
    void aMentorOfTwoGroupsWhoHasNotAnsweredGetsOneReminder() {
        Cohort twoGroups = twoGroupMentor(cohort);
        Instrument post = Fixtures.post();
        Instrument mentors = new Instrument(post.id(), post.title(), post.wave(), Respondents.MENTORS,
                post.description(), post.sections());
        SurveyStatus status = SurveyStatus.of(twoGroups, mentors, List.of(Fixtures.responses()));

        MessageBatch batch = Reminders.build(twoGroups, mentors, status, MailTemplates.builtIn(), SurveyLinks.none(),
                new MailAddress("mentoring@example.org", "Mentoring Program"));

        assertThat(batch.messages()).extracting(MailMessage::participantId)
                .containsExactly("T1", "T2", "T3", "T4", "T5");
    }

    /** The pilot's five groups with g2 led by T1 too (capacity 2); T2 leads none. */
    static Cohort twoGroupMentor(Cohort pilot) {
        List<Participant> people = new ArrayList<>();
        for (Participant p : pilot.participants()) {
            people.add(p.id().equals("T1") ? p.toBuilder().capacity(2).build() : p);
        }
        List<Group> groups = new ArrayList<>(pilot.groups());
        Group second = groups.get(1);
        groups.set(1, new Group(second.id(), second.name(), List.of("T1"), second.menteeIds(), null));
        return new Cohort(pilot.program(), people, groups, pilot.constraints());
    }
}
