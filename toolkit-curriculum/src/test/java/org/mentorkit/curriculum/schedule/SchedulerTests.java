package org.mentorkit.curriculum.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorkit.curriculum.schedule.Fixtures.START;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Program;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

class SchedulerTests {

    private final Curriculum curriculum = DefaultCurriculum.load();

    private ProgramSchedule schedule(Cadence cadence, int months, MeetingSlot slot) {
        return Scheduler.schedule(Fixtures.cohort(Fixtures.program(cadence, START, months), slot), curriculum, "groups.json");
    }

    private static List<LocalDate> dates(ProgramSchedule schedule) {
        return schedule.groups().get(0).sessions().stream().map(s -> s.start().toLocalDate()).toList();
    }

    private static MemberTime member(ScheduledSession session, String id) {
        return session.members().stream().filter(m -> m.participantId().equals(id)).findFirst().orElseThrow();
    }

    private static String problems(Throwable e) {
        return String.join("\n", ((InvalidInputException) e).problems().stream().map(Problem::toString).toList());
    }

    @Test
    void placesSessionsOnTheSecondTuesdayOfEachMonth() {
        ProgramSchedule s = schedule(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK), 6, Fixtures.newYorkTuesday1700());
        assertThat(dates(s)).containsExactly(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 9),
                LocalDate.of(2027, 4, 13), LocalDate.of(2027, 5, 11), LocalDate.of(2027, 6, 8));
    }

    @Test
    void convertsANewYorkEveningToEveryMembersLocalTimeAcrossBothHemispheresDstChanges() {
        ProgramSchedule s = schedule(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK), 6, Fixtures.newYorkTuesday1700());
        List<ScheduledSession> sessions = s.groups().get(0).sessions();
        ScheduledSession january = sessions.get(0);
        ScheduledSession march = sessions.get(2); // New York still on EST (DST starts 14 March), Sydney on AEDT
        ScheduledSession april = sessions.get(3); // New York on EDT, London on BST, Sydney back on AEST (4 April)
        assertThat(january.start().toInstant()).isEqualTo(Instant.parse("2027-01-12T22:00:00Z"));
        assertThat(member(january, "SYD").start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 1, 13, 9, 0));
        assertThat(member(january, "KOL").start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 1, 13, 3, 30));
        assertThat(member(january, "LDN").start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 1, 12, 22, 0));
        assertThat(member(january, "SAO").start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 1, 12, 19, 0));
        assertThat(member(march, "SYD").start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 10, 9, 0));
        assertThat(april.start().toInstant()).isEqualTo(Instant.parse("2027-04-13T21:00:00Z"));
        assertThat(member(april, "SYD").start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 4, 14, 7, 0));
        assertThat(member(april, "KOL").start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 4, 14, 2, 30));
        assertThat(member(april, "LDN").start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 4, 13, 22, 0));
        assertThat(member(april, "SAO").start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 4, 13, 18, 0));
    }

    @Test
    void aNewYorkFivePmSessionIsSevenNextMorningInSydneyInJulyAndNineInJanuary() {
        Cohort july = Fixtures.cohort(Fixtures.program(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK),
                LocalDate.of(2027, 7, 1), 6), Fixtures.newYorkTuesday1700());
        ScheduledSession first = Scheduler.schedule(july, curriculum, "july.json").groups().get(0).sessions().get(0);
        assertThat(first.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 7, 13, 17, 0));
        assertThat(member(first, "SYD").start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 7, 14, 7, 0));
        ScheduledSession january = Scheduler.schedule(july, curriculum, "july.json").groups().get(0).sessions().get(5);
        assertThat(january.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 12, 14, 17, 0));
        assertThat(member(january, "SYD").start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 12, 15, 9, 0));
    }

    @Test
    void peerOnlySessionsListOnlyTheMentees() {
        ProgramSchedule s = schedule(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK), 6, Fixtures.newYorkTuesday1700());
        ScheduledSession peer = s.groups().get(0).sessions().get(1);
        assertThat(peer.members()).extracting(MemberTime::participantId).containsExactly("LDN", "KOL", "SYD", "SAO");
        assertThat(s.groups().get(0).sessions().get(0).members()).extracting(MemberTime::role).contains(Role.MENTOR);
    }

    @Test
    void movesASessionOnABlackoutDateToTheNextWeek() {
        ProgramSchedule s = schedule(Fixtures.monthlySecondTuesday(List.of(LocalDate.of(2027, 2, 9)), BlackoutRule.NEXT_WEEK), 6,
                Fixtures.newYorkTuesday1700());
        ScheduledSession second = s.groups().get(0).sessions().get(1);
        assertThat(second.start().toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 16));
        assertThat(second.cadenceDate()).isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(second.adjustment()).contains("moved from 2027-02-09 (blackout date) to 2027-02-16");
        assertThat(dates(s).get(2)).isEqualTo(LocalDate.of(2027, 3, 9));
        assertThat(s.notes()).anySatisfy(n -> assertThat(n).contains("session 2 (signature-talk)").contains("NEXT_WEEK"));
    }

    @Test
    void skipRuleHoldsTheSessionOnTheNextCadenceDate() {
        ProgramSchedule s = schedule(Fixtures.monthlySecondTuesday(List.of(LocalDate.of(2027, 2, 9)), BlackoutRule.SKIP), 7,
                Fixtures.newYorkTuesday1700());
        assertThat(dates(s)).containsExactly(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 3, 9), LocalDate.of(2027, 4, 13),
                LocalDate.of(2027, 5, 11), LocalDate.of(2027, 6, 8), LocalDate.of(2027, 7, 13));
    }

    @Test
    void groupIdsThatWouldShareCalendarUidsAreRefusedNamingBoth() {
        Cohort two = new Cohort(Fixtures.program(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.SKIP), START, 6),
                Fixtures.fiveCities(), List.of(
                        new Group("A 1", "Group A 1", List.of("NY1"), List.of("LDN", "KOL"), Fixtures.newYorkTuesday1700()),
                        new Group("A_1", "Group A_1", List.of("NY1"), List.of("SYD", "SAO"), Fixtures.newYorkTuesday1700())),
                org.mentorkit.model.MatchingConstraints.none());

        assertThatThrownBy(() -> Scheduler.schedule(two, curriculum, "groups.json"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problems(e)).contains("groups.json: groups[1].id")
                        .contains("group 'A_1' and group 'A 1' (groups[0]) would get the same calendar event ids"));
    }

    @Test
    void skipRuleThatLeavesTooFewDatesIsAnErrorWithThePath() {
        assertThatThrownBy(() -> schedule(Fixtures.monthlySecondTuesday(List.of(LocalDate.of(2027, 2, 9)), BlackoutRule.SKIP), 6,
                Fixtures.newYorkTuesday1700()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problems(e)).contains("groups.json: program.cadence: the 6 sessions")
                        .contains("lengthMonths 6").contains("SKIP"));
    }

    @Test
    void everyFourWeeksAndLastTuesdayCadences() {
        Cadence everyFour = new Cadence(CadenceKind.EVERY_N_WEEKS, 4, 0, DayOfWeek.TUESDAY, 60, List.of(), BlackoutRule.NEXT_WEEK);
        assertThat(dates(schedule(everyFour, 6, Fixtures.newYorkTuesday1700()))).containsExactly(LocalDate.of(2027, 1, 12),
                LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 9), LocalDate.of(2027, 4, 6), LocalDate.of(2027, 5, 4),
                LocalDate.of(2027, 6, 1));
        Cadence last = new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, -1, DayOfWeek.TUESDAY, 60, List.of(), BlackoutRule.NEXT_WEEK);
        assertThat(dates(schedule(last, 6, Fixtures.newYorkTuesday1700()))).containsExactly(LocalDate.of(2027, 1, 26),
                LocalDate.of(2027, 2, 23), LocalDate.of(2027, 3, 30), LocalDate.of(2027, 4, 27), LocalDate.of(2027, 5, 25),
                LocalDate.of(2027, 6, 29));
    }

    @Test
    void rejectsAFifthWeekdayWithAPathAndAHint() {
        Cadence fifth = new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, 5, DayOfWeek.TUESDAY, 60, List.of(), BlackoutRule.NEXT_WEEK);
        assertThatThrownBy(() -> schedule(fifth, 6, Fixtures.newYorkTuesday1700()))
                .satisfies(e -> assertThat(problems(e)).contains("groups.json: program.cadence.weekOfMonth: must be 1, 2, 3 or 4")
                        .contains("use -1 for the last one"));
    }

    /**
     * Review finding D1: a mentor of two hand-made groups was proposed the same time for both. Everyone in London is
     * free Tuesday 11:00-15:00, so two slots fit without overlap; the proposals must not overlap on any date (checked
     * on the scheduled instants).
     */
    @Test
    void aMentorOfTwoHandMadeGroupsIsNotProposedTheSameTimeForBoth() {
        List<org.mentorkit.model.WeeklyWindow> tuesday = List.of(new org.mentorkit.model.WeeklyWindow(
                java.time.DayOfWeek.TUESDAY, LocalTime.of(11, 0), LocalTime.of(15, 0)));
        List<org.mentorkit.model.Participant> people = new java.util.ArrayList<>();
        people.add(new org.mentorkit.model.Participant("MEN", "Mentor", "men@example.org", org.mentorkit.model.Role.MENTOR,
                "Europe/London", tuesday, List.of(), "", "", "", "", java.util.Map.of(), 2, "", java.util.Map.of()));
        for (int i = 0; i < 4; i++) {
            people.add(Fixtures.person("E" + i, "Mentee " + i, org.mentorkit.model.Role.MENTEE, "Europe/London", tuesday));
        }
        Program program = Fixtures.program(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK), START, 7)
                .toBuilder().groupPolicy(new org.mentorkit.model.GroupPolicy(2, 5, 1)).build();
        Cohort hand = new Cohort(program, people, List.of(
                new Group("A", "Group A", List.of("MEN"), List.of("E0", "E1"), null),
                new Group("B", "Group B", List.of("MEN"), List.of("E2", "E3"), null)),
                org.mentorkit.model.MatchingConstraints.none());

        ProgramSchedule s = Scheduler.schedule(hand, curriculum, "hand.json");

        List<ScheduledSession> a = s.groups().get(0).sessions();
        List<ScheduledSession> b = s.groups().get(1).sessions();
        for (ScheduledSession x : a) {
            for (ScheduledSession y : b) {
                boolean mentorInBoth = x.members().stream().anyMatch(m -> m.participantId().equals("MEN"))
                        && y.members().stream().anyMatch(m -> m.participantId().equals("MEN"));
                boolean overlap = x.start().isBefore(y.end()) && y.start().isBefore(x.end());
                assertThat(mentorInBoth && overlap).as("A session %d %s and B session %d %s", x.number(), x.start(),
                        y.number(), y.start()).isFalse();
            }
        }
        assertThat(b).allSatisfy(x -> assertThat(x.members()).allMatch(MemberTime::withinAvailability));
    }

    /** A mentor of hand-made group A and of group B, whose slot is saved: Tuesday 12:00 London, inside everyone's window. */
    private Cohort mentorOfAHandMadeAndASavedGroup(boolean savedListedFirst, MeetingSlot slotOfA) {
        return mentorOfAHandMadeAndASavedGroup(savedListedFirst, slotOfA, LocalTime.of(11, 0), LocalTime.of(15, 0));
    }

    private Cohort mentorOfAHandMadeAndASavedGroup(boolean savedListedFirst, MeetingSlot slotOfA, LocalTime from,
            LocalTime to) {
        List<WeeklyWindow> tuesday = List.of(new WeeklyWindow(DayOfWeek.TUESDAY, from, to));
        List<Participant> people = new java.util.ArrayList<>();
        people.add(Fixtures.person("MEN", "Mentor", Role.MENTOR, "Europe/London", tuesday).toBuilder().capacity(2).build());
        for (int i = 0; i < 4; i++) {
            people.add(Fixtures.person("E" + i, "Mentee " + i, Role.MENTEE, "Europe/London", tuesday));
        }
        Program program = Fixtures.program(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK), START, 7)
                .toBuilder().groupPolicy(new org.mentorkit.model.GroupPolicy(2, 5, 1)).build();
        int longest = curriculum.sessions().stream().mapToInt(org.mentorkit.curriculum.Session::durationMinutes).max()
                .orElseThrow();
        Group a = new Group("A", "Group A", List.of("MEN"), List.of("E0", "E1"), slotOfA);
        Group b = new Group("B", "Group B", List.of("MEN"), List.of("E2", "E3"),
                new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.NOON, "Europe/London", longest));
        return new Cohort(program, people, savedListedFirst ? List.of(b, a) : List.of(a, b), MatchingConstraints.none());
    }

    /** Every pair of sessions one person attends in two groups, by instant: none may overlap. */
    private static void assertNobodyIsInTwoSessionsAtOnce(ProgramSchedule s) {
        List<String[]> held = new java.util.ArrayList<>();
        for (GroupSchedule g : s.groups()) {
            for (ScheduledSession x : g.sessions()) {
                for (MemberTime m : x.members()) {
                    for (String[] h : held) {
                        boolean overlap = Instant.parse(h[2]).isBefore(m.end().toInstant())
                                && m.start().toInstant().isBefore(Instant.parse(h[3]));
                        assertThat(h[0].equals(m.participantId()) && overlap)
                                .as("%s in group %s session %s and group %s session %d", m.participantId(), h[1],
                                        h[4], g.groupId(), x.number()).isFalse();
                    }
                }
            }
            for (ScheduledSession x : g.sessions()) {
                for (MemberTime m : x.members()) {
                    held.add(new String[] {m.participantId(), g.groupId(), m.start().toInstant().toString(),
                        m.end().toInstant().toString(), String.valueOf(x.number())});
                }
            }
        }
    }

    @Test
    void aProposalAvoidsTheSessionsOfASavedSlotGroupListedAfterIt() {
        // Before, only groups listed before were looked at: A was proposed Tuesday 12:00, B's saved time, for both.
        ProgramSchedule s = Scheduler.schedule(mentorOfAHandMadeAndASavedGroup(false, null), curriculum, "hand.json");

        assertThat(s.groups()).extracting(GroupSchedule::groupId).containsExactly("A", "B");
        assertThat(s.groups().get(0).slotProposed()).isTrue();
        assertNobodyIsInTwoSessionsAtOnce(s);
        assertThat(s.groups().get(0).sessions())
                .allSatisfy(x -> assertThat(x.members()).allMatch(MemberTime::withinAvailability));
        assertThat(s.notes()).noneMatch(n -> n.contains("two sessions at once"));
    }

    @Test
    void aProposalDoesNotDependOnWhereTheSavedSlotGroupIsListed() {
        MeetingSlot after = Scheduler.schedule(mentorOfAHandMadeAndASavedGroup(false, null), curriculum, "hand.json")
                .groups().get(0).slot();
        MeetingSlot before = Scheduler.schedule(mentorOfAHandMadeAndASavedGroup(true, null), curriculum, "hand.json")
                .groups().get(1).slot();

        assertThat(after).isEqualTo(before);
    }

    @Test
    void aMemberInTwoSessionsAtOnceIsReportedWithGroupsAndDates() {
        MeetingSlot sameAsB = new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.NOON, "Europe/London",
                curriculum.sessions().stream().mapToInt(org.mentorkit.curriculum.Session::durationMinutes).max().orElseThrow());
        ProgramSchedule s = Scheduler.schedule(mentorOfAHandMadeAndASavedGroup(false, sameAsB), curriculum, "hand.json");

        // Both slots are saved decisions: kept as they are, and the clash is said, not hidden. Only mentor-led
        // sessions invite the mentor, so only their dates clash.
        assertThat(s.groups()).extracting(GroupSchedule::slot).containsOnly(sameAsB);
        String mentorLedDates = String.join(", ", s.groups().get(0).sessions().stream()
                .filter(x -> x.format() != org.mentorkit.curriculum.SessionFormat.PEER_ONLY)
                .map(x -> x.start().toLocalDate().toString()).toList());
        assertThat(s.notes()).contains("MEN is in two sessions at once in group A and group B on " + mentorLedDates
                + " (their local dates): give one of the groups another slot");
        assertThat(s.notes()).noneMatch(n -> n.startsWith("E") && n.contains("two sessions at once"));
    }

    @Test
    void aProposalKeepsAClashOnlyWhenEveryOtherSlotLetsFewerAttendAndSaysSo() {
        // Everyone can meet only on Tuesday for one session from 12:00, the time of B's saved slot: any other slot
        // loses every member-session of A, while B's time loses only the mentor's three mentor-led ones in A.
        int longest = curriculum.sessions().stream().mapToInt(org.mentorkit.curriculum.Session::durationMinutes).max()
                .orElseThrow();
        ProgramSchedule s = Scheduler.schedule(mentorOfAHandMadeAndASavedGroup(false, null, LocalTime.NOON,
                LocalTime.NOON.plusMinutes(longest)), curriculum, "hand.json");

        assertThat(s.groups().get(0).slot().time()).isEqualTo(LocalTime.NOON);
        assertThat(s.notes()).anySatisfy(n -> assertThat(n).startsWith("group A has no saved meeting slot: proposed")
                .contains("3 of its member-sessions overlap a session the member holds in another group"));
        assertThat(s.notes()).anySatisfy(n -> assertThat(n).startsWith("MEN is in two sessions at once in group A and"
                + " group B on 2027-01-12, "));
    }

    private static Cadence fortnightly(List<LocalDate> blackouts, BlackoutRule rule) {
        return new Cadence(CadenceKind.EVERY_N_WEEKS, 2, 1, DayOfWeek.TUESDAY, 60, blackouts, rule);
    }

    @Test
    void aBlackoutMoveInAFortnightlyProgramSaysWhichSessionMovedForWhichDateAndTheGapsItLeaves() {
        // Fortnightly from Tuesday 12 January 2027: session 3 falls on the blackout date 9 February, NEXT_WEEK moves
        // it to the 16th, and session 4 stays on its cadence date, the 23rd: one week after.
        ProgramSchedule s = schedule(fortnightly(List.of(LocalDate.of(2027, 2, 9)), BlackoutRule.NEXT_WEEK), 6,
                Fixtures.newYorkTuesday1700());

        assertThat(dates(s)).containsExactly(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 26),
                LocalDate.of(2027, 2, 16), LocalDate.of(2027, 2, 23), LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 23));
        String third = s.groups().get(0).sessions().get(2).sessionId();
        assertThat(s.notes()).contains("group g1, session 3 (" + third + "): moved from 2027-02-09 (blackout date) to"
                + " 2027-02-16 by the NEXT_WEEK rule; now 3 weeks after session 2 and 1 week before session 4 (the program"
                + " meets every 2 weeks)");
    }

    @Test
    void aSessionTheSkipRuleHoldsOnTheNextCadenceDateIsNamedWithItsBlackoutDateAndGaps() {
        // Before, SKIP moved session 3 from 9 to 23 February without a word.
        ProgramSchedule s = schedule(fortnightly(List.of(LocalDate.of(2027, 2, 9)), BlackoutRule.SKIP), 6,
                Fixtures.newYorkTuesday1700());

        assertThat(dates(s)).containsExactly(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 26),
                LocalDate.of(2027, 2, 23), LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 23), LocalDate.of(2027, 4, 6));
        String third = s.groups().get(0).sessions().get(2).sessionId();
        assertThat(s.notes()).contains("group g1, session 3 (" + third + "): held on 2027-02-23, the next cadence date,"
                + " because 2027-02-09 is a blackout date (SKIP rule); now 4 weeks after session 2 and 2 weeks before"
                + " session 4 (the program meets every 2 weeks)");
        assertThat(s.notes()).filteredOn(n -> n.contains("SKIP")).hasSize(1);
    }

    @Test
    void aProgramWideProblemIsSaidOnceNotOncePerGroup() {
        List<org.mentorkit.model.Participant> people = new java.util.ArrayList<>(Fixtures.fiveCities());
        people.add(Fixtures.person("NY2", "Second mentor", org.mentorkit.model.Role.MENTOR, "America/New_York",
                Fixtures.allWeek()));
        Program shortProgram = Fixtures.program(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK), START, 4)
                .toBuilder().groupPolicy(new org.mentorkit.model.GroupPolicy(2, 5, 1)).build();
        Cohort two = new Cohort(shortProgram, people, List.of(
                new Group("g1", "Group 1", List.of("NY1"), List.of("LDN", "KOL"), Fixtures.newYorkTuesday1700()),
                new Group("g2", "Group 2", List.of("NY2"), List.of("SYD", "SAO"), Fixtures.newYorkTuesday1700())),
                org.mentorkit.model.MatchingConstraints.none());

        assertThatThrownBy(() -> Scheduler.schedule(two, curriculum, "groups.json"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(1)
                        .allSatisfy(p -> assertThat(p.toString()).contains("do not fit")));
    }

    @Test
    void rejectsMoreSessionsThanFitInTheProgram() {
        assertThatThrownBy(() -> schedule(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK), 4, Fixtures.newYorkTuesday1700()))
                .satisfies(e -> assertThat(problems(e)).contains("groups.json: program.cadence: the 6 sessions of curriculum 'mentorkit-peer-6' do not fit")
                        .contains("lengthMonths 4"));
    }

    @Test
    void aCohortBuiltInCodeIsRefusedForWhatTheCommandLineRefusesInACohortFile() {
        // Issue 12: before, an invalid e-mail address and a window ending before it starts were scheduled as given.
        Cohort valid = Fixtures.cohort(Fixtures.program(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK),
                START, 6), Fixtures.newYorkTuesday1700());
        List<Participant> people = new java.util.ArrayList<>(valid.participants());
        people.set(1, people.get(1).toBuilder().email("not an address")
                .availability(List.of(new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(9, 0))))
                .build());
        Cohort invalid = new Cohort(valid.program(), people, valid.groups(), valid.constraints());
        assertThatThrownBy(() -> Scheduler.schedule(invalid, curriculum, "groups.json"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
                        .contains("groups.json: participants[1].email")
                        .anyMatch(location -> location.startsWith("groups.json: participants[1].availability[0]")));
    }

    @Test
    void rejectsUnknownTimeZoneWithSuggestion() {
        List<Participant> people = new java.util.ArrayList<>(Fixtures.fiveCities());
        people.set(2, Fixtures.person("KOL", "K", Role.MENTEE, "Asia/Kolkatta", Fixtures.allWeek()));
        Group group = new Group("g1", "Group 1", List.of("NY1"), List.of("LDN", "KOL", "SYDX"),
                new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(17, 0), "America/NewYork", 60));
        Cohort cohort = new Cohort(Fixtures.program(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK), START, 6),
                people, List.of(group), MatchingConstraints.none());
        assertThatThrownBy(() -> Scheduler.schedule(cohort, curriculum, "groups.json"))
                .satisfies(e -> assertThat(problems(e))
                        .contains("groups.json: participants[2].timeZone: 'Asia/Kolkatta' is not an IANA time-zone id such as America/New_York (did you mean 'Asia/Kolkata'?)")
                        .contains("groups.json: groups[0].slot.timeZone: 'America/NewYork' is not an IANA time-zone id")
                        .contains("(did you mean 'America/New_York'?)")
                        .contains("groups.json: groups[0].menteeIds[2]: no participant with id 'SYDX' (did you mean 'SYD'?)"));
    }

    @Test
    void flagsASessionOutsideAMembersAvailability() {
        List<Participant> people = new java.util.ArrayList<>(Fixtures.fiveCities());
        // Kolkata member is free on working days 08:00-18:00 only: 03:30 is outside.
        people.set(2, Fixtures.person("KOL", "K", Role.MENTEE, "Asia/Kolkata", List.of()));
        Cohort cohort = new Cohort(Fixtures.program(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK), START, 6),
                people, Fixtures.cohort(null, Fixtures.newYorkTuesday1700()).groups(), MatchingConstraints.none());
        ProgramSchedule s = Scheduler.schedule(cohort, curriculum, "groups.json");
        assertThat(member(s.groups().get(0).sessions().get(0), "KOL").withinAvailability()).isFalse();
        assertThat(member(s.groups().get(0).sessions().get(0), "SYD").withinAvailability()).isTrue();
        assertThat(s.availabilityConflicts()).hasSize(6).allSatisfy(c -> assertThat(c).contains("participant KOL"));
    }

    @Test
    void proposesASlotFromTheMembersCommonWindowInTheMentorsZoneAndSaysItIsAProposal() {
        WeeklyWindow mentorWednesday = new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(10, 0));
        WeeklyWindow londonWednesday = new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), LocalTime.of(15, 30));
        List<Participant> people = List.of(
                Fixtures.person("NY1", "M", Role.MENTOR, "America/New_York", List.of(mentorWednesday)),
                Fixtures.person("LDN", "L", Role.MENTEE, "Europe/London", List.of(londonWednesday)),
                Fixtures.person("SAO", "S", Role.MENTEE, "America/Sao_Paulo", Fixtures.allWeek()));
        Group group = new Group("g1", "Group 1", List.of("NY1"), List.of("LDN", "SAO"), null);
        // A group of two mentees, which the program allows, so that the cohort is one the command line would accept.
        Cohort cohort = new Cohort(Fixtures.program(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK), START, 6)
                .toBuilder().groupPolicy(new org.mentorkit.model.GroupPolicy(2, 5, 1)).build(),
                people, List.of(group), MatchingConstraints.none());
        ProgramSchedule s = Scheduler.schedule(cohort, curriculum, "groups.json");
        GroupSchedule g = s.groups().get(0);
        assertThat(g.slotProposed()).isTrue();
        // 09:00 New York is 14:00 London on every second Wednesday of the program (the US/UK DST gap in March falls
        // between 14 and 28 March, after 10 March), so it fits all 3 members on all 6 dates. The mentor counts only for
        // the 3 mentor-led sessions: 2 mentees x 6 + 1 mentor x 3 = 15 member-sessions.
        assertThat(g.slot()).isEqualTo(new MeetingSlot(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), "America/New_York", 60));
        assertThat(s.notes()).anySatisfy(n -> assertThat(n).contains("group g1 has no saved meeting slot: proposed WEDNESDAY 09:00")
                .contains("saving it in the groups file keeps it for later runs").doesNotContain("--save")
                .contains("15 of 15 member-sessions").doesNotContain("L ", "S "));
        assertThat(s.availabilityConflicts()).isEmpty();
        assertThat(s.notes()).noneSatisfy(n -> assertThat(n).contains("had no meeting slot"));
    }

    @Test
    void reportsAStartTimeThatFallsIntoTheSpringForwardGap() {
        Cadence weekly = new Cadence(CadenceKind.EVERY_N_WEEKS, 1, 0, DayOfWeek.SUNDAY, 60, List.of(), BlackoutRule.NEXT_WEEK);
        Cohort cohort = Fixtures.cohort(Fixtures.program(weekly, LocalDate.of(2027, 3, 14), 2),
                new MeetingSlot(DayOfWeek.SUNDAY, LocalTime.of(2, 30), "America/New_York", 60));
        ScheduledSession first = Scheduler.schedule(cohort, curriculum, "g.json").groups().get(0).sessions().get(0);
        assertThat(first.start().toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        assertThat(first.adjustment()).contains("02:30 does not exist on 2027-03-14 in America/New_York");
    }
}
