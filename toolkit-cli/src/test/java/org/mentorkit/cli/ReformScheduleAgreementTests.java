package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.CurriculumRegistry;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.curriculum.SessionFormat;
import org.mentorkit.curriculum.schedule.GroupSchedule;
import org.mentorkit.curriculum.schedule.MemberTime;
import org.mentorkit.curriculum.schedule.ProgramSchedule;
import org.mentorkit.curriculum.schedule.ScheduledSession;
import org.mentorkit.curriculum.schedule.Scheduler;
import org.mentorkit.matching.FormationReport;
import org.mentorkit.matching.FormationResult;
import org.mentorkit.matching.FormationSettings;
import org.mentorkit.matching.GroupExplanation;
import org.mentorkit.matching.GroupFormation;
import org.mentorkit.matching.GroupSlot;
import org.mentorkit.matching.SlotChange;
import org.mentorkit.model.ApplicantColumns;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.CriterionWeights;
import org.mentorkit.model.DeliveryMode;
import org.mentorkit.model.Group;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MatchingSettings;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

/**
 * After re-forming with a forced slot change and late joiners, {@code match} judges each group's slot on exactly the
 * member-sessions {@code schedule} then places: the same session numbers and dates from the effective date (a changed
 * slot's sessions placed after the earlier slot's, a monthly date the change has passed held later that month), the
 * same members invited (a late joiner from their join date in the slot's zone, no mentor at a peer-only session) and
 * the same inside/outside verdict, which an independent minute-by-minute check of each member's windows confirms.
 * Both cases span the northern (March) and southern (April) clock changes.
 */
class ReformScheduleAgreementTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 11);

    private static Program program(Cadence cadence) {
        return new Program("reform", "Reform", "Society", "", START, 6, cadence, DeliveryMode.VIRTUAL,
                new GroupPolicy(3, 5, 1), new MatchingSettings(CriterionWeights.defaults(), List.of(), List.of()),
                List.of(), ApplicantColumns.defaults(), "");
    }

    private static Participant p(String id, Role role, String zone, WeeklyWindow... windows) {
        return new Participant(id, id, "", role, zone, List.of(windows), List.of("research"), "", "", "", "", Map.of(),
                role == Role.MENTOR ? 1 : 0, "", Map.of());
    }

    private static WeeklyWindow w(DayOfWeek day, int from, int to) {
        return new WeeklyWindow(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    private static MeetingSlot slot(DayOfWeek day, int hour, String zone) {
        return new MeetingSlot(day, LocalTime.of(hour, 0), zone, 60);
    }

    /**
     * Every two weeks from Monday 11 January 2027. G1 met on Tuesdays in Sydney; from Tuesday 23 February a London
     * joiner who can only meet on Monday mornings forces a change to Monday: three Tuesday sessions are held, the
     * other three fall on the Mondays from the change (8 March, 22 March and 5 April, after Sydney's clocks go back).
     * A Los Angeles joiner of G2 (Tuesday 08:00 Sydney) joins on 23 February, the date of G2's session in its slot's
     * zone (Monday afternoon in Los Angeles): join dates are judged on the slot's dates, as the effective date is, so
     * schedule invites her to it and formation judges her on it. (Before, both judged her on her own date, 22
     * February, and left her out of a session after the effective date.)
     * Re-formed a second time, the kept Monday slot is judged on the sessions it has after its earlier slot.
     */
    @Test
    void everyTwoWeeksAChangeFromATuesdayToMondaysIsJudgedOnTheMondaysScheduleGives() {
        LocalDate effective = LocalDate.of(2027, 2, 23);
        Program program = program(new Cadence(CadenceKind.EVERY_N_WEEKS, 2, 1, DayOfWeek.MONDAY, 60, List.of(),
                null));
        List<Participant> people = new ArrayList<>(List.of(
                p("T1", Role.MENTOR, "Australia/Sydney", w(DayOfWeek.MONDAY, 17, 22), w(DayOfWeek.TUESDAY, 17, 22)),
                p("S11", Role.MENTEE, "Australia/Sydney", w(DayOfWeek.MONDAY, 17, 22), w(DayOfWeek.TUESDAY, 17, 22)),
                p("S12", Role.MENTEE, "Australia/Brisbane", w(DayOfWeek.MONDAY, 16, 21),
                        w(DayOfWeek.TUESDAY, 16, 21)),
                p("S13", Role.MENTEE, "Australia/Sydney", w(DayOfWeek.MONDAY, 17, 22), w(DayOfWeek.TUESDAY, 17, 22)),
                p("T2", Role.MENTOR, "Australia/Sydney", w(DayOfWeek.TUESDAY, 7, 10)),
                p("S21", Role.MENTEE, "Australia/Sydney", w(DayOfWeek.TUESDAY, 7, 10)),
                p("S22", Role.MENTEE, "Australia/Brisbane", w(DayOfWeek.TUESDAY, 6, 9)),
                p("S23", Role.MENTEE, "Australia/Sydney", w(DayOfWeek.TUESDAY, 7, 10)),
                p("S24", Role.MENTEE, "Australia/Sydney", w(DayOfWeek.TUESDAY, 7, 10))));
        List<Group> previous = List.of(
                new Group("G1", "Group 1", List.of("T1"), List.of("S11", "S12", "S13"),
                        slot(DayOfWeek.TUESDAY, 19, "Australia/Sydney")),
                new Group("G2", "Group 2", List.of("T2"), List.of("S21", "S22", "S23", "S24"),
                        slot(DayOfWeek.TUESDAY, 8, "Australia/Sydney")));
        people.add(p("J1", Role.MENTEE, "Europe/London", w(DayOfWeek.MONDAY, 7, 10)));
        people.add(p("J2", Role.MENTEE, "America/Los_Angeles", w(DayOfWeek.MONDAY, 12, 17)));
        Cohort changed = new Cohort(program, people, List.of(), MatchingConstraints.none());

        Agreement agreement = agree(changed, previous, effective);

        assertThat(agreement.result.slotChanges()).extracting(SlotChange::groupId).containsExactly("G1");
        assertThat(agreement.group("G1").menteeIds()).contains("J1");
        assertThat(agreement.group("G2").menteeIds()).contains("J2");
        assertThat(agreement.group("G1").slot().day()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(agreement.datesFrom("G1")).containsExactly(LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 22),
                LocalDate.of(2027, 4, 5));
        // The changed slot is chosen on the real Mondays: on 5 April (Sydney on standard time, London on summer time)
        // J1 can make it too. Independent: J1 is inside on every session from the change.
        assertThat(agreement.outsideFrom("G1", "J1")).isZero();
        assertThat(agreement.notInvited("G2", "J2")).isEmpty(); // session 4, on 23 February in Sydney, is hers

        // Re-formed again on 15 March: a London joiner like J1 joins G1, whose Monday slot is now kept. It is judged on
        // the Mondays it has after its earlier Tuesday slot (22 March and 5 April: sessions 5 and 6), as schedule
        // places them, not on the cadence's first six Mondays from the start (which end on 22 March).
        List<Participant> later = new ArrayList<>(people);
        later.add(p("J3", Role.MENTEE, "Europe/London", w(DayOfWeek.MONDAY, 7, 10)));
        Agreement second = agree(new Cohort(program, later, List.of(), MatchingConstraints.none()),
                agreement.result.groups(), LocalDate.of(2027, 3, 15));
        assertThat(second.result.slotChanges()).isEmpty();
        assertThat(second.group("G1").menteeIds()).contains("J1", "J3");
        assertThat(second.group("G1").earlierSlots()).hasSize(1);
        assertThat(second.datesFrom("G1")).containsExactly(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 4, 5));
        assertThat(second.outsideFrom("G1", "J3")).isZero();
    }

    /**
     * Monthly on the second weekday. G1 met on the second Thursday in London; from Thursday 11 March (its March
     * date) a Paris joiner who can only meet on Wednesday afternoons forces a change to Wednesday, whose March date (10
     * March) the change has already passed: schedule holds March's session on Wednesday 17 March, and formation judges
     * that session too. A Los Angeles joiner of G2 (Thursday 08:00 Sydney) is invited to 11 March, the effective date
     * in the slot's zone (Wednesday afternoon in Los Angeles; before, the rule in her own zone left her out).
     */
    @Test
    void monthlyAChangeWhoseNewWeekdayHasPassedInTheMonthOfChangeIsJudgedOnTheHeldDate() {
        LocalDate effective = LocalDate.of(2027, 3, 11);
        Program program = program(new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, 2, DayOfWeek.TUESDAY, 60, List.of(),
                null));
        List<Participant> people = new ArrayList<>(List.of(
                p("T1", Role.MENTOR, "Europe/London", w(DayOfWeek.WEDNESDAY, 9, 17), w(DayOfWeek.THURSDAY, 9, 12)),
                p("S11", Role.MENTEE, "Europe/London", w(DayOfWeek.WEDNESDAY, 13, 17), w(DayOfWeek.THURSDAY, 9, 12)),
                p("S12", Role.MENTEE, "Europe/Dublin", w(DayOfWeek.WEDNESDAY, 13, 17), w(DayOfWeek.THURSDAY, 9, 12)),
                p("S13", Role.MENTEE, "Europe/London", w(DayOfWeek.WEDNESDAY, 12, 18), w(DayOfWeek.THURSDAY, 9, 12)),
                p("T2", Role.MENTOR, "Australia/Sydney", w(DayOfWeek.THURSDAY, 7, 10)),
                p("S21", Role.MENTEE, "Australia/Sydney", w(DayOfWeek.THURSDAY, 7, 10)),
                p("S22", Role.MENTEE, "Australia/Brisbane", w(DayOfWeek.THURSDAY, 6, 9)),
                p("S23", Role.MENTEE, "Australia/Sydney", w(DayOfWeek.THURSDAY, 7, 10)),
                p("S24", Role.MENTEE, "Australia/Sydney", w(DayOfWeek.THURSDAY, 7, 10))));
        List<Group> previous = List.of(
                new Group("G1", "Group 1", List.of("T1"), List.of("S11", "S12", "S13"),
                        slot(DayOfWeek.THURSDAY, 10, "Europe/London")),
                new Group("G2", "Group 2", List.of("T2"), List.of("S21", "S22", "S23", "S24"),
                        slot(DayOfWeek.THURSDAY, 8, "Australia/Sydney")));
        people.add(p("J1", Role.MENTEE, "Europe/Paris", w(DayOfWeek.WEDNESDAY, 14, 17)));
        people.add(p("J2", Role.MENTEE, "America/Los_Angeles", w(DayOfWeek.WEDNESDAY, 12, 17)));
        Cohort changed = new Cohort(program, people, List.of(), MatchingConstraints.none());

        Agreement agreement = agree(changed, previous, effective);

        assertThat(agreement.result.slotChanges()).extracting(SlotChange::groupId).containsExactly("G1");
        assertThat(agreement.group("G1").menteeIds()).contains("J1");
        assertThat(agreement.group("G2").menteeIds()).contains("J2");
        assertThat(agreement.group("G1").slot().day()).isEqualTo(DayOfWeek.WEDNESDAY);
        // Independent count: Thursdays 14 January and 11 February held; March held on Wednesday 17 March; then the
        // second Wednesdays of April, May and June.
        assertThat(agreement.datesFrom("G1")).containsExactly(LocalDate.of(2027, 3, 17), LocalDate.of(2027, 4, 14),
                LocalDate.of(2027, 5, 12), LocalDate.of(2027, 6, 9));
        assertThat(agreement.outsideFrom("G1", "J1")).isZero();
        assertThat(agreement.notInvited("G2", "J2")).isEmpty(); // session 3, on 11 March in Sydney, is hers
        // The report names the held date as the first session after the change, in each member's local time.
        SlotChange change = agreement.result.slotChanges().get(0);
        assertThat(change.moved()).contains("session 3 from 2027-03-11: Thu 11 Mar 10:00 -> Wed 17 Mar "
                + change.after().time() + " Europe/London");
        String local = change.after().time().plusHours(1).toString();
        assertThat(FormationReport.markdown(agreement.result)).contains("| J1 | session 3 | Thu 11 Mar 11:00 | Wed 17 Mar "
                + local + " |");
    }

    /**
     * A joiner ahead of the slot's zone: G1 meets on the second Tuesday at 17:00 New York; a Sydney joiner comes in on
     * Wednesday 10 March, the day after session 3 (Tuesday 9 March in New York, but Wednesday 10 March 09:00 in
     * Sydney). Session 3 is before the effective date, fixed and not judged by match, so schedule must not add the
     * joiner to it (that would change a past event): from session 4 on, both judge her on the same sessions.
     */
    @Test
    void aJoinerAheadOfTheSlotsZoneIsNotAddedToTheSessionBeforeTheEffectiveDate() {
        LocalDate effective = LocalDate.of(2027, 3, 10);
        Program program = program(new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, 2, DayOfWeek.TUESDAY, 60, List.of(),
                null));
        List<Participant> people = new ArrayList<>(List.of(
                p("T1", Role.MENTOR, "America/New_York", w(DayOfWeek.TUESDAY, 16, 19)),
                p("S11", Role.MENTEE, "America/New_York", w(DayOfWeek.TUESDAY, 16, 19)),
                p("S12", Role.MENTEE, "America/Toronto", w(DayOfWeek.TUESDAY, 16, 19)),
                p("S13", Role.MENTEE, "America/Chicago", w(DayOfWeek.TUESDAY, 15, 18))));
        List<Group> previous = List.of(new Group("G1", "Group 1", List.of("T1"), List.of("S11", "S12", "S13"),
                slot(DayOfWeek.TUESDAY, 17, "America/New_York")));
        // Wednesday mornings in Sydney: Tuesday 17:00 New York is 09:00 (March), 07:00 (from April) there.
        people.add(p("J1", Role.MENTEE, "Australia/Sydney", w(DayOfWeek.WEDNESDAY, 7, 11)));
        Cohort changed = new Cohort(program, people, List.of(), MatchingConstraints.none());

        Agreement agreement = agree(changed, previous, effective);

        assertThat(agreement.result.slotChanges()).isEmpty();
        assertThat(agreement.group("G1").menteeIds()).contains("J1");
        assertThat(agreement.datesFrom("G1")).containsExactly(LocalDate.of(2027, 4, 13), LocalDate.of(2027, 5, 11),
                LocalDate.of(2027, 6, 8));
        assertThat(agreement.notInvited("G1", "J1")).isEmpty();
        assertThat(agreement.outsideFrom("G1", "J1")).isZero();
        ScheduledSession third = agreement.placed("G1").sessions().get(2);
        assertThat(third.start().withZoneSameInstant(ZoneId.of("Australia/Sydney")).toLocalDate()).isEqualTo(effective);
        assertThat(third.members()).extracting(MemberTime::participantId).doesNotContain("J1");
    }

    /** What both commands said about the re-formed groups. */
    private record Agreement(FormationResult result, ProgramSchedule schedule, LocalDate effective,
            Map<String, List<WeeklyWindow>> windows) {

        Group group(String id) {
            return result.groups().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
        }

        GroupSchedule placed(String id) {
            return schedule.groups().stream().filter(g -> g.groupId().equals(id)).findFirst().orElseThrow();
        }

        /** The dates (in the group's slot zone) of the sessions from the effective date. */
        List<LocalDate> datesFrom(String id) {
            return fromEffective(placed(id), effective).stream()
                    .map(s -> s.start().withZoneSameInstant(ZoneId.of(s.slot().timeZone())).toLocalDate()).toList();
        }

        /** Sessions from the effective date outside the member's windows, by the independent minute check. */
        long outsideFrom(String id, String member) {
            return fromEffective(placed(id), effective).stream().filter(s -> s.members().stream()
                    .anyMatch(m -> m.participantId().equals(member)
                            && !insideByMinute(windows.get(member), m.start().getZone(), s.start(),
                                    (int) Duration.between(s.start(), s.end()).toMinutes())))
                    .count();
        }

        /** The numbers of the sessions from the effective date to which the member is not invited. */
        List<Integer> notInvited(String id, String member) {
            return fromEffective(placed(id), effective).stream()
                    .filter(s -> s.members().stream().noneMatch(m -> m.participantId().equals(member)))
                    .map(ScheduledSession::number).toList();
        }
    }

    private static List<ScheduledSession> fromEffective(GroupSchedule placed, LocalDate effective) {
        return placed.sessions().stream().filter(s -> !s.start().withZoneSameInstant(ZoneId.of(s.slot().timeZone()))
                .toLocalDate().isBefore(effective)).toList();
    }

    private static Agreement agree(Cohort changed, List<Group> previous, LocalDate effective) {
        Curriculum curriculum = CurriculumRegistry.discover().curriculumOrFile(DefaultCurriculum.ID);
        int count = curriculum.sessions().size();
        Set<Integer> peerOnly = new HashSet<>();
        for (int k = 0; k < count; k++) {
            if (curriculum.sessions().get(k).format() == SessionFormat.PEER_ONLY) {
                peerOnly.add(k + 1);
            }
        }
        assertThat(peerOnly).as("the built-in curriculum has peer-only sessions").isNotEmpty();
        FormationResult result = GroupFormation.reform(changed, previous, effective,
                FormationSettings.builder().seed(3).maxIdleRounds(30).timeLimit(Duration.ofSeconds(20))
                        .randomBaselineDraws(1)
                        .sessions(count, 60, peerOnly).build());
        ProgramSchedule schedule = Scheduler.schedule(result.cohort(), curriculum, "groups.json");
        Map<String, List<WeeklyWindow>> windows = changed.participants().stream()
                .collect(Collectors.toMap(Participant::id, Participant::availability));
        for (GroupExplanation e : result.explanations()) {
            GroupSlot judged = e.slot();
            GroupSchedule placed = schedule.groups().stream().filter(g -> g.groupId().equals(e.groupId()))
                    .findFirst().orElseThrow();
            assertThat(judged.slot()).as(e.groupId()).isEqualTo(placed.slot());
            List<ScheduledSession> from = fromEffective(placed, effective);
            assertThat(judged.sessions()).extracting(GroupSlot.Session::number).as("%s session numbers", e.groupId())
                    .isEqualTo(from.stream().map(ScheduledSession::number).toList());
            int memberSessions = 0;
            int outside = 0;
            for (int k = 0; k < from.size(); k++) {
                ScheduledSession scheduled = from.get(k);
                GroupSlot.Session session = judged.sessions().get(k);
                String at = e.groupId() + " session " + scheduled.number();
                assertThat(session.start()).as(at).isEqualTo(scheduled.start().toInstant());
                Map<String, Boolean> verdicts = new HashMap<>();
                session.members().stream().filter(GroupSlot.MemberSession::invited)
                        .forEach(m -> verdicts.put(m.participantId(), m.inside()));
                assertThat(verdicts.keySet()).as("%s: members judged", at).isEqualTo(scheduled.members().stream()
                        .map(MemberTime::participantId).collect(Collectors.toSet()));
                for (MemberTime m : scheduled.members()) {
                    boolean byMinute = insideByMinute(windows.get(m.participantId()), m.start().getZone(),
                            scheduled.start(), (int) Duration.between(scheduled.start(), scheduled.end()).toMinutes());
                    assertThat(m.withinAvailability()).as("%s %s: schedule against the minute check", at,
                            m.participantId()).isEqualTo(byMinute);
                    assertThat(verdicts.get(m.participantId())).as("%s %s: match against schedule", at,
                            m.participantId()).isEqualTo(m.withinAvailability());
                    memberSessions++;
                    outside += byMinute ? 0 : 1;
                }
            }
            // Sessions dated before the effective date (in the slot's zone) are past: they invite only the group's
            // members from before, never someone who joined on the effective date.
            Group before = previous.stream().filter(g -> g.id().equals(e.groupId())).findFirst().orElse(null);
            if (before != null) {
                Set<String> earlier = new HashSet<>(before.memberIds());
                earlier.addAll(before.formerMemberIds());
                for (ScheduledSession past : placed.sessions()) {
                    if (!from.contains(past)) {
                        assertThat(past.members()).extracting(MemberTime::participantId)
                                .as("%s session %d, before the effective date", e.groupId(), past.number())
                                .allMatch(earlier::contains);
                    }
                }
            }
            assertThat(judged.memberSessions()).as("%s member-sessions", e.groupId()).isEqualTo(memberSessions);
            assertThat(judged.outside()).as("%s outside", e.groupId()).isEqualTo(outside);
        }
        return new Agreement(result, schedule, effective, windows);
    }

    /** Whether every minute of the session lies inside one of the windows, on the member's own clock. */
    private static boolean insideByMinute(List<WeeklyWindow> windows, ZoneId zone, ZonedDateTime start, int minutes) {
        for (int m = 0; m < minutes; m++) {
            LocalDateTime local = start.plusMinutes(m).withZoneSameInstant(zone).toLocalDateTime();
            int minute = local.getHour() * 60 + local.getMinute();
            boolean covered = windows.stream().anyMatch(w -> w.day() == local.getDayOfWeek()
                    && w.start().toSecondOfDay() / 60 <= minute
                    && minute < (w.end().equals(LocalTime.MIDNIGHT) ? 24 * 60 : w.end().toSecondOfDay() / 60));
            if (!covered) {
                return false;
            }
        }
        return true;
    }
}
