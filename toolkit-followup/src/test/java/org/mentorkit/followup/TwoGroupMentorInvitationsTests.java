package org.mentorkit.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.CurriculumRegistry;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.curriculum.schedule.ScheduleOutputs;
import org.mentorkit.curriculum.schedule.Scheduler;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.Participant;

/**
 * A mentor who leads two groups ({@code capacity} 2) has both groups' sessions in one calendar. Invitations used to
 * check that calendar against one group at a time and refused the whole cohort; now the mentor gets one invitation with
 * every session of both groups they attend, and every other member gets theirs. Read back with Python's strict email
 * parser and its icalendar package; the number of sessions is counted from the curriculum file's session kinds.
 */
class TwoGroupMentorInvitationsTests {

    private static final Path CURRICULUM = Path.of("..", "toolkit-curriculum", "src", "main", "resources", "org",
            "mentorkit", "curriculum", "internal", "default-curriculum.json");
    private static final MailAddress FROM = new MailAddress("mentoring@example.org", "Mentoring Program");

    @TempDir
    Path dir;

    @Test
    void aMentorOfTwoGroupsGetsOneInvitationWithBothGroupsSessionsAndNobodyIsBlocked() throws IOException {
        PythonTool.requireModule("icalendar", "python3-icalendar");
        Cohort pilot = Fixtures.cohort();
        List<Participant> people = new ArrayList<>();
        for (Participant p : pilot.participants()) {
            people.add(p.id().equals("T1") ? p.toBuilder().capacity(2).build() : p);
        }
        List<Group> groups = new ArrayList<>(pilot.groups());
        Group second = groups.get(1);
        groups.set(1, new Group(second.id(), second.name(), List.of("T1"), second.menteeIds(), null));
        Cohort cohort = new Cohort(pilot.program(), people, groups, pilot.constraints());
        Curriculum curriculum = CurriculumRegistry.discover().curriculumOrFile(DefaultCurriculum.ID);
        Path schedule = dir.resolve("schedule");
        ScheduleOutputs.writeAll(Scheduler.schedule(cohort, curriculum, "cohort.json"), cohort, curriculum, schedule,
                Instant.parse("2027-01-01T00:00:00Z"));

        MessageBatch batch = Invitations.build(cohort, schedule, MailTemplates.builtIn(), FROM);

        long members = groups.stream().flatMap(g -> g.memberIds().stream()).distinct().count();
        assertThat(batch.messages()).hasSize((int) members);
        assertThat(batch.messages()).extracting(MailMessage::participantId).doesNotHaveDuplicates();
        MailMessage mentor = batch.messages().stream().filter(m -> m.participantId().equals("T1")).findFirst()
                .orElseThrow();
        assertThat(mentor.subject()).endsWith("with Group 1 and Group 2");
        List<Path> files = EmlFiles.write(List.of(mentor), dir.resolve("mail"), Instant.parse("2027-01-02T09:00:00Z"));
        List<Map<String, Object>> mails = Json.list(PythonTool.run(MessagesTests.script("strict_eml.py"),
                List.of(files.get(0).toString())));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parts = (List<Map<String, Object>>) mails.get(0).get("parts");
        Path ics = dir.resolve("mentor.ics");
        Files.writeString(ics, (String) parts.get(2).get("content"), StandardCharsets.UTF_8);
        List<Map<String, Object>> read = Json.list(PythonTool.run(MessagesTests.script("ics_check.py"),
                List.of(ics.toString())));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) read.get(0).get("events");

        long mentorLed = mentorLedSessions();
        String program = cohort.program().id();
        assertThat(events).extracting(e -> (String) e.get("uid")).filteredOn(u -> u.startsWith(program + ".g1."))
                .hasSize((int) mentorLed);
        assertThat(events).extracting(e -> (String) e.get("uid")).filteredOn(u -> u.startsWith(program + ".g2."))
                .hasSize((int) mentorLed);
        assertThat(events).hasSize((int) (2 * mentorLed));
        assertThat((String) parts.get(1).get("content")).contains("Your " + 2 * mentorLed + " sessions");
    }

    /** The sessions the built-in curriculum's file marks mentor-led (a mentor attends only those). */
    private static long mentorLedSessions() throws IOException {
        Matcher m = Pattern.compile("\"format\"\\s*:\\s*\"([A-Z_]+)\"").matcher(Files.readString(CURRICULUM));
        long count = 0;
        while (m.find()) {
            count += m.group(1).equals("MENTOR_LED") ? 1 : 0;
        }
        assertThat(count).as("mentor-led sessions in the curriculum file").isPositive();
        return count;
    }
}
