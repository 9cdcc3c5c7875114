package org.mentorkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Program;
import org.mentorkit.model.i18n.Language;
import org.mentorkit.model.i18n.LocalFormats;
import org.mentorkit.testing.ExternalTools;

/**
 * The packet never claims a rhythm or a weekday the groups do not have (review findings D7 and D3): the program's
 * cadence weekday is Thursday while every group's saved slot is on Wednesday. In every built-in language, for a
 * monthly, a fortnightly and a weekly program, the group's slot line states the program's real rhythm on the group's
 * weekday, a fortnightly or monthly program is never "every week", and no program-wide text names Thursday. The
 * expected phrases are written out here, not taken from the label files.
 */
class CadenceWordingTests {

    private static final Cadence MONTHLY_LAST = new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, -1, DayOfWeek.THURSDAY, 60,
            List.of(), BlackoutRule.NEXT_WEEK);
    private static final Cadence FORTNIGHTLY = new Cadence(CadenceKind.EVERY_N_WEEKS, 2, 0, DayOfWeek.THURSDAY, 60,
            List.of(), BlackoutRule.NEXT_WEEK);
    private static final Cadence WEEKLY = new Cadence(CadenceKind.EVERY_N_WEEKS, 1, 0, DayOfWeek.THURSDAY, 60,
            List.of(), BlackoutRule.NEXT_WEEK);

    /** Per language: the slot line's start for the monthly, fortnightly and weekly program, and "every week" words. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "en", List.of("the last Wednesday of each month at", "every 2 weeks on Wednesday at", "every Wednesday at",
                    "every Wednesday|every week"),
            "de", List.of("am letzten Mittwoch jedes Monats um", "alle 2 Wochen am Mittwoch um", "jeden Mittwoch um",
                    "jeden Mittwoch|jede Woche|wöchentlich"),
            "es", List.of("el último miércoles de cada mes, a las", "cada 2 semanas, el miércoles, a las",
                    "cada miércoles, a las", "cada miércoles|cada semana|los miércoles"),
            "fr", List.of("le dernier mercredi de chaque mois à", "toutes les 2 semaines, le mercredi à",
                    "chaque mercredi à", "chaque mercredi|chaque semaine"),
            "ja", List.of("毎月最終水曜日", "2週間ごとの水曜日", "毎週水曜日", "毎週"),
            "pt-BR", List.of("na última quarta-feira de cada mês, às", "a cada 2 semanas (quarta-feira), às",
                    "toda semana (quarta-feira), às", "toda semana|todas as semanas"));

    @Test
    void slotLinesStateTheProgramsRhythmOnTheGroupsWeekdayAndNoTextNamesTheCadenceWeekday() {
        List<Cadence> cadences = List.of(MONTHLY_LAST, FORTNIGHTLY, WEEKLY);
        for (var entry : EXPECTED.entrySet()) {
            Language language = Language.of(entry.getKey());
            LocalFormats formats = LocalFormats.of(language);
            for (int c = 0; c < cadences.size(); c++) {
                String where = entry.getKey() + ", " + cadences.get(c).kind() + " every " + cadences.get(c).interval();
                Cohort cohort = wednesdayGroups(cadences.get(c), entry.getKey());
                // The program-wide texts: the rosters are read apart, as a member's local day may be Thursday.
                String guides = markdown(cohort, language, DocumentKind.OVERVIEW, DocumentKind.COORDINATOR_GUIDE,
                        DocumentKind.MENTEE_HANDBOOK);
                String rosters = markdown(cohort, language, DocumentKind.ROSTERS);
                String markdown = guides + " " + rosters;
                assertThat(rosters.contains(entry.getValue().get(c)))
                        .as(where + ": the slot line '" + entry.getValue().get(c) + "' in the rosters").isTrue();
                String thursday = formats.weekday(DayOfWeek.THURSDAY);
                assertThat(guides.contains(thursday)).as(where + ": the cadence's weekday " + thursday
                        + ", which no group meets on, in the overview or a guide").isFalse();
                if (c != 2) {
                    for (String everyWeek : entry.getValue().get(3).split("\\|")) {
                        assertThat(markdown.contains(everyWeek)).as(where + ": '" + everyWeek
                                + "' in a program that is not weekly").isFalse();
                    }
                }
            }
        }
    }

    private static String markdown(Cohort cohort, Language language, DocumentKind... kinds) {
        Packet packet = PacketBuilder.forProgram(cohort.program()).cohort(cohort).language(language)
                .documents(Set.of(kinds)).build();
        return EnglishLabels.normalise(PacketWriter.markdown(packet));
    }

    /** The review's probe: a German fortnightly program's personal handbook, read back with poppler. */
    @Test
    void aGermanFortnightlyHandbookDoesNotSayEveryWeek() throws Exception {
        Cohort cohort = wednesdayGroups(FORTNIGHTLY, "de");
        Path out = ExampleCohorts.tempDir("cadence-wording-de");
        HandbookWriter.Result result = HandbookWriter.write(cohort, DefaultCurriculum.load(), Branding.defaults(),
                Optional.empty(), out, (done, total) -> { }, 1);
        assertThat(result.files()).isNotEmpty();
        ExternalTools.require("pdftotext");
        String id = cohort.mentees().get(0).id();
        String text = EnglishLabels.normalise(Normalizer.normalize(
                PdfTools.pdftotext(out.resolve("handbooks/" + id + ".pdf")), Normalizer.Form.NFKC));
        assertThat(text).contains("alle 2 Wochen am Mittwoch um 12:00").doesNotContain("jeden Mittwoch")
                .doesNotContain("Donnerstag");
    }

    /** The example pilot with the given cadence and language, grouped round-robin, every slot Wednesday 12:00. */
    private static Cohort wednesdayGroups(Cadence cadence, String language) {
        Cohort pilot = ExampleCohorts.pilotGrouped();
        Program p = pilot.program();
        Program program = new Program(p.id(), p.name(), p.society(), p.description(), p.startDate(), p.lengthMonths(),
                cadence, p.deliveryMode(), p.groupPolicy(), p.matching(), p.vocabularies(), p.applicantColumns(),
                p.contactEmail(), language);
        List<Group> groups = pilot.groups().stream().map(g -> new Group(g.id(), g.name(), g.mentorIds(), g.menteeIds(),
                new MeetingSlot(DayOfWeek.WEDNESDAY, LocalTime.NOON, g.slot().timeZone(), 60))).toList();
        return new Cohort(program, pilot.participants(), groups, pilot.constraints(), pilot.formerParticipants());
    }
}
