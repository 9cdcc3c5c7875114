package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

/**
 * Review finding D1: a mentor who leads two groups must not be given the same time for both. The review's probe shape
 * (one mentor of capacity 2, eight mentees, everyone in London and free on Tuesdays 12:00 to 15:00, so slots that do
 * not overlap exist): before the fix both groups got Tuesday 12:00 and the report said every group had a common slot.
 * Checked independently with java.time: the sessions' real dates (the second Tuesday of each month, computed here, not
 * by mentorkit) at each group's slot, and no session of one group overlapping one of the other.
 */
class TwoGroupMentorSlotTests {

    private static final FormationSettings SETTINGS = FormationSettings.builder().seed(1).maxIdleRounds(30)
            .timeLimit(Duration.ofSeconds(30)).randomBaselineDraws(1).sessions(6, 60, Set.of()).build();

    private static Participant person(String id, Role role, int capacity, LocalTime from, LocalTime to) {
        return new Participant(id, id, "", role, "Europe/London",
                List.of(new WeeklyWindow(DayOfWeek.TUESDAY, from, to)), List.of("research"), "", "", "", "",
                Map.of(), capacity, "", Map.of());
    }

    /** MEN (capacity 2) and eight mentees, all free on Tuesdays {@code from} to {@code to}, London. */
    private static Cohort cohort(LocalTime from, LocalTime to) {
        List<Participant> people = new ArrayList<>();
        people.add(person("MEN", Role.MENTOR, 2, from, to));
        for (int k = 0; k < 8; k++) {
            people.add(person("E" + k, Role.MENTEE, 0, from, to));
        }
        // SlotFormationTests' program: monthly on the second week's Tuesday from Monday 11 January 2027, six months.
        return new Cohort(SlotFormationTests.program(3, 4), people, List.of(), MatchingConstraints.none());
    }

