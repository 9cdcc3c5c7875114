package org.mentorkit.curriculum.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Participant;
import org.mentorkit.model.ToolkitException;

class ScheduleReportsTests {

    @TempDir
    Path dir;

    private final Curriculum curriculum = DefaultCurriculum.load();
    private final Cohort cohort = Fixtures.cohort(Fixtures.program(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK),
            Fixtures.START, 6), Fixtures.newYorkTuesday1700());
    private final ProgramSchedule schedule = Scheduler.schedule(cohort, curriculum, "groups.json");

    @Test
    void csvKeepsAwkwardNamesInTheirCellsAndDefusesFormulas() throws Exception {
        String csv = ScheduleReports.csv(schedule, cohort);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        // 3 mentor-led sessions x 5 members + 3 peer-only sessions x 4 mentees
        assertThat(rows).hasSize(27);
        assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(19));
        assertThat(rows).extracting(r -> r.get("sequence")).containsOnly("0");
        assertThat(rows).extracting(r -> r.get("participant_name")).contains("Ana, Beatriz; Lopes", "Chloé\nNguyen",
                "'João =SUM(A1) Silva".substring(1), "Dr. Maya \"Mo\" O'Neil, MD");
        CSVRecord sydneyApril = rows.stream().filter(r -> r.get("participant_id").equals("SYD") && r.get("session_number").equals("4"))
                .findFirst().orElseThrow();
        assertThat(sydneyApril.get("local_date")).isEqualTo("2027-04-14");
        assertThat(sydneyApril.get("local_start")).isEqualTo("07:00");
        assertThat(sydneyApril.get("utc_offset")).isEqualTo("+10:00");
        assertThat(ScheduleReports.safe("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(ScheduleReports.safe("@x")).isEqualTo("'@x");
    }

    @Test
    void markdownTableKeepsItsColumnsWhateverTheNames() {
        String md = ScheduleReports.markdown(schedule, cohort);
        List<String> tableRows = md.lines().filter(l -> l.startsWith("| ")).toList();
        assertThat(tableRows).hasSize(7);
        long header = unescapedPipes(tableRows.get(0));
        assertThat(tableRows).allSatisfy(r -> assertThat(unescapedPipes(r)).isEqualTo(header));
        assertThat(md).contains("Priya \\| Raman \\<b\\>").doesNotContain("<b>");
        assertThat(md).contains("Wednesday, April 14, 2027 7:00 AM Australia/Sydney");
        assertThat(md.chars().filter(c -> c == 0x26a0).count()).as("only the legend: everyone is available").isEqualTo(1);
    }

    @Test
    void markdownGivesEveryMembersLocalTimeOfEverySessionWithTheRealShift() {
        String md = ScheduleReports.markdown(schedule, cohort);
        // New York moves to EDT on 14 March, Sydney leaves AEDT on 4 April: 09:00 becomes 07:00 in Sydney, while
        // London (BST from 28 March) stays at 22:00 and Kolkata moves by one hour.
        assertThat(md).contains("Meeting slot: Tuesday 5:00 PM America/New_York.")
                .contains("(Australia/Sydney): Wednesday 9:00 AM for sessions 1-3; Wednesday 7:00 AM for sessions 4-6 (2 hours "
                        + "earlier: a clock change)")
                .contains("(Europe/London): Tuesday 10:00 PM for every session")
                .contains("(Asia/Kolkata): Wednesday 3:30 AM for sessions 1-3; Wednesday 2:30 AM for sessions 4-6 (1 hour "
                        + "earlier: a clock change)")
                .contains("(America/New_York): Tuesday 5:00 PM for every session")
                .doesNotContain("can move them by an hour");
    }

    @Test
    void writesEveryFileAtomicallyIntoTheDirectory() throws Exception {
        List<Path> files = ScheduleOutputs.writeAll(schedule, cohort, curriculum, dir.resolve("out"), Instant.parse("2026-11-27T12:00:00Z"));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("group-g1.ics", "participant-NY1.ics",
                "participant-LDN.ics", "participant-KOL.ics", "participant-SYD.ics", "participant-SAO.ics", "schedule.md", "schedule.csv");
        try (var listing = Files.list(dir.resolve("out"))) {
            assertThat(listing.count()).isEqualTo(8); // no temporary files left behind
        }
        assertThat(Files.readString(files.get(0))).startsWith("BEGIN:VCALENDAR\r\n");
    }

    @Test
    void idsThatCollideAsFileNamesGetDistinctFiles() {
        // Ids differing only in case have distinct UIDs but would share a file name on a case-insensitive disk (ids
        // differing in characters a UID cannot hold, 'a/b' and 'a_b', are refused: SchedulerTests).
        assertThat(ScheduleOutputs.fileSafe("A.b")).isEqualToIgnoringCase(ScheduleOutputs.fileSafe("a.b"));
        org.mentorkit.model.Group one = new org.mentorkit.model.Group("A.b", "One", List.of("NY1"), List.of("LDN", "KOL"),
                Fixtures.newYorkTuesday1700());
        org.mentorkit.model.Group two = new org.mentorkit.model.Group("a.b", "Two", List.of("NY2"), List.of("SYD", "SAO"),
                Fixtures.newYorkTuesday1700());
        // Groups of two mentees, each with its mentor, so that the cohort is one the command line would accept.
        List<org.mentorkit.model.Participant> people = new java.util.ArrayList<>(cohort.participants());
        people.add(Fixtures.person("NY2", "Second mentor", org.mentorkit.model.Role.MENTOR, "America/New_York",
                Fixtures.allWeek()));
        Cohort both = new Cohort(cohort.program().toBuilder().groupPolicy(new org.mentorkit.model.GroupPolicy(2, 5, 1))
                .build(), people, List.of(one, two), org.mentorkit.model.MatchingConstraints.none());
        ProgramSchedule s = Scheduler.schedule(both, curriculum, "groups.json");
        List<Path> files = ScheduleOutputs.writeAll(s, both, curriculum, dir, Instant.parse("2026-11-27T12:00:00Z"));
        assertThat(files).extracting(p -> p.getFileName().toString()).startsWith("group-A.b.ics", "group-a.b-2.ics");
    }

    @Test
    void nameStartingWithEqualsIsDefusedInTheCsvAndOffsetsAreAlwaysSigned() throws Exception {
        String formula = "=HYPERLINK(\"http://x\",\"y\")";
        List<Participant> renamed = cohort.participants().stream()
                .map(p -> p.id().equals("LDN") ? withName(p, formula) : p).toList();
        Cohort hostile = new Cohort(cohort.program(), renamed, cohort.groups(), cohort.constraints());

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(ScheduleReports.csv(Scheduler.schedule(hostile, curriculum, "groups.json"), hostile)))
                .getRecords();

        assertThat(rows).filteredOn(r -> r.get("participant_id").equals("LDN")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("participant_name")).isEqualTo("'" + formula));
        assertThat(rows).extracting(r -> r.get("participant_name")).noneMatch(n -> n.startsWith("="));
        // London is on +00:00 in winter: written as +00:00, never Z, like every other offset.
        assertThat(rows).filteredOn(r -> r.get("participant_id").equals("LDN") && r.get("session_number").equals("1"))
                .extracting(r -> r.get("utc_offset")).containsExactly("+00:00");
        assertThat(rows).extracting(r -> r.get("utc_offset")).allMatch(o -> o.matches("[+-]\\d\\d:\\d\\d"));
    }

    @Test
    void aFailureWhileGeneratingLeavesAnEarlierOutputFolderByteForByteUnchanged() throws Exception {
        Path out = dir.resolve("out");
        ScheduleOutputs.writeAll(schedule, cohort, curriculum, out, Instant.parse("2026-11-27T12:00:00Z"));
        Map<String, byte[]> before = snapshot(out);
        // A cohort that has lost its last participant: the group calendar, the first participant calendars and so on
        // can be generated, the last participant's cannot.
        String last = cohort.participants().get(cohort.participants().size() - 1).id();
        Cohort lacking = new Cohort(cohort.program(),
                cohort.participants().stream().filter(p -> !p.id().equals(last)).toList(), cohort.groups(), cohort.constraints());

        assertThatThrownBy(() -> ScheduleOutputs.writeAll(schedule, lacking, curriculum, out, Instant.parse("2027-01-01T00:00:00Z")))
                .hasMessageContaining(last);

        Map<String, byte[]> after = snapshot(out);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aDirectoryInThePlaceOfOneOutputChangesNoFile() throws Exception {
        Path out = dir.resolve("out");
        ScheduleOutputs.writeAll(schedule, cohort, curriculum, out, Instant.parse("2026-11-27T12:00:00Z"));
        Files.delete(out.resolve("schedule.csv"));
        Files.createDirectory(out.resolve("schedule.csv"));
        Map<String, byte[]> before = snapshot(out);

        assertThatThrownBy(() -> ScheduleOutputs.writeAll(schedule, cohort, curriculum, out, Instant.parse("2027-01-01T00:00:00Z")))
                .isInstanceOf(ToolkitException.class).hasMessageContaining("schedule.csv");

        Map<String, byte[]> after = snapshot(out);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    private static Map<String, byte[]> snapshot(Path folder) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path p : listing.sorted().toList()) {
                files.put(p.getFileName().toString(), Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static Participant withName(Participant p, String name) {
        return new Participant(p.id(), name, p.email(), p.role(), p.timeZone(), p.availability(), p.interests(),
                p.careerStage(), p.specialty(), p.institution(), p.country(), p.attributes(), p.capacity(), p.careerLevel(),
                p.mentorPreferences());
    }

    private static long unescapedPipes(String row) {
        long count = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                count++;
            }
        }
        return count;
    }
}
