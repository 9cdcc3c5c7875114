package org.mentorkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;

/**
 * Members who left a group after the program started: their leave dates, the records of those who withdrew
 * ({@code formerParticipants}), reading and writing them, and the rules they follow.
 */
class FormerMembersTests {

    private static final MeetingSlot SLOT = new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(14, 0), "Europe/Warsaw", 60);
    private static final LocalDate MARCH = LocalDate.of(2027, 3, 15);

    private static Cohort cohort() {
        return ModelFiles.readCohort(TestFiles.file("cohort.json"));
    }

    /** E2 withdrew on 15 March: no longer a participant or a member, but a former participant with a leave date. */
    private static Cohort e2Withdrew() {
        Cohort cohort = cohort();
        Participant e2 = cohort.participant("E2").orElseThrow();
        Group group = new Group("g1", "Group 1", List.of("M1"), List.of("E1"), SLOT).withLeaveDate("E2", MARCH);
        return new Cohort(cohort.program(), List.of(cohort.participants().get(0), cohort.participants().get(1)),
                List.of(group), org.mentorkit.model.MatchingConstraints.none(), List.of(e2));
    }

    @Test
    void aFormerMemberIsInTheGroupOnlyBeforeTheirLeaveDateAndAfterTheirJoinDate() {
        Group group = new Group("g1", "Group 1", List.of("M1"), List.of("E1"), SLOT)
                .withJoinDate("E2", LocalDate.of(2027, 2, 1)).withLeaveDate("E2", MARCH);

        assertThat(group.formerMemberIds()).containsExactly("E2");
        assertThat(group.leaveDate("E2")).contains(MARCH);
        assertThat(group.leaveDate("E1")).isEmpty();
        assertThat(group.inGroupOn("E2", LocalDate.of(2027, 1, 31))).isFalse();
        assertThat(group.inGroupOn("E2", LocalDate.of(2027, 2, 1))).isTrue();
        assertThat(group.inGroupOn("E2", MARCH.minusDays(1))).isTrue();
        assertThat(group.inGroupOn("E2", MARCH)).isFalse();
        assertThat(group.inGroupOn("E1", LocalDate.of(2027, 7, 1))).isTrue();
        // Changing the slot keeps the former members.
        assertThat(group.withSlot(SLOT).leaveDates()).isEqualTo(Map.of("E2", MARCH));
        assertThat(group.withSlotChange(SLOT, LocalDate.of(2027, 4, 1)).leaveDates()).isEqualTo(Map.of("E2", MARCH));
    }

    @Test
    void aWithdrawalIsWrittenAndReadBackUnchangedAndIsValid() {
        Cohort cohort = e2Withdrew();

        assertThat(ModelValidation.problems(cohort)).isEmpty();
        String json = ModelJson.write(cohort);
        assertThat(json).contains("\"formerParticipants\": [", "\"leaveDates\": {\"E2\": \"2027-03-15\"}");
        Cohort again = ModelJson.readCohort(json, "groups.json");
        assertThat(again).isEqualTo(cohort);
        assertThat(again.participant("E2")).isEmpty();
        assertThat(again.participantOrFormer("E2")).contains(cohort.formerParticipants().get(0));
        assertThat(again.participantOrFormer("E1")).isPresent();
    }

    @Test
    void aCohortWithoutFormerMembersIsWrittenAsBefore() {
        Cohort cohort = cohort();

        assertThat(cohort.formerParticipants()).isEmpty();
        assertThat(cohort.groups().get(0).leaveDates()).isEmpty();
        assertThat(ModelJson.write(cohort)).doesNotContain("formerParticipants", "leaveDates");
    }

    @Test
    void reportsLeaveDatesOfMembersUnknownPeopleDatesOutsideTheProgramAndBeforeTheJoinDate() {
        // The program runs from 2027-01-12 for 6 months: its end is 2027-07-12 (exclusive).
        Cohort base = e2Withdrew();
        Group group = new Group("g1", "Group 1", List.of("M1"), List.of("E1"), SLOT, List.of(),
                Map.of("E2", LocalDate.of(2027, 4, 1)),
                Map.of("E1", MARCH, "E2", LocalDate.of(2027, 4, 1), "E7", LocalDate.of(2027, 1, 12),
                        "X1", LocalDate.of(2027, 7, 12)));

        assertThat(ModelValidation.problems(base.withGroups(List.of(group)))).extracting(Problem::toString)
                .containsExactlyInAnyOrder(
                "groups[0].leaveDates.E1: `E1` is still a member of this group (menteeIds); a leave date belongs to someone who left: remove one or the other",
                "groups[0].leaveDates.E2: must be after their join date 2027-04-01 (groups[0].joinDates.E2); found 2027-04-01",
                "groups[0].leaveDates.E7: no participant or former participant with id `E7`; someone who withdrew keeps their record in `formerParticipants`",
                "groups[0].leaveDates.E7: must be inside the program: after its start 2027-01-12 (someone who left on the first day attended nothing: remove them) and before its end 2027-07-12; found 2027-01-12",
                "groups[0].leaveDates.X1: no participant or former participant with id `X1`; someone who withdrew keeps their record in `formerParticipants`",
                "groups[0].leaveDates.X1: must be inside the program: after its start 2027-01-12 (someone who left on the first day attended nothing: remove them) and before its end 2027-07-12; found 2027-07-12");
    }

    @Test
    void reportsFormerParticipantsThatAreParticipantsDuplicatedUnreferencedOrInvalid() {
        Cohort base = e2Withdrew();
        Participant e2 = base.formerParticipants().get(0);
        Participant e1 = base.participant("E1").orElseThrow();
        Participant broken = new Participant("E5", "Ama\u0000", "", e2.role(), "Asia/Shanghai", List.of(), List.of(),
                "", "", "", "", Map.of(), 0, "", Map.of());
        Cohort cohort = new Cohort(base.program(), base.participants(), base.groups(), base.constraints(),
                List.of(e2, e2, e1, broken));

        assertThat(ModelValidation.problems(cohort)).extracting(Problem::toString).containsExactlyInAnyOrder(
                "formerParticipants[1].id: duplicate former participant id `E2`: formerParticipants[0] has it too; ids must be unique",
                "formerParticipants[2].id: `E1` is also a participant; a former participant is someone who left the program: keep them in one of the two lists",
                "formerParticipants[3].id: no group lists a leave date for `E5`; add it to `leaveDates` of the group they left, or remove this record",
                "formerParticipants[3].displayName: holds the control character U+0000 at position 4; remove it (often a copy-and-paste accident)");
    }

    @Test
    void aJoinDateMayBelongToAFormerMemberWhoJoinedLateAndLeft() {
        Cohort base = e2Withdrew();
        Group group = base.groups().get(0).withJoinDate("E2", LocalDate.of(2027, 2, 1));

        assertThat(ModelValidation.problems(base.withGroups(List.of(group)))).isEmpty();
    }

    @Test
    void aLeaveDateInTheFileIsReadWithItsLineWhenMalformed() {
        String json = TestFiles.text("cohort.json").replace(
                "\"slot\": {\"day\": \"TUESDAY\", \"time\": \"14:00\", \"timeZone\": \"Europe/Warsaw\", \"durationMinutes\": 60}}",
                "\"slot\": {\"day\": \"TUESDAY\", \"time\": \"14:00\", \"timeZone\": \"Europe/Warsaw\", \"durationMinutes\": 60},"
                        + " \"leaveDates\": {\"E3\": \"15 March\"}}");

        assertThat(TestFiles.problemsOf(() -> ModelJson.readCohort(json, "groups.json"))).containsExactly(
                "groups.json:36: groups[0].leaveDates.E3: expected a date like 2027-01-15 (year-month-day), found `15 March`");
    }
}
