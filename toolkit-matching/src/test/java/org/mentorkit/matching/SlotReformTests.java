package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.EarlierSlot;
import org.mentorkit.model.Group;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;
import org.mentorkit.model.io.ModelValidation;

/** Re-forming in month 3: saved slots kept, late joiners placed by slot, withdrawals, forced changes reported. */
class SlotReformTests {

    private static final LocalDate EFFECTIVE = LocalDate.of(2027, 3, 15);
    private static final FormationSettings SETTINGS = FormationSettings.builder().seed(2).maxIdleRounds(30)
            .timeLimit(Duration.ofSeconds(30)).randomBaselineDraws(1).build();

    private static List<WeeklyWindow> weekdays(int from, int to) {
        List<WeeklyWindow> out = new ArrayList<>();
        for (DayOfWeek d = DayOfWeek.MONDAY; d != DayOfWeek.SATURDAY; d = d.plus(1)) {
            out.add(new WeeklyWindow(d, LocalTime.of(from, 0), LocalTime.of(to, 0)));
        }
        return out;
    }

    private static Participant p(String id, Role role, String zone, List<WeeklyWindow> windows) {
        return SlotFormationTests.person(id, role, zone, windows, "research");
    }

    private static WeeklyWindow w(DayOfWeek day, int from, int to) {
        return new WeeklyWindow(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void threeLateJoinersAndTwoWithdrawalsInMonthThreeKeepEverySlotAndTheReportNamesEachChange() {
        String[][] region = {
            {"Australia/Sydney", "Australia/Sydney"}, {"Europe/London", "Europe/Berlin"},
            {"America/New_York", "America/Chicago"}, {"America/Los_Angeles", "America/Denver"}};
        MeetingSlot[] slots = {
            new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(19, 0), "Australia/Sydney", 60),
            new MeetingSlot(DayOfWeek.WEDNESDAY, LocalTime.of(12, 0), "Europe/London", 60),
            new MeetingSlot(DayOfWeek.THURSDAY, LocalTime.of(18, 0), "America/New_York", 60),
            new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(17, 0), "America/Los_Angeles", 60)};
        List<Participant> people = new ArrayList<>();
        List<Group> previous = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            people.add(p("T" + g, Role.MENTOR, region[g][0], weekdays(8, 21)));
            List<String> mentees = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                people.add(p("S" + g + k, Role.MENTEE, region[g][k % 2], weekdays(8, 21)));
                mentees.add("S" + g + k);
            }
            previous.add(new Group("G" + (g + 1), "Group " + (g + 1), List.of("T" + g), mentees, slots[g]));
        }
        // Two withdrawals (one each from G2 and G3) and three late joiners, each able to make exactly one saved slot.
        people.removeIf(x -> x.id().equals("S11") || x.id().equals("S21"));
        people.add(p("J1", Role.MENTEE, "Pacific/Auckland", List.of(w(DayOfWeek.TUESDAY, 20, 23))));
        people.add(p("J2", Role.MENTEE, "Europe/Paris", List.of(w(DayOfWeek.WEDNESDAY, 12, 15))));
        people.add(p("J3", Role.MENTEE, "America/Denver", List.of(w(DayOfWeek.TUESDAY, 17, 20))));
        Cohort changed = new Cohort(SlotFormationTests.program(3, 5), people, List.of(), MatchingConstraints.none());

        FormationResult result = GroupFormation.reform(changed, previous, EFFECTIVE, SETTINGS);

        assertThat(result.slotChanges()).isEmpty();
        Map<String, Group> after = result.groups().stream().collect(Collectors.toMap(Group::id, g -> g));
        for (Group before : previous) {
            assertThat(after.get(before.id()).slot()).as(before.id()).isEqualTo(before.slot());
            for (String id : before.memberIds()) {
                if (!id.equals("S11") && !id.equals("S21")) {
                    assertThat(after.get(before.id()).memberIds()).as(id + " stays in " + before.id()).contains(id);
                }
            }
        }
        assertThat(after.get("G1").menteeIds()).contains("J1");
        assertThat(after.get("G2").menteeIds()).contains("J2");
        assertThat(after.get("G4").menteeIds()).contains("J3");
        assertThat(result.withdrawn()).containsExactlyInAnyOrder("S11", "S21");
        // What scheduling needs: the late joiners' join dates; no slot history where no slot changed.
        assertThat(after.get("G1").joinDates()).containsExactly(Map.entry("J1", EFFECTIVE));
        assertThat(after.get("G2").joinDates()).containsExactly(Map.entry("J2", EFFECTIVE));
        assertThat(after.get("G4").joinDates()).containsExactly(Map.entry("J3", EFFECTIVE));
        assertThat(after.get("G3").joinDates()).isEmpty();
        assertThat(result.groups()).allMatch(g -> g.earlierSlots().isEmpty());
        assertThat(ModelValidation.problems(result.cohort())).isEmpty();
        assertThat(result.moves()).extracting(Move::participantId).containsExactlyInAnyOrder("J1", "J2", "J3");
        // Every member can make every session from the effective date (independent checker).
        for (Group g : result.groups()) {
            List<Participant> members = g.memberIds().stream().map(id -> changed.participant(id).orElseThrow())
                    .toList();
            assertThat(SlotChecker.outside(members, g.slot(), SlotFormationTests.START, SlotFormationTests.MONTHS,
                    SlotFormationTests.WEEK, EFFECTIVE)).as(g.id()).isZero();
        }
        // Sessions listed from the effective date keep their numbers in the program (independent count of the dates).
        for (GroupExplanation e : result.explanations()) {
            MeetingSlot s = e.slot().slot();
            long before = SlotChecker.monthlyDates(SlotFormationTests.START, SlotFormationTests.MONTHS,
                    SlotFormationTests.WEEK, s.day()).stream().filter(d -> d.isBefore(EFFECTIVE)).count();
            assertThat(before).as("the premise: sessions before the effective date").isPositive();
            assertThat(e.slot().sessions()).extracting(GroupSlot.Session::number).first().as(e.groupId())
                    .isEqualTo((int) before + 1);
        }
        String md = FormationReport.markdown(result);
        assertThat(md).doesNotContain("| 1: ");
        assertThat(md).contains("Withdrawn: S11 (removed from every session, past ones too: their participant record was not given), S21 (").contains("Every saved meeting slot is kept.")
                .contains("| J1 | (new) | G1 |").contains("| J2 | (new) | G2 |").contains("| J3 | (new) | G4 |")
                .contains("the saved slot, kept");
    }

    @Test
    void aSavedSlotTheNewMentorCannotMakeChangesFromTheEffectiveDateOnlyAndIsReportedLoudly() {
        MeetingSlot saved = new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(10, 0), "Europe/London", 60);
        List<Participant> people = new ArrayList<>();
        List<WeeklyWindow> both = List.of(w(DayOfWeek.TUESDAY, 9, 12), w(DayOfWeek.WEDNESDAY, 13, 17));
        for (int k = 0; k < 3; k++) {
            people.add(p("S" + k, Role.MENTEE, "Europe/London", both));
        }
        Group before = new Group("G1", "Group 1", List.of("T0"), List.of("S0", "S1", "S2"), saved);
        people.add(p("T9", Role.MENTOR, "Europe/London", List.of(w(DayOfWeek.WEDNESDAY, 14, 16))));
        Cohort changed = new Cohort(SlotFormationTests.program(3, 5), people, List.of(), MatchingConstraints.none());

        FormationResult result = GroupFormation.reform(changed, List.of(before), EFFECTIVE, SETTINGS);

        assertThat(result.slotChanges()).hasSize(1);
        SlotChange change = result.slotChanges().get(0);
        assertThat(change.groupId()).isEqualTo("G1");
        assertThat(change.before()).isEqualTo(saved);
        assertThat(change.after().day()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(change.effective()).isEqualTo(EFFECTIVE);
        assertThat(change.reason()).contains("T9");
        Group g1 = result.groups().get(0);
        assertThat(g1.slot()).isEqualTo(change.after());
        // Sessions before the effective date keep the saved slot: it is the earlier slot, until the effective date.
        assertThat(g1.earlierSlots()).containsExactly(new EarlierSlot(EFFECTIVE, saved));
        assertThat(g1.slotOn(LocalDate.of(2027, 3, 9))).contains(saved);
        assertThat(g1.slotOn(LocalDate.of(2027, 4, 13))).contains(change.after());
        assertThat(g1.joinDates()).containsExactly(Map.entry("T9", EFFECTIVE));
        assertThat(ModelValidation.problems(result.cohort())).isEmpty();
        String md = FormationReport.markdown(result);
        assertThat(md).contains("**Slot change for group G1 from 2027-03-15**")
                .contains("Tuesday 10:00 Europe/London, 60 min becomes Wednesday");
        assertThat(change.moved()).isNotEmpty().allMatch(m -> m.contains("from 2027-03-15"));
    }

    /**
     * A forced change looks in every zone a fresh slot would be (review of issue 10): the Auckland group's Los Angeles
     * mentor leaves and a new one in Los Angeles, free weekdays 16:00-17:00 there, joins. No Auckland-zone weekly slot
     * works for every session (the gap between the two clocks moves in April, and 16:00 Los Angeles is the next day in
     * Auckland), but Los Angeles 16:00 does; the change must find it. Checked week by week here with java.time.
     */
    @Test
    void aForcedChangeFindsASlotInTheNewMentorsZone() {
        List<Participant> people = new ArrayList<>();
        List<String> mentees = List.of("A0", "A1", "A2");
        for (String id : mentees) {
            people.add(p(id, Role.MENTEE, "Pacific/Auckland", weekdays(7, 22)));
        }
        people.add(p("N1", Role.MENTOR, "America/Los_Angeles", weekdays(16, 17)));
        MeetingSlot saved = new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(10, 0), "Pacific/Auckland", 60);
        Group before = new Group("G1", "Group 1", List.of("T1"), mentees, saved);
        Cohort changed = new Cohort(SlotFormationTests.program(3, 3), people, List.of(), MatchingConstraints.none());
        LocalDate effective = LocalDate.of(2027, 2, 1);

        FormationResult result = GroupFormation.reform(changed, List.of(before), effective, SETTINGS);

        assertThat(result.slotChanges()).hasSize(1);
        MeetingSlot after = result.groups().get(0).slot();
        assertThat(result.explanations().get(0).slot().outside()).isZero();
        java.time.ZoneId zone = java.time.ZoneId.of(after.timeZone());
        LocalDate end = SlotFormationTests.START.plusMonths(SlotFormationTests.MONTHS);
        for (LocalDate d = effective.with(java.time.temporal.TemporalAdjusters.nextOrSame(after.day())); d.isBefore(end);
                d = d.plusWeeks(1)) {
            java.time.ZonedDateTime start = java.time.ZonedDateTime.of(d, after.time(), zone);
            for (Participant x : people) {
                java.time.ZonedDateTime local = start.withZoneSameInstant(java.time.ZoneId.of(x.timeZone()));
                java.time.ZonedDateTime localEnd = local.plusMinutes(after.durationMinutes());
                boolean inside = x.availability().stream().anyMatch(win -> win.day() == local.getDayOfWeek()
                        && !local.toLocalTime().isBefore(win.start()) && localEnd.toLocalDate().equals(local.toLocalDate())
                        && !localEnd.toLocalTime().isAfter(win.end()));
                assertThat(inside).as("%s on %s at %s", x.id(), d, local).isTrue();
            }
        }
    }
}
