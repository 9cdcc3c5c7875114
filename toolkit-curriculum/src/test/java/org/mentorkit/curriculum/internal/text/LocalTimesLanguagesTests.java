package org.mentorkit.curriculum.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.i18n.Language;

/**
 * The line of a member's local times, read in full in every language: one session, two consecutive sessions (a pair,
 * never a range "5-6"), three consecutive ones (a range) and two that are not consecutive. The expected strings are
 * written by hand; in Portuguese the run's preposition contracts with the article ("na sessão 6", "nas sessões 1 e
 * 2", never "em a sessão", "em as sessões").
 */
class LocalTimesLanguagesTests {

    private static final List<LocalTimes.Run> RUNS = List.of(
            new LocalTimes.Run(List.of(1, 2), DayOfWeek.WEDNESDAY, LocalTime.of(21, 0), 0, false),
            new LocalTimes.Run(List.of(3, 4, 5), DayOfWeek.WEDNESDAY, LocalTime.of(22, 0), 60, true),
            new LocalTimes.Run(List.of(6), DayOfWeek.WEDNESDAY, LocalTime.of(21, 0), -60, true),
            new LocalTimes.Run(List.of(7, 9), DayOfWeek.THURSDAY, LocalTime.of(21, 0), 24 * 60, false));

    private static final Map<String, String> EXPECTED = Map.of(
            "en", "Wednesday 9:00 PM for sessions 1 and 2; Wednesday 10:00 PM for sessions 3-5 (1 hour later: a clock "
                    + "change); Wednesday 9:00 PM for session 6 (1 hour earlier: a clock change); Thursday 9:00 PM for "
                    + "sessions 7 and 9 (1 day later: the group's slot changed)",
            "pt-BR", "quarta-feira 21:00 nas sessões 1 e 2; quarta-feira 22:00 nas sessões 3 a 5 (1 hora mais tarde: uma "
                    + "mudança de horário de verão); quarta-feira 21:00 na sessão 6 (1 hora mais cedo: uma mudança de "
                    + "horário de verão); quinta-feira 21:00 nas sessões 7 e 9 (1 dia mais tarde: o horário do grupo mudou)",
            "fr", "mercredi 21:00 pour les séances 1 et 2; mercredi 22:00 pour les séances 3 à 5 (1 heure plus tard : un "
                    + "changement d’heure); mercredi 21:00 pour la séance 6 (1 heure plus tôt : un changement d’heure); "
                    + "jeudi 21:00 pour les séances 7 et 9 (1 jour plus tard : le créneau du groupe a changé)",
            "es", "miércoles 21:00 en las sesiones 1 y 2; miércoles 22:00 en las sesiones 3-5 (1 hora más tarde: un "
                    + "cambio de hora); miércoles 21:00 en la sesión 6 (1 hora antes: un cambio de hora); jueves 21:00 en "
                    + "las sesiones 7 y 9 (1 día más tarde: cambió el horario del grupo)",
            "de", "Mittwoch 21:00 für Sitzungen 1 und 2; Mittwoch 22:00 für Sitzungen 3-5 (1 Stunde später: eine "
                    + "Zeitumstellung); Mittwoch 21:00 für Sitzung 6 (1 Stunde früher: eine Zeitumstellung); Donnerstag "
                    + "21:00 für Sitzungen 7 und 9 (1 Tag später: die Treffzeit der Gruppe hat sich geändert)",
            "ja", "水曜日 21:00（セッション1、2）; 水曜日 22:00（セッション3～5）（1時間遅く：夏時間の切り替え）; 水曜日 21:00"
                    + "（セッション6）（1時間早く：夏時間の切り替え）; 木曜日 21:00（セッション7、9）（1日遅く：グループのミーティング時間の変更）");

    @Test
    void runsReadInEveryLanguageWithPairsRangesAndContractedPrepositions() {
        EXPECTED.forEach((tag, line) -> assertThat(LocalTimes.describe(RUNS, Language.of(tag))).as(tag).isEqualTo(line));
    }

    @Test
    void twoConsecutiveSessionsArePairAndThreeARange() {
        assertThat(LocalTimes.sessions(List.of(5, 6))).isEqualTo("sessions 5 and 6");
        assertThat(LocalTimes.sessions(List.of(4, 5, 6))).isEqualTo("sessions 4-6");
        assertThat(LocalTimes.sessions(List.of(5, 6), Language.of("pt-BR"))).isEqualTo("as sessões 5 e 6");
        assertThat(LocalTimes.sessions(List.of(5, 6), Language.of("fr"))).isEqualTo("les séances 5 et 6");
        assertThat(LocalTimes.sessions(List.of(5, 6), Language.of("de"))).isEqualTo("Sitzungen 5 und 6");
        assertThat(LocalTimes.sessions(List.of(5, 6), Language.of("es"))).isEqualTo("las sesiones 5 y 6");
        assertThat(LocalTimes.sessions(List.of(5, 6), Language.of("ja"))).isEqualTo("セッション5、6");
        assertThat(LocalTimes.sessions(List.of(4, 5, 6), Language.of("pt-BR"))).isEqualTo("as sessões 4 a 6");
    }
}