    /** The start of every session at a slot: the second such weekday of each month of the program, java.time only. */
    private static List<ZonedDateTime> starts(MeetingSlot slot) {
        List<ZonedDateTime> out = new ArrayList<>();
        YearMonth month = YearMonth.from(SlotFormationTests.START);
        for (int m = 0; m < SlotFormationTests.MONTHS; m++, month = month.plusMonths(1)) {
            LocalDate date = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(2, slot.day()));
            if (!date.isBefore(SlotFormationTests.START)) {
                out.add(ZonedDateTime.of(date, slot.time(), ZoneId.of(slot.timeZone())));
            }
        }
        return out;
    }

    private static int overlaps(MeetingSlot a, MeetingSlot b) {
        int count = 0;
        for (ZonedDateTime x : starts(a)) {
            for (ZonedDateTime y : starts(b)) {
                if (x.isBefore(y.plusMinutes(b.durationMinutes())) && y.isBefore(x.plusMinutes(a.durationMinutes()))) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void aMentorOfTwoGroupsGetsTwoSlotsThatNeverOverlapWhenTheWindowsAllowIt() {
        FormationResult result = GroupFormation.form(cohort(LocalTime.of(12, 0), LocalTime.of(15, 0)), SETTINGS);

        List<Group> groups = result.groups();
        assertThat(groups).hasSize(2).allSatisfy(g -> assertThat(g.mentorIds()).containsExactly("MEN"));
        MeetingSlot a = groups.get(0).slot();
        MeetingSlot b = groups.get(1).slot();
        assertThat(starts(a)).hasSize(6);
        assertThat(overlaps(a, b)).as(a + " and " + b).isZero();
        // Both inside everyone's window: Tuesday, whole session between 12:00 and 15:00 London.
        for (MeetingSlot s : List.of(a, b)) {
            for (ZonedDateTime start : starts(s)) {
                ZonedDateTime london = start.withZoneSameInstant(ZoneId.of("Europe/London"));
                assertThat(london.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
                assertThat(london.toLocalTime()).isBetween(LocalTime.of(12, 0), LocalTime.of(14, 0));
            }
        }
        assertThat(result.groupsWithoutCommonSlot()).isEmpty();
        result.explanations().forEach(e -> assertThat(e.slot().clashes()).isEmpty());
    }

    @Test
    void aSlotChosenFirstMakesWayForTheOnlySlotOfTheMentorsOtherGroup() {
        // Four mentees can meet only on Tuesdays 12:00-13:00, four until 15:00. Whichever group is given its slot
        // first, the wide one must not take 12:00, the narrow group's only slot.
        for (String narrowGroup : List.of("G1", "G2")) {
            String wideGroup = narrowGroup.equals("G1") ? "G2" : "G1";
            List<Participant> people = new ArrayList<>(cohort(LocalTime.of(12, 0), LocalTime.of(15, 0)).participants());
            Map<String, String> pins = new java.util.HashMap<>();
            for (int k = 0; k < 8; k++) {
                pins.put("E" + k, k < 4 ? narrowGroup : wideGroup);
            }
            for (int k = 0; k < 4; k++) {
                people.set(1 + k, person("E" + k, Role.MENTEE, 0, LocalTime.of(12, 0), LocalTime.of(13, 0)));
            }
            Cohort cohort = new Cohort(SlotFormationTests.program(3, 4), people, List.of(),
                    new MatchingConstraints(pins, List.of(), List.of()));

            FormationResult result = GroupFormation.form(cohort, SETTINGS);

            Map<String, MeetingSlot> slots = new java.util.HashMap<>();
            result.groups().forEach(g -> slots.put(g.id(), g.slot()));
            assertThat(result.groups()).as(narrowGroup).allSatisfy(g -> assertThat(g.mentorIds()).containsExactly("MEN"));
            assertThat(slots.get(narrowGroup).time()).as(narrowGroup).isEqualTo(LocalTime.of(12, 0));
            assertThat(overlaps(slots.get("G1"), slots.get("G2"))).as(narrowGroup + ": " + slots).isZero();
            assertThat(result.groupsWithoutCommonSlot()).as(narrowGroup).isEmpty();
        }
    }

    @Test
    void anUnavoidableClashIsCountedOutsideAvailabilityAndNamed() {
        // Everyone is free for exactly one 60-minute session a week: both groups can only meet then.
        FormationResult result = GroupFormation.form(cohort(LocalTime.of(12, 0), LocalTime.of(13, 0)), SETTINGS);

        List<Group> groups = result.groups();
        assertThat(groups).hasSize(2);
        assertThat(overlaps(groups.get(0).slot(), groups.get(1).slot())).isEqualTo(6);
        List<GroupExplanation> without = result.groupsWithoutCommonSlot();
        assertThat(without).hasSize(1);
        GroupSlot second = without.get(0).slot();
        String other = groups.stream().map(Group::id).filter(id -> !id.equals(without.get(0).groupId())).findFirst()
                .orElseThrow();
        assertThat(second.outside()).isEqualTo(6);
        assertThat(second.clashes()).hasSize(6).allSatisfy(c -> {
            assertThat(c.participantId()).isEqualTo("MEN");
            assertThat(c.otherGroupId()).isEqualTo(other);
            assertThat(c.otherNumber()).isEqualTo(c.number());
        });
        assertThat(second.blockers()).containsExactly("MEN");
        String report = FormationReport.markdown(result);
        assertThat(report).contains("1 of 2 groups has no common slot")
                .contains("MEN (MEN) also leads " + other + ", whose sessions 1, 2, 3, 4, 5, 6 overlap sessions 1");
        // The mentor's column marks every session of that group outside availability.
        assertThat(second.sessions()).allSatisfy(s -> assertThat(s.members().stream()
                .filter(m -> m.participantId().equals("MEN")).findFirst().orElseThrow().inside()).isFalse());
    }
}
