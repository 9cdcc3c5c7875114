package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.ApplicantColumns;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.CriterionWeights;
import org.mentorkit.model.DeliveryMode;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MatchingSettings;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

/**
 * groups.md's clock-change notes ("2 h later by the clock") for a Los Angeles + Auckland group over a whole year: the
 * two hemispheres change clocks in opposite directions on different dates (Los Angeles 14 March and 7 November 2027,
 * Auckland 4 April and 26 September 2027), so whichever zone the slot is kept in, the other members' clock time moves
 * by one hour (between the two changes of a season) and by two (from April to September). Each cell of the session
 * table is checked against the time computed here from the zones' UTC offsets, not from the report's own arithmetic.
 */
class ClockShiftNotesTests {

    private static final DateTimeFormatter ROW_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private static Cohort cohort() {
        Program program = new Program("shift", "Shift", "Society", "", LocalDate.of(2027, 1, 11), 12,
                new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, 2, DayOfWeek.TUESDAY, 60, List.of(), null),
                DeliveryMode.VIRTUAL, new GroupPolicy(3, 3, 1),
                new MatchingSettings(CriterionWeights.defaults(), List.of(), List.of()), List.of(),
                ApplicantColumns.defaults(), "");
        List<Participant> people = new ArrayList<>();
        people.add(SlotFormationTests.person("LA", Role.MENTOR, "America/Los_Angeles", everyDay(6, 22), "x"));
        for (int k = 0; k < 3; k++) {
            people.add(SlotFormationTests.person("AKL" + k, Role.MENTEE, "Pacific/Auckland", everyDay(7, 21), "x"));
        }
        return new Cohort(program, people, List.of(), MatchingConstraints.none());
    }

    private static List<WeeklyWindow> everyDay(int from, int to) {
        return Arrays.stream(DayOfWeek.values())
                .map(d -> new WeeklyWindow(d, LocalTime.of(from, 0), LocalTime.of(to, 0))).toList();
    }

    @Test
    void clockChangeNotesMatchTheZonesOffsetsInBothHemispheres() {
        Cohort cohort = cohort();
        FormationResult result = GroupFormation.form(cohort, FormationSettings.builder().seed(1)
                .timeLimit(Duration.ofSeconds(10)).randomBaselineDraws(1).sessions(12, 60, Set.of()).build());
        MeetingSlot slot = result.groups().get(0).meetingSlot().orElseThrow();
        ZoneId reference = ZoneId.of(slot.timeZone());
        String md = FormationReport.markdown(result);

        List<String[]> rows = sessionTable(md);
        assertThat(rows).as("the header and 12 session rows").hasSize(13);
        List<ZoneId> zones = new ArrayList<>();
        for (int c = 1; c < rows.get(0).length; c++) {
            String header = rows.get(0)[c].replace("\\", ""); // the report escapes Markdown (Los\_Angeles)
            zones.add(ZoneId.of(header.substring(header.lastIndexOf('(') + 1, header.lastIndexOf(')'))));
        }
        ZonedDateTime firstStart = null;
        List<String> notes = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            LocalDate date = LocalDate.parse(row[0].substring(row[0].indexOf(':') + 2), ROW_DATE);
            ZonedDateTime start = ZonedDateTime.of(date, slot.time(), reference);
            if (firstStart == null) {
                firstStart = start;
            }
            for (int c = 0; c < zones.size(); c++) {
                ZoneId zone = zones.get(c);
                // How far the member's clock moved against the slot's zone since the first session: the change of
                // (member offset - reference offset), in whole minutes.
                int moved = offsetGap(zone, reference, start) - offsetGap(zone, reference, firstStart);
                String expected = LOCAL.format(start.withZoneSameInstant(zone)) + (moved == 0 ? ""
                        : " (" + Math.abs(moved) / 60 + " h " + (moved > 0 ? "later" : "earlier") + " by the clock)");
                assertThat(row[c + 1]).as("session row %d, member in %s (slot %s)", r, zone, slot).isEqualTo(expected);
                if (moved != 0) {
                    notes.add(expected.substring(expected.indexOf('(')));
                }
            }
        }
        // The data really exercises both sizes of shift (a test whose zones never moved would check nothing).
        assertThat(notes).anyMatch(n -> n.startsWith("(2 h ")).anyMatch(n -> n.startsWith("(1 h "));
    }

    private static int offsetGap(ZoneId member, ZoneId reference, ZonedDateTime at) {
        return (member.getRules().getOffset(at.toInstant()).getTotalSeconds()
                - reference.getRules().getOffset(at.toInstant()).getTotalSeconds()) / 60;
    }

    /** The cells of the group's session table (header first), trimmed; the separator row is left out. */
    private static List<String[]> sessionTable(String md) {
        List<String[]> rows = new ArrayList<>();
        boolean in = false;
        for (String line : md.split("\n")) {
            if (line.startsWith("| session |")) {
                in = true;
            } else if (in && !line.startsWith("|")) {
                break;
            }
            if (in && !line.startsWith("|---")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                rows.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
            }
        }
        return rows;
    }
}
