package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.curriculum.schedule.GroupSchedule;
import org.mentorkit.export.internal.PersonalHandbooks;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;

/**
 * Rosters and personal handbooks give every session's local time with the real shift: a Los Angeles group with a
 * New Zealand member (2027: Los Angeles moves to PDT on 14 March, Auckland leaves NZDT on 4 April), where 13:00 on
 * second Tuesdays in Los Angeles is Wednesday 10:00 in Auckland until March and 08:00 from April.
 */
class SessionTimesInDocumentsTests {

    private static Cohort cohort() {
        Cohort pilot = ExampleCohorts.pilotGrouped();
        List<Participant> people = List.of(person("LA", "Dana Ruiz", Role.MENTOR, "America/Los_Angeles"),
                person("AKL", "Aroha Ngata", Role.MENTEE, "Pacific/Auckland"),
                person("LON", "Ann Lee", Role.MENTEE, "Europe/London"),
                person("SYD", "王秀英", Role.MENTEE, "Australia/Sydney"));
        Group group = new Group("g1", "Group 1", List.of("LA"), List.of("AKL", "LON", "SYD"),
                new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(13, 0), "America/Los_Angeles", 60))
                .withJoinDate("SYD", LocalDate.of(2027, 3, 1));
        return new Cohort(pilot.program(), people, List.of(group), null);
    }

    private static Participant person(String id, String name, Role role, String zone) {
        return new Participant(id, name, "", role, zone, List.of(), List.of(), "", "", "", "", Map.of(),
                role == Role.MENTOR ? 1 : 0, "", Map.of());
    }

    @Test
    void rostersGiveEveryMembersTimeOfEverySessionWithTheTwoHourShift() {
        Cohort cohort = cohort();
        assertThat(cohort.program().startDate()).isEqualTo(LocalDate.of(2027, 1, 12));
        Packet packet = PacketBuilder.forProgram(cohort.program()).cohort(cohort).results(Fixtures.results()).build();
        String rosters = packet.documents().stream().filter(d -> d.id().equals("rosters")).findFirst().orElseThrow()
                .markdown();

        assertThat(rosters).contains("Local time of every session")
                .contains("| Aroha Ngata | Mentee |  | Pacific/Auckland |")
                .contains("- Aroha Ngata: Wednesday 10:00 AM for sessions 1-3; Wednesday 8:00 AM for sessions 4-6 (2 hours "
                        + "earlier: a clock change)")
                .contains("- Dana Ruiz: Tuesday 1:00 PM for every session")
                .contains("- 王秀英: Wednesday 8:00 AM for session 3; Wednesday 6:00 AM for sessions 4-6 (2 hours earlier: a clock "
                        + "change)")
                .doesNotContain("can move them by an hour", "First session");
    }

    @Test
    void aHandbookListsEverySessionInTheMembersZoneMarksThoseBeforeTheyJoinedAndNamesTheShift() {
        Cohort cohort = cohort();
        PersonalHandbooks handbooks = new PersonalHandbooks(cohort, DefaultCurriculum.load(), Branding.defaults(),
                Optional.empty(), org.mentorkit.export.internal.PacketTexts.of(org.mentorkit.model.i18n.Language.ENGLISH));
        Participant sydney = cohort.participant("SYD").orElseThrow();
        List<GroupSchedule> group = handbooks.groupsOf(sydney);

        String markdown = handbooks.handbook(sydney, group).documents().get(0).markdown();

        // 21:00 UTC is 08:00 AEDT (+11) until 4 April; 20:00 UTC is 06:00 AEST (+10) after.
        assertThat(markdown).contains("| 1 | Kickoff: goals, expectations and our group compact | Wednesday, January 13, 2027, 8:00 AM | "
                + "before you joined |")
                .contains("| 3 | Self-advocacy and negotiation | Wednesday, March 10, 2027, 8:00 AM | with the mentor |")
                .contains("| 4 | Work-life integration and burnout | Wednesday, April 14, 2027, 6:00 AM (2 hours earlier than before) | "
                        + "peers only |");
        Participant auckland = cohort.participant("AKL").orElseThrow();
        assertThat(handbooks.handbook(auckland, group).documents().get(0).markdown())
                .contains("Wednesday, April 14, 2027, 8:00 AM (2 hours earlier than before)");
    }

    @Test
    void aHandbooksRosterListsTheGroupsCurrentMembersNotOneWhoMovedToAnotherGroup() {
        // London moved from g1 to g2 on 1 March: she stays in g1's sessions 1-2, but g1's roster (handed to its
        // members in their handbooks) lists only who is in g1 now; g2's lists her.
        Cohort base = cohort();
        List<Participant> people = new java.util.ArrayList<>(base.participants());
        people.add(person("PAR", "Paul Roy", Role.MENTEE, "Europe/Paris"));
        people.add(person("NYC", "Nia Cole", Role.MENTOR, "America/New_York"));
        people.add(person("BE1", "Berta Eins", Role.MENTEE, "Europe/Berlin"));
        people.add(person("BE2", "Bodo Zwei", Role.MENTEE, "Europe/Berlin"));
        LocalDate moved = LocalDate.of(2027, 3, 1);
        Group g1 = new Group("g1", "Group 1", List.of("LA"), List.of("AKL", "SYD", "PAR"), base.groups().get(0).slot())
                .withJoinDate("SYD", moved).withLeaveDate("LON", moved);
        Group g2 = new Group("g2", "Group 2", List.of("NYC"), List.of("BE1", "BE2", "LON"), base.groups().get(0).slot())
                .withJoinDate("LON", moved);
        Cohort cohort = new Cohort(base.program(), people, List.of(g1, g2), null);
        PersonalHandbooks handbooks = new PersonalHandbooks(cohort, DefaultCurriculum.load(), Branding.defaults(),
                Optional.empty(), org.mentorkit.export.internal.PacketTexts.of(org.mentorkit.model.i18n.Language.ENGLISH));
        Participant auckland = cohort.participant("AKL").orElseThrow();
        Participant london = cohort.participant("LON").orElseThrow();
        List<GroupSchedule> first = handbooks.groupsOf(auckland);

        assertThat(handbooks.handbook(auckland, first).documents().get(0).markdown())
                .contains("Aroha Ngata", "Paul Roy").doesNotContain("Ann Lee");
        assertThat(handbooks.handbook(london, handbooks.groupsOf(london)).documents().get(0).markdown())
                .contains("Ann Lee", "Berta Eins");
        // The schedule itself still has London in g1's sessions before she moved.
        assertThat(first.get(0).sessions().get(0).members()).anyMatch(m -> m.participantId().equals("LON"));
        assertThat(first.get(0).sessions().get(2).members()).noneMatch(m -> m.participantId().equals("LON"));
    }
}
