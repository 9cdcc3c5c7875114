package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.export.internal.PacketTexts;
import org.mentorkit.export.internal.PersonalHandbooks;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.testing.ExternalTools;

/**
 * A late joiner's handbook says they take part from their first session, not from the program's start: a mentor who
 * joins on 15 March (after session 3 on 9 March; sessions 4 and 5 of the built-in curriculum are peer-only, which
 * mentors do not attend) first meets the group at session 6 in June; a mentee who joins on 1 March first meets it at
 * session 3 in March; a member since the start keeps January. The PDF is read back with pdftotext (poppler-utils).
 */
class LateJoinerHandbookTests {

    private static Cohort cohort() {
        Cohort pilot = ExampleCohorts.pilotGrouped();
        List<Participant> people = List.of(person("LA", "Dana Ruiz", Role.MENTOR, "America/Los_Angeles"),
                person("AKL", "Aroha Ngata", Role.MENTEE, "Pacific/Auckland"),
                person("LON", "Ann Lee", Role.MENTEE, "Europe/London"),
                person("SYD", "Sam Lowe", Role.MENTEE, "Australia/Sydney"));
        Group group = new Group("g1", "Group 1", List.of("LA"), List.of("AKL", "LON", "SYD"),
                new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(13, 0), "America/Los_Angeles", 60))
                .withJoinDate("LA", LocalDate.of(2027, 3, 15)).withJoinDate("SYD", LocalDate.of(2027, 3, 1));
        return new Cohort(pilot.program(), people, List.of(group), null);
    }

    private static Participant person(String id, String name, Role role, String zone) {
        return new Participant(id, name, "", role, zone, List.of(), List.of(), "", "", "", "", Map.of(),
                role == Role.MENTOR ? 1 : 0, "", Map.of());
    }

    private static String intro(PersonalHandbooks handbooks, Cohort cohort, String id) {
        Participant p = cohort.participant(id).orElseThrow();
        String md = handbooks.handbook(p, handbooks.groupsOf(p)).documents().get(0).markdown();
        int at = md.indexOf("You take part");
        return md.substring(at, md.indexOf('\n', at));
    }

    @Test
    void aLateJoinerTakesPartFromTheirFirstSessionAndAMentorsFirstIsMentorLed() {
        Cohort cohort = cohort();
        assertThat(cohort.program().startDate()).isEqualTo(LocalDate.of(2027, 1, 12));
        PersonalHandbooks handbooks = new PersonalHandbooks(cohort, DefaultCurriculum.load(), Branding.defaults(),
                Optional.empty(), PacketTexts.of(Language.ENGLISH));

        assertThat(intro(handbooks, cohort, "LA")).isEqualTo("You take part as the mentor from June 2027 to July 2027.");
        assertThat(intro(handbooks, cohort, "SYD")).isEqualTo("You take part as a mentee from March 2027 to July 2027.");
        assertThat(intro(handbooks, cohort, "AKL")).isEqualTo("You take part as a mentee from January 2027 to July"
                + " 2027.");
    }

    @Test
    void theMentorsPdfHandbookSaysJune() throws Exception {
        Cohort cohort = cohort();
        Path out = ExampleCohorts.tempDir("late-joiner-handbooks");
        HandbookWriter.write(cohort, DefaultCurriculum.load(), Branding.defaults(), Optional.empty(), out,
                (done, total) -> { }, 1);
        ExternalTools.require("pdftotext");
        String text = Normalizer.normalize(PdfTools.pdftotext(out.resolve("handbooks/LA.pdf")), Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ");
        assertThat(text).contains("You take part as the mentor from June 2027 to July 2027.")
                .doesNotContain("from January 2027");
    }
}
