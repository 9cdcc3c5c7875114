package org.mentorkit.followup;

import java.io.IOException;
import java.io.InputStream;
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
import org.mentorkit.model.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessagesTests {

    private static final Instant DATE = Instant.parse("2027-06-01T09:00:00Z");
    private static final MailAddress FROM = new MailAddress("mentoring@example.org", "Mentoring Program");

    private final Cohort cohort = Fixtures.cohort();

    @TempDir
    Path dir;

    private MessageBatch reminders(SurveyLinks links) {
        SurveyStatus status = SurveyStatus.of(cohort, Fixtures.post(), List.of(Fixtures.responses()));
        return Reminders.build(cohort, Fixtures.post(), status, MailTemplates.builtIn(), links, FROM);
    }

    @Test
    void remindersGoExactlyToTheParticipantsWhoHaveNotFinished() {
        MessageBatch batch = reminders(SurveyLinks.none());

        assertThat(batch.messages()).extracting(MailMessage::participantId).containsExactlyElementsOf(Fixtures.NOT_COMPLETE);
        assertThat(batch.messages()).extracting(MailMessage::fileName)
                .containsExactly("reminder-M01.eml", "reminder-M04.eml", "reminder-M07.eml", "reminder-M11.eml");
        MailMessage partial = batch.messages().get(1);
        assertThat(partial.subject()).startsWith("Please finish");
        assertThat(partial.body()).contains("not complete yet");
        assertThat(batch.messages().get(0).subject()).startsWith("Reminder");
        assertThat(batch.messages().get(0).body()).contains("Dear " + Fixtures.ARABIC + ",")
                .contains("use the survey link you received earlier").doesNotContain("{{");
    }

    @Test
    void everyReminderParsesWithPythonsStrictParserWithNamesAndSubjectIntact() {
        PythonTool.requireModule("email", "python3");
        MessageBatch batch = reminders(SurveyLinks.pattern("https://survey.example.org/post?pid={id}"));
        List<Path> files = EmlFiles.write(batch.messages(), dir, DATE);

        List<Map<String, Object>> parsed = Json.list(PythonTool.run(script("strict_eml.py"),
                files.stream().map(Path::toString).toList()));

        assertThat(parsed).hasSize(4);
        Map<String, Object> first = parsed.get(0);
        assertThat(first).containsEntry("toName", Fixtures.ARABIC).containsEntry("toAddress", "m01@example.org")
                .containsEntry("fromAddress", "mentoring@example.org").containsEntry("unsent", "1")
                .containsEntry("asciiHeader", true).containsEntry("crlfOnly", true)
                .containsEntry("subject", "Reminder: After the program for Early-Career Peer Mentorship Program");
        assertThat(parsed.get(2)).containsEntry("toName", Fixtures.CHINESE);
        assertThat(content(first, 0)).contains("Dear " + Fixtures.ARABIC + ",")
                .contains("https://survey.example.org/post?pid=M01");
        assertThat((String) first.get("date")).contains("1 Jun 2027");
        assertThat((String) first.get("messageId")).endsWith("@example.org>");
    }

    @Test
    void aNonLatinSubjectFromASocietysTemplateIsEncodedAndReadBack() throws IOException {
        PythonTool.requireModule("email", "python3");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("reminder.md"), "Subject: تذكير: {{survey}} 提醒\n\nمرحبا {{name}}\n");
        SurveyStatus status = SurveyStatus.of(cohort, Fixtures.post(), List.of(Fixtures.responses()));
        MessageBatch batch = Reminders.build(cohort, Fixtures.post(), status, MailTemplates.withOverrides(templates),
                SurveyLinks.none(), FROM);
        List<Path> files = EmlFiles.write(batch.messages().subList(0, 1), dir.resolve("out"), DATE);

        Map<String, Object> parsed = Json.list(PythonTool.run(script("strict_eml.py"), List.of(files.get(0).toString()))).get(0);

        assertThat(parsed).containsEntry("subject", "تذكير: After the program 提醒").containsEntry("asciiHeader", true);
        assertThat(content(parsed, 0)).isEqualTo("مرحبا " + Fixtures.ARABIC + "\n");
        // the partial reminder still comes from the built-in template
        assertThat(batch.messages().get(1).subject()).startsWith("Please finish");
    }

    @Test
    void aTemplateNamingAnUnknownVariableIsRefusedWithFileAndLine() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("reminder.md"), "Subject: Hello\n\nDear {{name}},\n\n{{surveyLink}}\n");

        assertThatThrownBy(() -> Reminders.build(cohort, Fixtures.post(),
                SurveyStatus.of(cohort, Fixtures.post(), List.of(Fixtures.responses())),
                MailTemplates.withOverrides(templates), SurveyLinks.none(), FROM))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reminder.md:3").hasMessageContaining("{{surveyLink}} is not a variable")
                .hasMessageContaining("{{link}}");
    }

    @Test
    void personalLinksComeFromARedcapParticipantListByRecordOrEmail() throws IOException {
        Path list = dir.resolve("participants.csv");
        Files.writeString(list, "email,email_occurrence,identifier,record,invitation_sent_status,invitation_send_time,"
                + "response_status,survey_access_code,survey_link\n"
                + "m01@example.org,1,,M01,1,,0,AAAA1111,https://redcap.example.edu/surveys/?s=AAAA1111\n"
                + "M07@Example.org,1,,,1,,0,BBBB2222,https://redcap.example.edu/surveys/?s=BBBB2222\n"
                + "m11@example.org,1,,,0,,0,,\n");

        MessageBatch batch = reminders(SurveyLinks.participantList(list));

        assertThat(batch.messages().get(0).body()).contains("https://redcap.example.edu/surveys/?s=AAAA1111");
        assertThat(batch.messages().get(2).body()).contains("https://redcap.example.edu/surveys/?s=BBBB2222");
        assertThat(batch.withoutLink()).containsExactly("M04", "M11");
    }

    @Test
    void aParticipantListWithoutLinksIsRefused() throws IOException {
        Path list = dir.resolve("participants.csv");
        Files.writeString(list, "email,record\nm01@example.org,M01\n");

        assertThatThrownBy(() -> SurveyLinks.participantList(list)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("participants.csv:1").hasMessageContaining("no survey_link column");
    }

    @Test
    void invitationsCarryEachMembersOwnSessionsWithTheScheduleUidsAsARequestAnotherParserReads() throws IOException {
        PythonTool.requireModule("icalendar", "python3-icalendar");
        Path schedule = schedule();
        MessageBatch batch = Invitations.build(cohort, schedule, MailTemplates.builtIn(), FROM);
        assertThat(batch.messages()).hasSize(25);
        List<Path> files = EmlFiles.write(batch.messages(), dir.resolve("invitations"), DATE);

        List<Map<String, Object>> mails = Json.list(PythonTool.run(script("strict_eml.py"),
                files.stream().map(Path::toString).toList()));
        List<String> calendars = new ArrayList<>();
        for (int i = 0; i < mails.size(); i++) {
            List<Map<String, Object>> parts = parts(mails.get(i));
            assertThat(parts).extracting(p -> p.get("type"))
                    .containsExactly("multipart/alternative", "text/plain", "text/calendar");
            assertThat(parts.get(2).get("params")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("method", "REQUEST");
            Path ics = dir.resolve("calendar-" + i + ".ics");
            Files.writeString(ics, (String) parts.get(2).get("content"), StandardCharsets.UTF_8);
            calendars.add(ics.toString());
        }
        List<Map<String, Object>> read = Json.list(PythonTool.run(script("ics_check.py"), calendars));

        for (int i = 0; i < read.size(); i++) {
            MailMessage message = batch.messages().get(i);
            assertThat(read.get(i)).containsEntry("method", "REQUEST");
            List<Map<String, Object>> events = events(read.get(i));
            assertThat(events).isNotEmpty(); // mentors attend only the mentor-led sessions
            assertThat(events).extracting(e -> (String) e.get("uid"))
                    .containsExactlyElementsOf(uids(schedule.resolve("participant-" + message.participantId() + ".ics")));
            assertThat(events).allSatisfy(e -> assertThat((String) e.get("organizer")).isEqualTo("mailto:mentoring@example.org"));
            assertThat(events).allSatisfy(e -> assertThat((String) e.get("zone"))
                    .isEqualTo(cohort.participant(message.participantId()).orElseThrow().timeZone()));
        }
        MailMessage m01 = batch.messages().stream().filter(m -> m.participantId().equals("M01")).findFirst().orElseThrow();
        assertThat(m01.subject()).isEqualTo("Your Early-Career Peer Mentorship Program sessions with Group 1");
        assertThat(m01.body()).contains("Dear " + Fixtures.ARABIC).contains("(America/Sao_Paulo)")
                .contains("- Tuesday, January 12, 2027, ");
    }

    @Test
    void invitationsNameEveryMemberWhoseCalendarIsMissing() throws IOException {
        Path schedule = schedule();
        Files.delete(schedule.resolve("participant-M03.ics"));
        Files.delete(schedule.resolve("participant-T2.ics"));

        assertThatThrownBy(() -> Invitations.build(cohort, schedule, MailTemplates.builtIn(), FROM))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("participant-M03.ics: missing").hasMessageContaining("participant-T2.ics: missing");
    }

    @Test
    void invitationsRefuseCalendarsOfAnotherGroup() throws IOException {
        Path schedule = schedule();
        Files.copy(schedule.resolve("participant-M05.ics"), schedule.resolve("participant-M01.ics"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> Invitations.build(cohort, schedule, MailTemplates.builtIn(), FROM))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("participant-M01.ics").hasMessageContaining("not one of this program's and group's");
    }

    @Test
    void invitationsRefuseAScheduleMadeFromAnotherSlotThanTheGroupsFileSays() throws IOException {
        // Review 3, item 3: a schedule folder made before the slot changed gave invitations at the old time, exit 0.
        Curriculum curriculum = CurriculumRegistry.discover().curriculumOrFile(DefaultCurriculum.ID);
        var program = Scheduler.schedule(cohort, curriculum, "cohort.json");
        List<org.mentorkit.model.Group> saved = new ArrayList<>();
        for (org.mentorkit.model.Group g : cohort.groups()) {
            saved.add(g.withSlot(program.groups().stream().filter(s -> s.groupId().equals(g.id())).findFirst()
                    .orElseThrow().slot()));
        }
        Cohort withSlots = cohort.withGroups(saved);
        Path schedule = schedule();
        assertThat(Invitations.build(withSlots, schedule, MailTemplates.builtIn(), FROM).messages())
                .as("the slots the schedule was made from").isNotEmpty();

        // The groups file's slot of g1 an hour earlier (edited, or changed by re-forming from the start).
        org.mentorkit.model.MeetingSlot was = saved.get(0).slot();
        org.mentorkit.model.MeetingSlot earlier = new org.mentorkit.model.MeetingSlot(was.day(), was.time().minusHours(1),
                was.timeZone(), was.durationMinutes());
        List<org.mentorkit.model.Group> edited = new ArrayList<>(saved);
        edited.set(0, saved.get(0).withSlot(earlier));
        assertThatThrownBy(() -> Invitations.build(cohort.withGroups(edited), schedule, MailTemplates.builtIn(), FROM))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("group g1's slot in the groups file is " + was.day() + " " + earlier.time() + " "
                        + was.timeZone() + ", but this calendar's session starts " + was.day())
                .hasMessageContaining(was.time() + " " + was.timeZone())
                .hasMessageContaining("run 'mentorkit schedule' again")
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).as("once for the group, not per member")
                        .hasSize(1))
                .hasMessageNotContaining("group g2");

        // A re-forming that changed g1's slot from a date on: the sessions before it agree, the later ones do not.
        java.time.LocalDate change = java.time.LocalDate.of(2027, 4, 1);
        edited.set(0, saved.get(0).withSlotChange(earlier, change));
        assertThatThrownBy(() -> Invitations.build(cohort.withGroups(edited), schedule, MailTemplates.builtIn(), FROM))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("group g1's slot in the groups file is " + was.day() + " " + earlier.time());
    }

    private Path schedule() {
        Curriculum curriculum = CurriculumRegistry.discover().curriculumOrFile(DefaultCurriculum.ID);
        Path out = dir.resolve("schedule");
        ScheduleOutputs.writeAll(Scheduler.schedule(cohort, curriculum, "cohort.json"), cohort, curriculum, out, DATE);
        return out;
    }

    private static List<String> uids(Path ics) throws IOException {
        List<String> uids = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^UID:(.*?)\r?$").matcher(Files.readString(ics).replace("\r\n ", ""));
        while (m.find()) {
            uids.add(m.group(1));
        }
        return uids;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parts(Map<String, Object> mail) {
        return (List<Map<String, Object>>) mail.get("parts");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(Map<String, Object> calendar) {
        return (List<Map<String, Object>>) calendar.get("events");
    }

    private static String content(Map<String, Object> mail, int part) {
        return (String) parts(mail).get(part).get("content");
    }

    static String script(String name) {
        try (InputStream in = MessagesTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
