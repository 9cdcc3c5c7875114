package org.mentorkit.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.WeeklyWindow;

/**
 * {@link RepairCosts} against a brute force written apart from it: session dates from a plain month loop (the second
 * weekday of each month), every candidate start converted with {@link ZonedDateTime}, availability checked minute by
 * minute in the member's zone. Random cohorts of both hemispheres over the March and April clock changes.
 */
class RepairCostsTests {

    @Test
    void groupCostsAndSwapEstimatesEqualAnIndependentCount() {
        for (long seed = 1; seed <= 3; seed++) {
            Cohort cohort = InternalCohorts.random(seed, 3, 9, new GroupPolicy(3, 3, 1), List.of());
            List<Problem> problems = new ArrayList<>();
            FormationPlan plan = FormationPlan.of(cohort, List.of(), problems).orElseThrow();
            assertThat(problems).isEmpty();
            SlotChoice choice = new SlotChoice(new SessionGrid(new AvailabilityProfiles(plan.people(),
                    cohort.program()), cohort.program()), plan.people(), cohort.program());
            int[] assignment = {0, 0, 0, 1, 1, 1, 2, 2, 2, 0, 1, 2};
            RepairMembers members = new RepairMembers(plan, assignment);
            RepairCosts costs = new RepairCosts(plan, choice, members, new MeetingSlot[3], all(choice, 3));
            Brute brute = new Brute(plan.people());
            int sum = 0;
            for (int g = 0; g < 3; g++) {
                List<String> zones = costs.zones(g);
                int[] persons = members.persons(members.items(g));
                assertThat(costs.cost(g)).as("seed %d group %d", seed, g).isEqualTo(brute.fewest(persons, zones));
                sum += costs.cost(g);
                // Mentee 0 (group 0) swapped with mentee 4 (group 1): group 0's estimate in its current zones.
                if (g == 0) {
                    int[] swapped = persons.clone();
                    swapped[java.util.Arrays.asList(box(persons)).indexOf(plan.person(0))] = plan.person(4);
                    assertThat(costs.costWith(0, 0, 4)).as("seed %d swap", seed)
                            .isEqualTo(brute.fewest(swapped, zones));
                }
            }
            assertThat(costs.outside()).isEqualTo(sum);
        }
    }

