package org.mentorkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.model.io.TestFiles.file;
import static org.mentorkit.model.io.TestFiles.problemsOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.DefaultProgram;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

class ApplicantCsvTests {

    private final Program program = ModelFiles.readProgram(file("program.json"));

    @TempDir
    Path temp;

    @Test
    void readsAnExcelExportWithBomCrlfQuotedCommasAndLineBreaks() throws IOException {
        byte[] bytes = Files.readAllBytes(file("applicants-excel.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");

        List<Participant> applicants = ApplicantCsv.read(file("applicants-excel.csv"), program);

        assertThat(applicants).extracting(Participant::id).containsExactly("M1", "E1", "E2", "E3");
        assertThat(applicants).extracting(Participant::displayName).containsExactly(
                "Łukasiewicz, Zofia", "Trần Thị Mai \"Mai\"", "王芳", "<b>Bold</b> | *star*");
        Participant mentor = applicants.get(0);
        assertThat(mentor.role()).isEqualTo(Role.MENTOR);
        assertThat(mentor.capacity()).isEqualTo(2);
        assertThat(mentor.institution()).isEqualTo("Uniwersytet, Kraków");
        assertThat(mentor.attributes()).containsEntry("gender", List.of("woman"));
        Participant mai = applicants.get(1);
        assertThat(mai.interests()).containsExactly("burnout", "self-advocacy");
        assertThat(mai.attributes()).containsEntry("raceEthnicity", List.of("Asian", "Hispanic"));
        assertThat(mai.availability()).containsExactly(
                new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(14, 0)),
                new WeeklyWindow(DayOfWeek.THURSDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)));
        assertThat(applicants.get(2).availability()).extracting(WeeklyWindow::day)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        assertThat(applicants.get(2).attributes()).isEmpty();
    }

    @Test
    void readsASemicolonFileWithPipeSeparatedValues() {
        List<Participant> applicants = ApplicantCsv.read(file("applicants-semicolon.csv"), program);

        assertThat(applicants).extracting(Participant::displayName).containsExactly("Müller, Anna", "Dupont; Claire");
        assertThat(applicants.get(0).interests()).containsExactly("Burnout", "Work-life balance");
        assertThat(applicants.get(0).attributes()).containsEntry("raceEthnicity", List.of("White", "Hispanic"));
        assertThat(applicants.get(1).capacity()).as("a mentor without a capacity leads one group").isEqualTo(1);
    }

    @Test
    void readsASocietyExportThroughTheProgramsColumnMapping() {
        Program mapped = ModelFiles.readProgram(file("program-mapped.json"));

        List<Participant> applicants = ApplicantCsv.read(file("applicants-mapped.csv"), mapped);

        assertThat(applicants).extracting(Participant::id, Participant::role, Participant::timeZone).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1001", Role.MENTEE, "America/Sao_Paulo"),
                org.assertj.core.groups.Tuple.tuple("1002", Role.MENTOR, "Africa/Lagos"));
        assertThat(applicants.get(0).attributes()).isEqualTo(Map.of("gender", List.of("woman")));
    }

    @Test
    void reportsEveryBadRowAtItsTrueLineAndColumn() {
        String source = file("applicants-bad.csv").toString();

        assertThat(problemsOf(() -> ApplicantCsv.read(file("applicants-bad.csv"), program))).containsExactly(
                source + ":2 (availability): `Tue 12-14` is not a weekly window like `Tue 12:00-14:00` or `Mon-Fri 08:00-09:00`; separate several with `;`",
                source + ":2 (timeZone): `America/New York` is not an IANA time-zone id; did you mean America/New_York?",
                source + ":4 (role): expected mentee or mentor, found `boss`",
                source + ":4 (email): must be an email address such as name@example.org",
                source + ":4 (timeZone): `EST` is an abbreviation, not an IANA time-zone id (abbreviations do not follow daylight saving); use the region, e.g. America/New_York",
                source + ":4 (gender): is not a value of vocabulary `gender`; did you mean `woman`? (expected one of: woman, man, non-binary)",
                source + ":4 (raceEthnicity): value 2: is not a value of vocabulary `raceEthnicity`; expected one of: Asian, Black, Hispanic, White",
                source + ":5 (capacity): expected a whole number (how many groups a mentor can lead), found `many`",
                source + ":5 (availability): must be after start (18:00); found 09:00 (use 00:00 or 24:00 for midnight)",
                source + ":6 (id): duplicate id `E1`: line 2 has it too; ids must be unique",
                source + ":7 (id): is empty; every applicant needs an id (a membership number or any code unique in the file)",
                source + ":7 (displayName): is empty; every applicant needs a name",
                source + ":7 (timeZone): is empty; every applicant needs a time zone such as America/New_York",
                source + ":8: has 11 values but the header has 10 columns; does a value with a `,` lack its quotes?");
    }

    @Test
    void reportsMissingAndUnknownColumnsOnceByHeader() {
        String source = file("applicants-missing-columns.csv").toString();

        assertThat(problemsOf(() -> ApplicantCsv.read(file("applicants-missing-columns.csv"), program))).containsExactly(
                source + ":1 (name): unknown column `name`; expected one of: id, displayName, email, role, timeZone, "
                        + "availability, interests, careerStage, specialty, institution, country, capacity, careerLevel, "
                        + "gender, raceEthnicity; to skip it, list it in the program's applicantColumns.ignoredColumns",
                source + ":1 (Submitted at): unknown column `Submitted at`; expected one of: id, displayName, email, "
                        + "role, timeZone, availability, interests, careerStage, specialty, institution, country, capacity, "
                        + "careerLevel, gender, raceEthnicity; to skip it, list it in the program's applicantColumns.ignoredColumns",
                source + ":1: missing required column `displayName`");
    }

    @Test
    void suggestsTheColumnAMisspelledHeaderMeant() {
        String csv = "id,displayName,role,timeZone,raceEthnicty\nE1,Ann,mentee,UTC,Asian\n";

        assertThat(problemsOf(() -> ApplicantCsv.read(csv, "applicants.csv", program))).singleElement().asString()
                .startsWith("applicants.csv:1 (raceEthnicty): unknown column `raceEthnicty`; did you mean `raceEthnicity`?");
    }

    @Test
    void reportsAnUnclosedQuoteWithTheLineItStartsOn() {
        assertThat(problemsOf(() -> ApplicantCsv.read(file("applicants-malformed.csv"), program))).containsExactly(
                file("applicants-malformed.csv") + ":2: malformed CSV: EOF reached before encapsulated token finished "
                        + "(is a closing quote \" missing?)");
    }

    @Test
    void writesATemplateThatReadsBackAsOneValidApplicant() {
        for (Program each : List.of(program, DefaultProgram.pilot(), ModelFiles.readProgram(file("program-mapped.json")))) {
            Path template = temp.resolve(each.id() + "/applicants.csv");

            ApplicantCsv.writeTemplate(each, template);
            List<Participant> applicants = ApplicantCsv.read(template, each);

            assertThat(applicants).singleElement().satisfies(p -> {
                assertThat(p.displayName()).isEqualTo("Ada Example");
                assertThat(p.availability()).hasSize(2);
                assertThat(ModelValidation.problems(p, each)).isEmpty();
            });
        }
        assertThat(ApplicantCsv.template(program)).startsWith("\uFEFFid,displayName,email,role,timeZone,availability,")
                .contains("\r\n");
    }

    @Test
    void theTemplateDefusesFormulasInTheProgramsOwnTextAndReadsThemBackAsWritten() throws IOException {
        // Issue 12: a column name or vocabulary value beginning with = + - @ went into the template as it was, and a
        // spreadsheet opening the template ran it.
        String json = Files.readString(file("program-mapped.json"), StandardCharsets.UTF_8)
                .replace("\"Full name\"", "\"@Full name\"")
                .replace("\"Gender identity\"", "\"=HYPERLINK(\\\"https://example.org\\\")\"")
                .replace("[\"woman\", \"man\", \"non-binary\"], \"underRepresented\": [\"woman\"]",
                        "[\"+woman\", \"man\", \"non-binary\"], \"underRepresented\": [\"+woman\"]");
        Program hostile = ModelJson.readProgram(json, "program-mapped.json");

        String template = ApplicantCsv.template(hostile);

        List<List<String>> rows = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(
                template.substring(1))).getRecords().stream().map(r -> r.toList()).toList();
        assertThat(rows.get(0)).contains("'@Full name", "'=HYPERLINK(\"https://example.org\")");
        assertThat(rows.get(1)).contains("'+woman");
        assertThat(rows).allSatisfy(row -> assertThat(row).noneMatch(cell -> !cell.isEmpty()
                && "=+-@".indexOf(cell.charAt(0)) >= 0));
        assertThat(ApplicantCsv.read(template, "applicants.csv", hostile)).singleElement()
                .satisfies(p -> {
                    assertThat(p.displayName()).isEqualTo("Ada Example");
                    assertThat(p.attributes()).containsEntry("gender", List.of("+woman"));
                });
    }

    @Test
    void honoursExcelsSepLineAndCountsItAsLineOne() {
        String csv = "sep=;\r\nid;displayName;role;timeZone\r\nE1;Anna, Maria;mentee;Europe/Berlin\r\nE2;Bad;mentee;CET\r\n";

        assertThat(problemsOf(() -> ApplicantCsv.read(csv, "applicants.csv", program))).containsExactly(
                "applicants.csv:4 (timeZone): `CET` is an abbreviation, not an IANA time-zone id (abbreviations do not "
                        + "follow daylight saving); use the region, e.g. Europe/Paris");
        assertThat(ApplicantCsv.read(csv.replace("CET", "Europe/Paris"), "applicants.csv", program))
                .extracting(Participant::displayName).containsExactly("Anna, Maria", "Bad");
    }

    /**
     * Membership systems still export legacy aliases (US/Eastern, with a slash; Iceland, without): each is read as its
     * current name, the same clock (java.time's rules compared), so one place has one spelling in every output.
     */
    @Test
    void readsLegacyTimeZoneAliasesWithAndWithoutASlashAsTheirCurrentNames() {
        String csv = "id,displayName,role,timeZone\nE1,Ann,mentee,US/Eastern\nE2,Bo,mentee,Iceland\n"
                + "E3,Cy,mentee,America/New_York\n";

        List<Participant> read = ApplicantCsv.read(csv, "applicants.csv", program);

        assertThat(read).extracting(Participant::timeZone)
                .containsExactly("America/New_York", "Atlantic/Reykjavik", "America/New_York");
        assertThat(java.time.ZoneId.of("US/Eastern").getRules()).isEqualTo(java.time.ZoneId.of("America/New_York").getRules());
        assertThat(java.time.ZoneId.of("Iceland").getRules()).isEqualTo(java.time.ZoneId.of("Atlantic/Reykjavik").getRules());
    }

    @Test
    void reportsAValueUnderAColumnWithoutHeaderInsteadOfDroppingIt() {
        String csv = "id,displayName,role,timeZone,,\nE1,Ann,mentee,UTC,,\nE2,Bo,mentee,UTC,,forgotten note\n";

        assertThat(problemsOf(() -> ApplicantCsv.read(csv, "applicants.csv", program))).containsExactly(
                "applicants.csv:3 (column 6): has a value but its column has no header; name the column or empty it");
    }

    @Test
    void detectsATabDelimitedExport() {
        String tsv = "id\tdisplayName\trole\ttimeZone\tinterests\nE1\tAnn, PhD\tmentee\tUTC\ta; b\n";

        assertThat(ApplicantCsv.read(tsv, "applicants.tsv", program)).singleElement().satisfies(p -> {
            assertThat(p.displayName()).isEqualTo("Ann, PhD");
            assertThat(p.interests()).containsExactly("a", "b");
        });
    }

    @Test
    void acceptsEmptyCellsPastTheLastColumn() {
        String csv = "id,displayName,role,timeZone\nE1,Ann,mentee,UTC,,\n";

        assertThat(ApplicantCsv.read(csv, "applicants.csv", program)).extracting(Participant::id).containsExactly("E1");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThat(problemsOf(() -> ApplicantCsv.read("\uFEFF", "applicants.csv", program))).singleElement().asString()
                .startsWith("applicants.csv: the file is empty");
    }
}
