package org.mentorkit.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.CurriculumRegistry;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.curriculum.schedule.ScheduleOutputs;
import org.mentorkit.curriculum.schedule.Scheduler;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.i18n.Language;

/**
 * Messages are written in the program's language: subject, body and session dates of an invitation, subject, body and
 * survey title of a reminder (they used to be English whatever the program's language). Each .eml is read back by
 * Python's strict email parser, which decodes the RFC 2047 subject and the UTF-8 body. The expected texts are written
 * by hand; M01 is in America/Sao_Paulo and group g1's first session is on Tuesday 12 January 2027.
 */
class MailLanguagesTests {

    private static final MailAddress FROM = new MailAddress("mentoring@example.org", "Mentoring Program");
    private static final Instant DATE = Instant.parse("2027-01-02T09:00:00Z");

    @TempDir
    Path dir;

    private static Cohort cohort(String language) {
        Cohort pilot = Fixtures.cohort();
        return new Cohort(pilot.program().toBuilder().language(language).build(), pilot.participants(), pilot.groups(),
                pilot.constraints());
    }

    private Map<String, Object> invitationOfM01(String language) throws IOException {
        Cohort cohort = cohort(language);
        Curriculum curriculum = CurriculumRegistry.discover().curriculumOrFile(DefaultCurriculum.ID);
        Path schedule = dir.resolve("schedule-" + language);
        ScheduleOutputs.writeAll(Scheduler.schedule(cohort, curriculum, "cohort.json"), cohort, curriculum, schedule,
                Instant.parse("2027-01-01T00:00:00Z"), Language.of(language));
        MessageBatch batch = Invitations.build(cohort, schedule, MailTemplates.builtIn(), FROM);
        MailMessage m01 = batch.messages().stream().filter(m -> m.participantId().equals("M01")).findFirst()
                .orElseThrow();
        return parsed(m01, "mail-" + language);
    }

    private Map<String, Object> parsed(MailMessage message, String folder) throws IOException {
        List<Path> files = EmlFiles.write(List.of(message), dir.resolve(folder), DATE);
        return Json.list(PythonTool.run(MessagesTests.script("strict_eml.py"), List.of(files.get(0).toString()))).get(0);
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> mail) {
        Map<String, Object> plain = ((List<Map<String, Object>>) mail.get("parts")).stream()
                .filter(p -> "text/plain".equals(p.get("type"))).findFirst().orElseThrow();
        assertThat((Map<String, Object>) plain.get("params")).containsEntry("charset", "UTF-8");
        return ((String) plain.get("content")).replace("\r\n", "\n");
    }

    @Test
    void aPortugueseProgramsInvitationIsInPortugueseWithPortugueseDates() throws IOException {
        Map<String, Object> mail = invitationOfM01("pt-BR");

        assertThat(mail).containsEntry("subject", "Early-Career Peer Mentorship Program: suas sessões (Group 1)")
                .containsEntry("asciiHeader", true);
        String body = text(mail);
        assertThat(body).startsWith("Prezado(a) " + Fixtures.ARABIC + ",\n\nBoas-vindas a Early-Career Peer Mentorship"
                        + " Program. Seu grupo: **Group 1**.")
                .contains("no seu fuso horário (America/Sao_Paulo):")
                .contains("\n- terça-feira, 12 de janeiro de 2027, 14:00: Early-Career Peer Mentorship Program: sessão 1")
                .contains("Dúvidas? Escreva para mentoring@example.org.")
                .doesNotContain("Dear", "Welcome", "sessions", " Jan ", "Tue ");
    }

    @Test
    void aJapaneseProgramsInvitationIsInJapaneseWithJapaneseDates() throws IOException {
        Map<String, Object> mail = invitationOfM01("ja");

        assertThat(mail).containsEntry("subject", "Early-Career Peer Mentorship Program：セッションのご案内（Group 1）")
                .containsEntry("asciiHeader", true);
        String body = text(mail);
        assertThat(body).startsWith(Fixtures.ARABIC + " 様\n\nEarly-Career Peer Mentorship Programへようこそ。")
                .contains("あなたのタイムゾーン（America/Sao_Paulo）")
                .contains("\n- 2027年1月12日火曜日 14:00：Early-Career Peer Mentorship Program：セッション1")
                .contains("ご不明な点は mentoring@example.org までお問い合わせください。")
                .doesNotContain("Dear", "Welcome", "sessions", " Jan ", "Tue ");
    }

    @Test
    void remindersAreInTheProgramsLanguageWithTheTranslatedSurveyTitle() throws IOException {
        Cohort cohort = cohort("pt-BR");
        SurveyStatus status = SurveyStatus.of(cohort, Fixtures.post(), List.of(Fixtures.responses()));
        MessageBatch batch = Reminders.build(cohort, Fixtures.post(), status, MailTemplates.builtIn(), SurveyLinks.none(),
                FROM);

        Map<String, Object> reminder = parsed(batch.messages().get(0), "reminders");
        assertThat(reminder).containsEntry("subject", "Lembrete: Depois do programa (Early-Career Peer Mentorship Program)");
        assertThat(text(reminder)).startsWith("Prezado(a) " + Fixtures.ARABIC + ",\n\nAinda não recebemos suas respostas"
                + " ao questionário **Depois do programa** de Early-Career Peer Mentorship Program.")
                .contains("Use o link do questionário que você recebeu antes.").doesNotContain("Dear", "{{");
        Map<String, Object> partial = parsed(batch.messages().get(1), "partial");
        assertThat(partial).containsEntry("subject", "Por favor, conclua: Depois do programa (Early-Career Peer Mentorship"
                + " Program)");
        assertThat(text(partial)).contains("Suas respostas ainda não estão completas");
    }
}
