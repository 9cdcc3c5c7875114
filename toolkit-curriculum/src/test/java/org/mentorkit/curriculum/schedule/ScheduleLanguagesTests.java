package org.mentorkit.curriculum.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.curriculum.EnglishLabels;
import org.mentorkit.curriculum.internal.CurriculumTranslation;
import org.mentorkit.curriculum.internal.Labels;
import org.mentorkit.curriculum.internal.text.LocalTimes;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.LocalFormats;

/**
 * Calendars and schedule.md in each built-in language: no English fixed wording left (the list is built from the
 * English resource), dates, weekdays and times the language's way, the calendar read back by Python's icalendar with
 * the LANGUAGE parameter, and the same UIDs and SEQUENCE as in English.
 */
class ScheduleLanguagesTests {

    private static final Instant STAMP = Instant.parse("2026-11-27T12:00:00Z");

    @TempDir
    Path dir;

    /**
     * The five-city group under a neutral name ("Group 1" would itself be an English word in the output), with a
     * blackout date on session 2's cadence date, so that every document also says that a session moved.
     */
    private final Cohort cohort = new Cohort(Fixtures.program(Fixtures.monthlySecondTuesday(
            List.of(LocalDate.of(2027, 2, 9)), BlackoutRule.NEXT_WEEK),
            Fixtures.START, 6), Fixtures.fiveCities(), List.of(new Group("g1", "Lisboa-Tóquio", List.of("NY1"),
            List.of("LDN", "KOL", "SYD", "SAO"), Fixtures.newYorkTuesday1700())), MatchingConstraints.none());

    private record Run(Curriculum curriculum, ProgramSchedule schedule) {
    }

