package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.curriculum.schedule.GroupSchedule;
import org.mentorkit.curriculum.schedule.ScheduledSession;
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
 * A mentor who leads two groups gets one handbook with both groups: each group's roster and each group's session
 * dates in the mentor's own zone (review finding D11: it used to show the first group only). The dates are checked
 * against java.time's own conversion of the scheduled instants and, in the PDF, read back with pdftotext.
 */
class TwoGroupMentorHandbookTests {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    /** Mentor LA leads g1 (Tuesdays 13:00 Los Angeles) from the start and g2 (Thursdays 08:00 Los Angeles) from 1 March. */
    private static Cohort cohort() {
        Cohort pilot = ExampleCohorts.pilotGrouped();
        List<Participant> people = List.of(person("LA", "Dana Ruiz", Role.MENTOR, "America/Los_Angeles", 2),
                person("AKL", "Aroha Ngata", Role.MENTEE, "Pacific/Auckland", 0),
                person("LON", "Ann Lee", Role.MENTEE, "Europe/London", 0),
                person("SYD", "Sam Lowe", Role.MENTEE, "Australia/Sydney", 0),
                person("NYC", "Nia Cole", Role.MENTEE, "America/New_York", 0),
                person("PAR", "Paul Roy", Role.MENTEE, "Europe/Paris", 0),
                person("BER", "Berta Eins", Role.MENTEE, "Europe/Berlin", 0));
        Group g1 = new Group("g1", "Group 1", List.of("LA"), List.of("AKL", "LON", "SYD"),
                new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(13, 0), "America/Los_Angeles", 60));
        Group g2 = new Group("g2", "Group 2", List.of("LA"), List.of("NYC", "PAR", "BER"),
                new MeetingSlot(DayOfWeek.THURSDAY, LocalTime.of(8, 0), "America/Los_Angeles", 60))
                .withJoinDate("LA", LocalDate.of(2027, 3, 1));
        return new Cohort(pilot.program(), people, List.of(g1, g2), null);
    }

    private static Participant person(String id, String name, Role role, String zone, int capacity) {
        return new Participant(id, name, "", role, zone, List.of(), List.of(), "", "", "", "", Map.of(), capacity, "",
                Map.of());
    }

    private static PersonalHandbooks handbooks(Cohort cohort, Language language, Optional<Path> templates) {
        return new PersonalHandbooks(cohort, DefaultCurriculum.load(), Branding.defaults(), templates,
                PacketTexts.of(language));
    }

    private static String markdown(PersonalHandbooks handbooks, Cohort cohort, String id) {
        Participant p = cohort.participant(id).orElseThrow();
        return handbooks.handbook(p, handbooks.groupsOf(p)).documents().get(0).markdown();
    }

    /** "Tuesday, January 12, 2027, 1:00 PM" by java.time, for the sessions of {@code group} the mentor attends. */
    private static List<String> mentorsLocalTimes(GroupSchedule group, String mentorId) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy, h:mm a", Locale.US);
        return group.sessions().stream()
                .filter(s -> s.members().stream().anyMatch(m -> m.participantId().equals(mentorId)))
                .map(ScheduledSession::start).map(start -> start.withZoneSameInstant(LOS_ANGELES))
                .map((ZonedDateTime local) -> local.format(format)).toList();
    }

    /** Spaces of every kind (ICU puts a narrow no-break space before "PM") read as one plain space. */
    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u202f\\u00a0]+", " ");
    }

    @Test
    void aMentorOfTwoGroupsSeesBothRostersAndBothGroupsSessionDatesInTheirZone() {
        Cohort cohort = cohort();
        PersonalHandbooks handbooks = handbooks(cohort, Language.ENGLISH, Optional.empty());
        Participant mentor = cohort.participant("LA").orElseThrow();
        List<GroupSchedule> groups = handbooks.groupsOf(mentor);
        assertThat(groups).extracting(GroupSchedule::groupId).containsExactly("g1", "g2");

        String md = plain(markdown(handbooks, cohort, "LA"));

        assertThat(md).contains("## Your group: Group 1", "## Your group: Group 2", "## Your session dates in Group 1",
                "## Your session dates in Group 2");
        assertThat(md).contains("Aroha Ngata", "Ann Lee", "Sam Lowe", "Nia Cole", "Paul Roy", "Berta Eins");
        List<String> g1Times = mentorsLocalTimes(groups.get(0), "LA");
        List<String> g2Times = mentorsLocalTimes(groups.get(1), "LA");
        assertThat(g1Times).hasSize(3);
        assertThat(g2Times).isNotEmpty().allMatch(t -> t.startsWith("Thursday"));
        for (String time : g1Times) {
            assertThat(md).contains(time);
        }
        for (String time : g2Times) {
            assertThat(md).contains(time);
        }
        // Each group's dates stand under its own heading.
        int g2Dates = md.indexOf("## Your session dates in Group 2");
        assertThat(md.indexOf(g1Times.get(0))).isLessThan(g2Dates);
        assertThat(md.indexOf(g2Times.get(0))).isGreaterThan(g2Dates);
        // The mentor has led group 1 since the start, so the handbook does not call them a late joiner.
        assertThat(md).contains("You take part as the mentor from January 2027 to July 2027.");
    }

    @Test
    void aMemberOfOneGroupKeepsTheSingleGroupHeadings() {
        Cohort cohort = cohort();
        String md = markdown(handbooks(cohort, Language.ENGLISH, Optional.empty()), cohort, "NYC");

        assertThat(md).contains("## Your group\n", "## Your session dates\n").doesNotContain("Group 1", "Your group:");
    }

    @Test
    void theHeadingsNameEachGroupInEveryLanguage() {
        Cohort cohort = cohort();
        assertThat(markdown(handbooks(cohort, new Language("fr"), Optional.empty()), cohort, "LA"))
                .contains("## Votre groupe : Group 1", "## Votre groupe : Group 2");
        assertThat(markdown(handbooks(cohort, new Language("ja"), Optional.empty()), cohort, "LA"))
                .contains("## あなたのグループ：Group 1", "## Group 2でのあなたのセッション日程");
    }

    @Test
    void aSocietysTemplateThatShowsOneGroupIsRefusedForAMentorOfTwoNotSilentlyCut() throws Exception {
        Cohort cohort = cohort();
        Path templates = ExampleCohorts.tempDir("one-group-template");
        Files.writeString(templates.resolve(PersonalHandbooks.TEMPLATE),
                "# {{name}}\n\n{{groupName}}\n\n{{#personalSessions}}\n- {{when}}\n{{/personalSessions}}\n");
        Path out = ExampleCohorts.tempDir("one-group-template-out");
        // A handbook written earlier stays as it was: the refusal comes before any file is replaced.
        Path earlier = out.resolve("handbooks/LA.pdf");
        Files.createDirectories(earlier.getParent());
        Files.writeString(earlier, "an earlier handbook");
        try (var old = Files.list(earlier.getParent())) {
            for (Path p : old.toList()) {
                if (!p.equals(earlier)) {
                    Files.delete(p);
                }
            }
        }

        assertThatThrownBy(() -> HandbookWriter.write(cohort, DefaultCurriculum.load(), Branding.defaults(),
                Optional.of(templates), out, (done, total) -> { }, 1))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining(templates.resolve(PersonalHandbooks.TEMPLATE).toString())
                .hasMessageContaining("participant LA is in 2 groups (g1, g2)")
                .hasMessageContaining("{{#groups}}");
        try (var left = Files.list(earlier.getParent())) {
            assertThat(left.toList()).containsExactly(earlier);
        }
        assertThat(earlier).hasContent("an earlier handbook");

        // The same template still serves members of one group.
        String md = markdown(handbooks(cohort, Language.ENGLISH, Optional.of(templates)), cohort, "NYC");
        assertThat(md).contains("Group 2");
    }

    @Test
    void thePdfHandbookOfTheMentorListsBothGroupsForPdftotext() throws Exception {
        Cohort cohort = cohort();
        Path out = ExampleCohorts.tempDir("two-group-handbooks");
        HandbookWriter.write(cohort, DefaultCurriculum.load(), Branding.defaults(), Optional.empty(), out,
                (done, total) -> { }, 1);
        ExternalTools.require("pdftotext");
        String text = plain(PdfTools.pdftotext(out.resolve("handbooks/LA.pdf")));
        PersonalHandbooks handbooks = handbooks(cohort, Language.ENGLISH, Optional.empty());
        List<GroupSchedule> groups = handbooks.groupsOf(cohort.participant("LA").orElseThrow());

        assertThat(text).contains("Your group: Group 1", "Your group: Group 2", "Nia Cole", "Aroha Ngata");
        for (GroupSchedule group : groups) {
            for (String time : mentorsLocalTimes(group, "LA")) {
                assertThat(text).contains(time);
            }
        }
    }
}
