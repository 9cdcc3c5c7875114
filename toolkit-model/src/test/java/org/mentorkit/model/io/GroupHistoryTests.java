package org.mentorkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.EarlierSlot;
import org.mentorkit.model.Group;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Problem;

/** A group's slot history and its late joiners' dates: reading, writing and the rules they follow. */
class GroupHistoryTests {

    private static final MeetingSlot FEBRUARY = new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(14, 0), "Europe/Warsaw", 60);
    private static final MeetingSlot MARCH = new MeetingSlot(DayOfWeek.THURSDAY, LocalTime.of(9, 30), "Europe/Warsaw", 60);

    private static Cohort cohort() {
        return ModelFiles.readCohort(TestFiles.file("cohort.json"));
    }

    private static Cohort withGroup(Group group) {
        return cohort().withGroups(List.of(group));
    }

    @Test
    void readsHandWrittenHistoryAndJoinDatesAndWritesThemBackUnchanged() {
        String json = TestFiles.text("cohort.json").replace(
                "\"slot\": {\"day\": \"TUESDAY\", \"time\": \"14:00\", \"timeZone\": \"Europe/Warsaw\", \"durationMinutes\": 60}}",
                """
                "slot": {"day": "thu", "time": "9:30", "timeZone": "Europe/Warsaw", "durationMinutes": 60},
                 "earlierSlots": [{"until": "2027-03-01",
                   "slot": {"day": "TUESDAY", "time": "14:00", "timeZone": "Europe/Warsaw", "durationMinutes": 60}}],
                 "joinDates": {"E2": "2027-03-01"}}""");

        Group group = ModelJson.readCohort(json, "cohort.json").groups().get(0);

        assertThat(group.slot()).isEqualTo(MARCH);
        assertThat(group.earlierSlots()).containsExactly(new EarlierSlot(LocalDate.of(2027, 3, 1), FEBRUARY));
        assertThat(group.joinDates()).isEqualTo(Map.of("E2", LocalDate.of(2027, 3, 1)));
        assertThat(group.joinDate("E2")).contains(LocalDate.of(2027, 3, 1));
        assertThat(group.joinDate("E1")).isEmpty();
        Cohort again = ModelJson.readCohort(ModelJson.write(withGroup(group)), "written.json");
        assertThat(again.groups().get(0)).isEqualTo(group);
        assertThat(ModelJson.write(again)).contains("\"earlierSlots\": [", "\"joinDates\": {\"E2\": \"2027-03-01\"}");
    }

    @Test
    void aGroupWithoutHistoryIsWrittenAsBeforeAndTheFiveArgumentConstructorMeansNoHistory() {
        Group plain = new Group("g1", "Group 1", List.of("M1"), List.of("E1", "E2"), FEBRUARY);

        assertThat(plain.earlierSlots()).isEmpty();
        assertThat(plain.joinDates()).isEmpty();
        assertThat(ModelJson.write(withGroup(plain))).doesNotContain("earlierSlots", "joinDates");
    }

    @Test
    void theSlotOfASessionIsTheEarlierOneBeforeTheChangeAndTheCurrentOneFromIt() {
        MeetingSlot april = new MeetingSlot(DayOfWeek.MONDAY, LocalTime.of(8, 0), "Asia/Tokyo", 90);
        Group group = new Group("g1", "Group 1", List.of("M1"), List.of("E1"), FEBRUARY)
                .withSlotChange(MARCH, LocalDate.of(2027, 3, 1))
                .withSlotChange(april, LocalDate.of(2027, 4, 15));

        assertThat(group.earlierSlots()).containsExactly(new EarlierSlot(LocalDate.of(2027, 3, 1), FEBRUARY),
                new EarlierSlot(LocalDate.of(2027, 4, 15), MARCH));
        assertThat(group.slotOn(LocalDate.of(2027, 2, 9))).contains(FEBRUARY);
        assertThat(group.slotOn(LocalDate.of(2027, 2, 28))).contains(FEBRUARY);
        assertThat(group.slotOn(LocalDate.of(2027, 3, 1))).contains(MARCH);
        assertThat(group.slotOn(LocalDate.of(2027, 4, 14))).contains(MARCH);
        assertThat(group.slotOn(LocalDate.of(2027, 4, 15))).contains(april);
        assertThat(new Group("g2", "Group 2", List.of("M1"), List.of("E1"), null).slotOn(LocalDate.of(2027, 3, 1))).isEmpty();
        assertThat(ModelValidation.problems(withGroup(group))).isEmpty();
    }

    @Test
    void reportsDatesOutsideTheProgramChangesOutOfOrderAndJoinDatesOfNonMembers() {
        // The program runs from 2027-01-12 for 6 months: its end is 2027-07-12 (exclusive).
        Group group = new Group("g1", "Group 1", List.of("M1"), List.of("E1", "E2"), MARCH,
                List.of(new EarlierSlot(LocalDate.of(2027, 4, 1), FEBRUARY), new EarlierSlot(LocalDate.of(2027, 3, 1), FEBRUARY),
                        new EarlierSlot(LocalDate.of(2027, 1, 12), FEBRUARY), new EarlierSlot(LocalDate.of(2027, 7, 12), FEBRUARY)),
                Map.of("E1", LocalDate.of(2026, 12, 31), "E9", LocalDate.of(2027, 3, 1), "M1", LocalDate.of(2027, 7, 12)));

        assertThat(ModelValidation.problems(withGroup(group))).extracting(Problem::toString).containsExactlyInAnyOrder(
                "groups[0].earlierSlots[1].until: must be after the previous change (2027-04-01): earlier slots are listed oldest first; found 2027-03-01",
                "groups[0].earlierSlots[2].until: must be inside the program: after its start 2027-01-12 and before its end 2027-07-12 (a change on the first day or after the end applies to no session); found 2027-01-12",
                "groups[0].earlierSlots[3].until: must be inside the program: after its start 2027-01-12 and before its end 2027-07-12 (a change on the first day or after the end applies to no session); found 2027-07-12",
                "groups[0].joinDates.E1: must be inside the program: from its start 2027-01-12 to the day before its end 2027-07-12; found 2026-12-31",
                "groups[0].joinDates.E9: `E9` is not a member of this group (mentorIds or menteeIds) nor a former one (leaveDates); a join date belongs to a member who joined late",
                "groups[0].joinDates.M1: must be inside the program: from its start 2027-01-12 to the day before its end 2027-07-12; found 2027-07-12");
    }

    @Test
    void historyWithoutACurrentSlotIsReportedAtItsLineInTheFile() {
        String json = TestFiles.text("cohort.json").replace(
                "\"slot\": {\"day\": \"TUESDAY\", \"time\": \"14:00\", \"timeZone\": \"Europe/Warsaw\", \"durationMinutes\": 60}}",
                "\"earlierSlots\": [{\"until\": \"2027-03-01\", \"slot\": {\"day\": \"TUESDAY\", \"time\": \"14:00\", "
                        + "\"timeZone\": \"Europe/Warsaw\", \"durationMinutes\": 60}}], \"joinDates\": {\"E2\": \"1 March\"}}");

        assertThat(TestFiles.problemsOf(() -> ModelJson.readCohort(json, "groups.json"))).containsExactly(
                "groups.json:36: groups[0].joinDates.E2: expected a date like 2027-01-15 (year-month-day), found `1 March`");
        String dated = json.replace("1 March", "2027-03-01");
        assertThat(TestFiles.problemsOf(() -> ModelJson.readCohort(dated, "groups.json"))).containsExactly(
                "groups.json:36: groups[0].earlierSlots: lists earlier slots but the group has no `slot`; the slot in force "
                        + "after the last change is needed");
    }

    @Test
    void aMisspelledHistoryKeyIsRefusedWithASuggestion() {
        String json = TestFiles.text("cohort.json").replace("\"slot\":", "\"earlierSlot\":");
        assertThat(TestFiles.problemsOf(() -> ModelJson.readCohort(json, "groups.json")))
                .singleElement().asString().contains("unknown key `earlierSlot`", "did you mean `earlierSlots`?");
    }
}