    private Run run(Language language) {
        Curriculum curriculum = DefaultCurriculum.load(language);
        return new Run(curriculum, Scheduler.schedule(cohort, curriculum, "groups.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "pt-BR", "de", "ja"})
    void scheduleMarkdownHasNoEnglishLabelAndDatesInTheLanguage(String tag) {
        Language language = Language.of(tag);
        Run run = run(language);
        String md = ScheduleReports.markdown(run.schedule(), cohort, language);
        List<String> english = EnglishLabels.leftOver(Labels.SCHEDULE, language);
        assertThat(english).contains("Meeting slot", "for every session", "moved from");
        // The coordinator's notes are in English like every command-line message (documented): left out here.
        assertThat(md).contains("\n## " + Labels.of(Labels.SCHEDULE, language).get("notes.heading") + "\n");
        String document = md.substring(0, md.indexOf("\n## " + Labels.of(Labels.SCHEDULE, language).get("notes.heading")));
        assertThat(document).contains(org.mentorkit.model.internal.text.MarkdownText.escape(Adjustment.describe(
                run.schedule().groups().get(0).sessions().get(1).adjustments(), language)));
        assertThat(EnglishLabels.foundIn(document, english)).as("English labels in the %s schedule.md", tag).isEmpty();
        LocalFormats formats = LocalFormats.of(language);
        // Session 1 is on Tuesday 12 January 2027 at 17:00 in New York, Wednesday 13 January in Sydney.
        assertThat(md).contains(formats.fullDate(LocalDate.of(2027, 1, 12)))
                .contains(formats.fullDate(LocalDate.of(2027, 1, 13)))
                .contains(formats.weekday(DayOfWeek.TUESDAY) + " " + formats.time(java.time.LocalTime.of(17, 0)))
                .contains(run.curriculum().sessions().get(0).title());
        for (String text : CurriculumTranslation.texts(DefaultCurriculum.load()).values()) {
            assertThat(md).doesNotContain(text);
        }
    }

    @Test
    void spanishScheduleReadsAsSpanish() {
        Language es = Language.of("es");
        String md = ScheduleReports.markdown(run(es).schedule(), cohort, es);
        assertThat(md).contains("# Calendario de sesiones: Five Cities Mentoring")
                .contains("| 2 | Desarrollar su charla insignia (trasladada del 9 feb 2027 (fecha bloqueada) al 16 feb 2027 por "
                        + "la regla NEXT\\_WEEK) | Entre pares | martes, 16 de febrero de 2027 17:00 America/New_York |")
                .contains("Horario de reunión: martes 17:00 America/New_York.")
                .contains("| 1 | Inicio: metas, expectativas y el pacto de nuestro grupo | Con mentor/a | martes, 12 de enero de 2027 17:00 America/New_York |")
                .contains("(Australia/Sydney): miércoles 9:00 en las sesiones 1-3; miércoles 7:00 en las sesiones 4-6 "
                        + "(2 horas antes: un cambio de hora)");
    }

    @Test
    void adjustmentsAreSaidInTheLanguage() {
        List<Adjustment> moved = List.of(new Adjustment.BlackoutMove(LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 16)));
        assertThat(Adjustment.describe(moved, Language.of("es")))
                .isEqualTo("trasladada del 9 feb 2027 (fecha bloqueada) al 16 feb 2027 por la regla NEXT_WEEK");
        assertThat(Adjustment.describe(moved, Language.ENGLISH))
                .isEqualTo("moved from Feb 9, 2027 (blackout date) to Feb 16, 2027 by the NEXT_WEEK rule");
        List<Adjustment> both = List.of(new Adjustment.HeldAfterSlotChange(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 3),
                LocalDate.of(2027, 3, 4)), new Adjustment.ClockGap(java.time.LocalTime.of(2, 30), LocalDate.of(2027, 3, 14),
                "America/New_York", java.time.LocalTime.of(3, 30)));
        assertThat(Adjustment.describe(both, Language.of("de"))).isEqualTo("der Termin laut Rhythmus, 02.03.2027, lag vor der "
                + "Änderung der Treffzeit am 03.03.2027; stattdessen am 04.03.2027; 02:30 gibt es am 14.03.2027 in "
                + "America/New_York nicht (Umstellung auf Sommerzeit); Beginn um 03:30");
        assertThat(Adjustment.describe(List.of(), Language.of("ja"))).isEmpty();
        // The scheduler records the blackout move as data as well as in its English sentence.
        Run run = run(Language.of("fr"));
        ScheduledSession second = run.schedule().groups().get(0).sessions().get(1);
        assertThat(second.adjustments()).containsExactly(moved.get(0));
        assertThat(second.adjustment()).contains("moved from 2027-02-09 (blackout date) to 2027-02-16");
        String ics = CalendarFiles.groupCalendar(run.schedule(), run.schedule().groups().get(0), cohort, run.curriculum(),
                STAMP, Language.of("fr"));
        assertThat(unfold(ics).stream().filter(l -> l.startsWith("DESCRIPTION")).skip(1).findFirst().orElseThrow())
                .contains("Remarque : déplacée du 9 févr. 2027 (date exclue) au 16 févr. 2027 selon la règle NEXT_WEEK");
    }

    @Test
    void localTimesInEachLanguage() {
        assertThat(LocalTimes.shift(-90, Language.of("de"))).isEqualTo("1 Stunde 30 Minuten früher");
        assertThat(LocalTimes.shift(-120, Language.of("ja"))).isEqualTo("2時間早く");
        assertThat(LocalTimes.shift(24 * 60 + 60, Language.of("fr"))).isEqualTo("1 jour 1 heure plus tard");
        assertThat(LocalTimes.shift(60, Language.ENGLISH)).isEqualTo(LocalTimes.shift(60));
        assertThat(LocalTimes.sessions(List.of(1, 3, 6), Language.of("fr"))).isEqualTo("les séances 1, 3 et 6");
        assertThat(LocalTimes.sessions(List.of(1, 3, 6), Language.ENGLISH)).isEqualTo(LocalTimes.sessions(List.of(1, 3, 6)));
        assertThat(LocalTimes.sessions(List.of(2, 3), Language.of("pt-BR"))).isEqualTo("as sessões 2 e 3");
        assertThat(LocalTimes.describe(List.of(), Language.of("ja"))).isEqualTo("セッションなし");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "pt-BR", "de", "ja"})
    void calendarsAreInTheLanguageAndReadBackByPythonsIcalendar(String tag) {
        PythonIcalendar.require();
        Language language = Language.of(tag);
        Run run = run(language);
        Run englishRun = run(Language.ENGLISH);
        GroupSchedule group = run.schedule().groups().get(0);
        String ics = CalendarFiles.groupCalendar(run.schedule(), group, cohort, run.curriculum(), STAMP, language);
        String participantIcs = CalendarFiles.participantCalendar(run.schedule(), "SYD", cohort, run.curriculum(), STAMP,
                language);
        List<PythonIcalendar.Event> events = PythonIcalendar.read(ics, dir);
        List<PythonIcalendar.Event> sydney = PythonIcalendar.read(participantIcs, dir);
        List<PythonIcalendar.Event> inEnglish = PythonIcalendar.read(CalendarFiles.groupCalendar(englishRun.schedule(),
                englishRun.schedule().groups().get(0), cohort, englishRun.curriculum(), STAMP), dir);

        assertThat(events).hasSize(6);
        List<String> english = EnglishLabels.leftOver(Labels.CALENDAR, language);
        assertThat(english).contains("Agenda", "Pre-work");
        for (PythonIcalendar.Event event : concat(events, sydney)) {
            assertThat(event.summaryLanguage()).isEqualTo(tag);
            assertThat(event.descriptionLanguage()).isEqualTo(tag);
            String text = event.summary() + "\n" + event.description();
            assertThat(EnglishLabels.foundIn(text, english)).as("English labels in a %s event", tag).isEmpty();
            for (String englishText : CurriculumTranslation.texts(englishRun.curriculum()).values()) {
                assertThat(text).doesNotContain(englishText);
            }
        }
        assertThat(events.get(0).summary()).contains(run.curriculum().sessions().get(0).title());
        assertThat(events.get(0).description()).contains(run.curriculum().sessions().get(0).agenda().get(0).title());
        // The language does not make new events: same UIDs, SEQUENCE and times as the English calendar.
        Map<String, PythonIcalendar.Event> byUid = PythonIcalendar.byUid(inEnglish);
        for (PythonIcalendar.Event event : events) {
            PythonIcalendar.Event en = byUid.get(event.uid());
            assertThat(en).as(event.uid()).isNotNull();
            assertThat(event.sequence()).isEqualTo(en.sequence());
            assertThat(event.start()).isEqualTo(en.start());
            assertThat(event.end()).isEqualTo(en.end());
        }
    }