    /**
     * {@link RepairCosts#costWith} stops early on sorted shortlists; for every move out, move in and swap between two
     * groups it must still equal the plain minimum over every candidate slot of the members' summed misses after the
     * change (the misses themselves are checked against the brute force above).
     */
    @Test
    void everyMoveAndSwapEstimateEqualsAFullScanOfTheChangedGroup() {
        int checked = 0;
        for (long seed = 1; seed <= 6; seed++) {
            Cohort cohort = InternalCohorts.random(seed, 3, 12, new GroupPolicy(4, 4, 1), List.of());
            FormationPlan plan = FormationPlan.of(cohort, List.of(), new ArrayList<>()).orElseThrow();
            SlotChoice choice = new SlotChoice(new SessionGrid(new AvailabilityProfiles(plan.people(),
                    cohort.program()), cohort.program()), plan.people(), cohort.program());
            int[] assignment = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 0, 1, 2};
            RepairMembers members = new RepairMembers(plan, assignment);
            RepairCosts costs = new RepairCosts(plan, choice, members, new MeetingSlot[3], all(choice, 3));
            for (int g = 0; g < 3; g++) {
                List<Integer> items = members.items(g);
                for (int out = -1; out < assignment.length; out++) {
                    for (int in = -1; in < assignment.length; in++) {
                        boolean outOk = out == -1 || items.contains(out);
                        boolean inOk = in == -1 || !items.contains(in) && in < 12;
                        if (!outOk || !inOk || out == -1 && in == -1) {
                            continue;
                        }
                        List<Integer> after = new ArrayList<>(items);
                        after.remove(Integer.valueOf(out));
                        if (in >= 0) {
                            after.add(in);
                        }
                        int[] persons = members.persons(after);
                        int expected = Integer.MAX_VALUE;
                        for (String zone : costs.zones(g)) {
                            for (int t : choice.totals(persons, zone, choice.plan(null))) {
                                expected = Math.min(expected, t);
                            }
                        }
                        assertThat(costs.costWith(g, out, in)).as("seed %d group %d out %d in %d", seed, g, out, in)
                                .isEqualTo(expected);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    /**
     * A mentor seat swap can change both groups' reference zones; {@link RepairCosts#seatSwapCost} takes a shortcut
     * where the set of zones stays, and must still equal both groups evaluated afresh in the zones they would have.
     * Cohorts with mentors and mentees spread over few zones, so that both kinds of swap occur.
     */
    @Test
    void everySeatSwapCostEqualsBothGroupsEvaluatedAfresh() {
        int checked = 0;
        for (long seed = 1; seed <= 8; seed++) {
            Cohort cohort = InternalCohorts.random(seed, 4, 12, new GroupPolicy(3, 3, 1), List.of());
            FormationPlan plan = FormationPlan.of(cohort, List.of(), new ArrayList<>()).orElseThrow();
            SlotChoice choice = new SlotChoice(new SessionGrid(new AvailabilityProfiles(plan.people(),
                    cohort.program()), cohort.program()), plan.people(), cohort.program());
            int[] assignment = {0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 0, 1, 2, 3};
            RepairMembers members = new RepairMembers(plan, assignment);
            RepairCosts costs = new RepairCosts(plan, choice, members, new MeetingSlot[4], all(choice, 4));
            for (int i = 12; i < 16; i++) {
                for (int j = 12; j < 16; j++) {
                    int g = assignment[i];
                    int h = assignment[j];
                    if (g == h) {
                        continue;
                    }
                    int expected = fresh(choice, members, plan, g, i, j) + fresh(choice, members, plan, h, j, i);
                    assertThat(costs.seatSwapCost(i, g, j, h)).as("seed %d mentors %d and %d", seed, i, j)
                            .isEqualTo(expected);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(8 * 12);
    }

    /** Group {@code g} with item {@code out} replaced by {@code in}: the fewest outside over its new zones. */
    private static int fresh(SlotChoice choice, RepairMembers members, FormationPlan plan, int g, int out, int in) {
        List<Integer> after = new ArrayList<>(members.items(g));
        after.remove(Integer.valueOf(out));
        after.add(in);
        int[] persons = members.persons(after);
        int[] mentors = after.stream().filter(plan::isSeat).mapToInt(plan::person).toArray();
        int best = Integer.MAX_VALUE;
        for (String zone : choice.zonesOf(persons, mentors)) {
            for (int t : choice.totals(persons, zone, choice.plan(null))) {
                best = Math.min(best, t);
            }
        }
        return best;
    }

    @Test
    void aSavedSlotIsTheOnlyOneCounted() {
        Cohort cohort = InternalCohorts.random(5, 3, 9, new GroupPolicy(3, 3, 1), List.of());
        FormationPlan plan = FormationPlan.of(cohort, List.of(), new ArrayList<>()).orElseThrow();
        SlotChoice choice = new SlotChoice(new SessionGrid(new AvailabilityProfiles(plan.people(), cohort.program()),
                cohort.program()), plan.people(), cohort.program());
        RepairMembers members = new RepairMembers(plan, new int[] {0, 0, 0, 1, 1, 1, 2, 2, 2, 0, 1, 2});
        MeetingSlot saved = new MeetingSlot(DayOfWeek.WEDNESDAY, LocalTime.of(3, 0), "Asia/Kolkata", 60);
        RepairCosts costs = new RepairCosts(plan, choice, members, new MeetingSlot[] {saved, null, null},
                all(choice, 3));
        assertThat(costs.zones(0)).containsExactly("Asia/Kolkata");
        int[] persons = members.persons(members.items(0));
        assertThat(costs.cost(0)).isEqualTo(new Brute(plan.people()).outside(persons, "Asia/Kolkata",
                DayOfWeek.WEDNESDAY, 3 * 4));
    }

    /**
     * {@link SlotPhase#everyGroupCanMeet} (which lets the grouping search keep the availability phase's time) says yes
     * exactly when the brute force finds, for every group, a slot in one of its reference zones with nobody outside.
     */
    @Test
    void everyGroupCanMeetAgreesWithTheBruteForce() {
        int yes = 0;
        int no = 0;
        for (long seed = 0; seed <= 12; seed++) {
            // Seed 0: everyone free on Tuesday and Wednesday afternoons (UTC and Berlin): every group can meet.
            Cohort cohort = seed == 0 ? wideOpen() : InternalCohorts.random(seed, 3, 9, new GroupPolicy(3, 3, 1),
                    List.of());
            // A cohort with one woman only breaks the program's non-isolation rule: the plan refuses it, nothing to judge.
            var planned = FormationPlan.of(cohort, List.of(), new ArrayList<>());
            if (planned.isEmpty()) {
                continue;
            }
            FormationPlan plan = planned.get();
            SlotChoice choice = new SlotChoice(new SessionGrid(new AvailabilityProfiles(plan.people(),
                    cohort.program()), cohort.program()), plan.people(), cohort.program());
            int[] assignment = {0, 0, 0, 1, 1, 1, 2, 2, 2, 0, 1, 2};
            RepairMembers members = new RepairMembers(plan, assignment);
            Brute brute = new Brute(plan.people());
            boolean expected = true;
            for (int g = 0; g < 3; g++) {
                int[] persons = members.persons(members.items(g));
                int[] mentors = {plan.person(9 + g)};
                expected &= brute.fewest(persons, choice.zonesOf(persons, mentors)) == 0;
            }
            assertThat(SlotPhase.everyGroupCanMeet(plan, choice, assignment)).as("seed %d", seed).isEqualTo(expected);
            if (expected) {
                yes++;
            } else {
                no++;
            }
        }
        assertThat(yes).as("cohorts where every group can meet").isPositive();
        assertThat(no).as("cohorts where some group cannot").isPositive();
    }

    private static Cohort wideOpen() {
        List<WeeklyWindow> afternoons = List.of(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(12, 0),
                LocalTime.of(18, 0)), new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(12, 0), LocalTime.of(18, 0)));
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(InternalCohorts.person((i < 3 ? "T" : "S") + i,
                    i < 3 ? org.mentorkit.model.Role.MENTOR : org.mentorkit.model.Role.MENTEE,
                    i % 2 == 0 ? "UTC" : "Europe/Berlin", afternoons, "F"));
        }
        return new Cohort(InternalCohorts.program(new GroupPolicy(3, 3, 1), List.of()), people, List.of(),
                org.mentorkit.model.MatchingConstraints.none());
    }

    private static Integer[] box(int[] a) {
        return java.util.Arrays.stream(a).boxed().toArray(Integer[]::new);
    }

    private static final class Brute {
        final List<Participant> people;

        Brute(List<Participant> people) {
            this.people = people;
        }

        int fewest(int[] persons, List<String> zones) {
            int best = Integer.MAX_VALUE;
            for (String zone : zones) {
                for (DayOfWeek day : DayOfWeek.values()) {
                    for (int s = 0; s < 96; s++) {
                        best = Math.min(best, outside(persons, zone, day, s));
                    }
                }
            }
            return best;
        }

        int outside(int[] persons, String zone, DayOfWeek day, int start) {
            int out = 0;
            LocalDate end = InternalCohorts.START.plusMonths(6);
            for (LocalDate month = InternalCohorts.START.withDayOfMonth(1); month.isBefore(end);
                    month = month.plusMonths(1)) {
                LocalDate date = month.with(TemporalAdjusters.firstInMonth(day)).plusWeeks(1);
                if (date.isBefore(InternalCohorts.START) || !date.isBefore(end)) {
                    continue;
                }
                ZonedDateTime at = ZonedDateTime.of(date, LocalTime.of(start / 4, start % 4 * 15), ZoneId.of(zone));
                for (int p : persons) {
                    if (!inside(people.get(p), at)) {
                        out++;
                    }
                }
            }
            return out;
        }

        private static boolean inside(Participant p, ZonedDateTime start) {
            for (int m = 0; m < 60; m++) {
                LocalDateTime local = start.plusMinutes(m).withZoneSameInstant(ZoneId.of(p.timeZone()))
                        .toLocalDateTime();
                int minute = local.getHour() * 60 + local.getMinute();
                boolean covered = false;
                for (WeeklyWindow w : p.availability()) {
                    int from = w.start().getHour() * 60 + w.start().getMinute();
                    int to = w.end().equals(LocalTime.MIDNIGHT) ? 24 * 60 : w.end().getHour() * 60 + w.end().getMinute();
                    covered |= w.day() == local.getDayOfWeek() && from <= minute && minute < to;
                }
                if (!covered) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Every session counted, for each of the groups. */
    private static SessionPlan[] all(SlotChoice choice, int groups) {
        SessionPlan[] out = new SessionPlan[groups];
        java.util.Arrays.fill(out, choice.plan(null));
        return out;
    }
}