    @Test
    void aLanguageChangeKeepsEveryLineButTheTextsOfTheEvents() {
        Run es = run(Language.of("es"));
        String spanish = CalendarFiles.groupCalendar(es.schedule(), es.schedule().groups().get(0), cohort, es.curriculum(),
                STAMP, Language.of("es"));
        Run en = run(Language.ENGLISH);
        String english = CalendarFiles.groupCalendar(en.schedule(), en.schedule().groups().get(0), cohort, en.curriculum(),
                STAMP);
        assertThat(unfold(spanish).stream().filter(l -> l.startsWith("UID") || l.startsWith("SEQUENCE")
                || l.startsWith("DTSTART") || l.startsWith("DTEND")).toList())
                .isEqualTo(unfold(english).stream().filter(l -> l.startsWith("UID")
                        || l.startsWith("SEQUENCE") || l.startsWith("DTSTART") || l.startsWith("DTEND")).toList());
        assertThat(spanish).contains("SUMMARY;LANGUAGE=es:Five Cities Mentoring: sesión 1\\, Inicio: metas");
        assertThat(english).contains("SUMMARY;LANGUAGE=en:Five Cities Mentoring: session 1\\, Kickoff");
    }

    @Test
    void writeAllUsesTheLanguageForCalendarsAndScheduleButNotTheCsv() throws Exception {
        Language ja = Language.of("ja");
        Run run = run(ja);
        List<Path> files = ScheduleOutputs.writeAll(run.schedule(), cohort, run.curriculum(), dir.resolve("ja"), STAMP, ja);
        Run en = run(Language.ENGLISH);
        ScheduleOutputs.writeAll(en.schedule(), cohort, en.curriculum(), dir.resolve("en"), STAMP);
        assertThat(java.nio.file.Files.readString(dir.resolve("ja/schedule.md"))).contains("# セッションスケジュール：")
                .contains("2027年1月12日火曜日");
        assertThat(java.nio.file.Files.readString(dir.resolve("ja/group-g1.ics"))).contains("SUMMARY;LANGUAGE=ja:");
        // The CSV is for machines: only the titles differ.
        List<String> jaCsv = java.nio.file.Files.readAllLines(dir.resolve("ja/schedule.csv"));
        List<String> enCsv = java.nio.file.Files.readAllLines(dir.resolve("en/schedule.csv"));
        assertThat(jaCsv.get(0)).isEqualTo(enCsv.get(0));
        assertThat(jaCsv).hasSameSizeAs(enCsv);
        assertThat(files).hasSize(8);
    }

    /** The logical lines of a calendar (RFC 5545 3.1 unfolding). */
    private static List<String> unfold(String ics) {
        return List.of(ics.replace("\r\n ", "").split("\r\n"));
    }

    private static List<PythonIcalendar.Event> concat(List<PythonIcalendar.Event> a, List<PythonIcalendar.Event> b) {
        List<PythonIcalendar.Event> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
