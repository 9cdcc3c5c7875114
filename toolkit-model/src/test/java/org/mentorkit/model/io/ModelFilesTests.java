package org.mentorkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.model.io.TestFiles.file;
import static org.mentorkit.model.io.TestFiles.problemsOf;
import static org.mentorkit.model.io.TestFiles.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.DeliveryMode;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

class ModelFilesTests {

    @TempDir
    Path temp;

    @Test
    void readsAProgramFileWithEnumsInAnyCaseAndAbbreviatedDays() {
        Program program = ModelFiles.readProgram(file("program.json"));

        assertThat(program.id()).isEqualTo("sno-wd-2027");
        assertThat(program.startDate()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(program.cadence().kind()).isEqualTo(CadenceKind.MONTHLY_BY_WEEKDAY);
        assertThat(program.cadence().dayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(program.cadence().interval()).isEqualTo(1);
        assertThat(program.deliveryMode()).isEqualTo(DeliveryMode.VIRTUAL);
        assertThat(program.vocabulary("raceEthnicity")).hasValueSatisfying(v -> assertThat(v.multiValued()).isTrue());
        assertThat(program.nonIsolationRules()).extracting(r -> r.vocabulary()).containsExactly("gender", "raceEthnicity");
    }

    @Test
    void readsACohortFileWithUnicodeAndMarkupInNamesAsData() {
        Cohort cohort = ModelFiles.readCohort(file("cohort.json"));

        assertThat(cohort.participants()).extracting(Participant::displayName).containsExactly(
                "Zofia Łukasiewicz-Nguyễn", "Trần Thị <b>Mai</b> | \"Mai\"", "王芳");
        Participant mai = cohort.participant("E1").orElseThrow();
        assertThat(mai.role()).isEqualTo(Role.MENTEE);
        assertThat(mai.availability()).containsExactly(
                new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(11, 30)),
                new WeeklyWindow(DayOfWeek.THURSDAY, LocalTime.of(18, 0), LocalTime.MIDNIGHT));
        assertThat(mai.attributes()).containsEntry("raceEthnicity", List.of("Asian", "Hispanic"));
        assertThat(mai.mentorPreferences()).containsEntry("careerLevel", List.of("late career"));
        assertThat(cohort.groups().get(0).meetingSlot()).contains(
                new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(14, 0), "Europe/Warsaw", 60));
        assertThat(cohort.constraints().together()).containsExactly(List.of("E1", "E2"));
    }

    /** A small program file without matching settings, plus {@code extra} members ("" or {@code , "key": ...}). */
    private static Program smallProgram(String extra) {
        return ModelJson.readProgram("{\"id\": \"p\", \"name\": \"P\", \"society\": \"S\", \"startDate\":"
                + " \"2027-01-12\", \"lengthMonths\": 6, \"cadence\": {\"kind\": \"EVERY_N_WEEKS\", \"interval\": 1,"
                + " \"dayOfWeek\": \"Tue\", \"sessionMinutes\": 60}, \"groupPolicy\": {\"minMentees\": 3,"
                + " \"maxMentees\": 5, \"mentorsPerGroup\": 1}" + extra + "}", "p.json");
    }

    @Test
    void aProgramWithoutMatchingSettingsIsWrittenWithoutTheDefaultsReadingWouldAdd() {
        Program program = smallProgram("");
        assertThat(program.matching()).isEqualTo(org.mentorkit.model.MatchingSettings.defaults());

        String written = ModelJson.write(program);

        // Checked as text: reading fills the defaults back in, so only the written form shows whether they were added.
        assertThat(written).doesNotContain("\"matching\"", "\"weights\"", "\"defaultAvailability\"",
                "\"applicantColumns\"");
        assertThat(ModelJson.readProgram(written, "again.json")).isEqualTo(program);
        assertThat(ModelJson.write(ModelJson.readProgram(written, "again.json"))).isEqualTo(written);
    }

    @Test
    void matchingWithoutDefaultAvailabilityIsNotTheDefaultAndReadsBackAsWritten() {
        Program defaults = smallProgram("");
        org.mentorkit.model.MatchingSettings none = new org.mentorkit.model.MatchingSettings(
                org.mentorkit.model.CriterionWeights.defaults(), List.of(), List.of());
        assertThat(none).isNotEqualTo(org.mentorkit.model.MatchingSettings.defaults());
        Program program = new Program(defaults.id(), defaults.name(), defaults.society(), "", defaults.startDate(),
                defaults.lengthMonths(), defaults.cadence(), defaults.deliveryMode(), defaults.groupPolicy(), none,
                List.of(), defaults.applicantColumns(), "");

        String written = ModelJson.write(program);

        assertThat(ModelJson.readProgram(written, "again.json")).isEqualTo(program);
    }

    @Test
    void changedMatchingWeightsAreWrittenAndDefaultOnesInsideThemAreNot() {
        Program program = smallProgram(", \"matching\": {\"weights\": {\"timeZone\": 2.0}}");

        String written = ModelJson.write(program);

        assertThat(written).contains("\"matching\"", "\"timeZone\": 2.0");
        assertThat(ModelJson.readProgram(written, "again.json")).isEqualTo(program);
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        assertThat(problemsOf(() -> ModelFiles.readProgram(file("malformed.json")))).containsExactly(
                file("malformed.json") + ":4:11: malformed JSON: found a \"quoted text\" where , was expected "
                        + "(is a comma missing at the end of the line before?)");
    }

    @Test
    void reportsSyntaxMistakesPeopleMakeInPlainWords() {
        assertThat(problemsOf(() -> ModelJson.readProgram("{\"id\": \"a\",\n  \"id\": \"b\"}", "p.json")))
                .containsExactly("p.json:2:11: malformed JSON: key `id` appears twice in the same object; keep one");
        assertThat(problemsOf(() -> ModelJson.readProgram("{'id': 'a'}", "p.json")))
                .containsExactly("p.json:1:2: malformed JSON: unexpected character `'`; JSON needs double quotes \" around keys and texts");
        assertThat(problemsOf(() -> ModelJson.readProgram("{\"id\": \"a\",}", "p.json")))
                .containsExactly("p.json:1:12: malformed JSON: found } where a \"quoted text\" was expected (JSON allows no comma before a closing } or ])");
        assertThat(problemsOf(() -> ModelJson.readProgram("{\"vocabularies\": [", "p.json")))
                .singleElement().asString().startsWith("p.json:1:").contains("is a closing } or ] missing?");
        assertThat(problemsOf(() -> ModelJson.readProgram("{} {}", "p.json")))
                .containsExactly("p.json:1:4: malformed JSON: found { after the end of the document; a file holds one JSON object");
        assertThat(problemsOf(() -> ModelJson.readProgram("  \n", "p.json")))
                .containsExactly("p.json: the file is empty; expected a JSON object { ... }");
    }

    @Test
    void reportsEveryWrongTypeAndUnknownKeyWithPathAndExpectedType() {
        String source = file("wrong-types.json").toString();

        assertThat(problemsOf(() -> ModelFiles.readProgram(file("wrong-types.json")))).containsExactly(
                source + ":5: startDate: expected a date like 2027-01-15 (year-month-day), found `15/01/2027`",
                source + ":6: lengthMonths: expected a whole number, found text",
                source + ":7: cadence.blackoutDates[0]: expected a date like 2027-01-15 (year-month-day), found `2027-02-30`",
                source + ":7: cadence.kind: expected one of MONTHLY_BY_WEEKDAY, EVERY_N_WEEKS, found `monthly`",
                source + ":7: cadence.weekOfMonth: expected a whole number, found the number 2.5",
                source + ":8: deliveryMode: expected one of VIRTUAL, IN_PERSON, HYBRID, found `online`",
                source + ":9: groupPolicy.mentorsPerGroups: unknown key `mentorsPerGroups`; did you mean `mentorsPerGroup`?",
                source + ":10: matching.defaultAvailability[0].start: expected a time like 18:30 (24-hour HH:mm), found `8am`",
                source + ":10: matching.weights.timeZone: expected a number, found text",
                source + ":11: vocabularies: expected a list [ ... ] of objects { ... }, found an object { ... }",
                source + ":12: timezone: unknown key `timezone`; expected one of: id, name, society, description, startDate, lengthMonths, cadence, deliveryMode, groupPolicy, matching, vocabularies, applicantColumns, contactEmail, language",
                source + ":13: contactEmail: expected text in double quotes, found the number 42");
    }

    @Test
    void acceptsAWholeNumberWrittenWithADecimalPointButNotAFraction() {
        String json = text("program.json").replace("\"lengthMonths\": 6", "\"lengthMonths\": 6.0");

        assertThat(ModelJson.readProgram(json, "program.json").lengthMonths()).isEqualTo(6);
        assertThat(problemsOf(() -> ModelJson.readProgram(json.replace("6.0", "6.5"), "program.json")))
                .containsExactly("program.json:6: lengthMonths: expected a whole number, found the number 6.5");
        assertThat(problemsOf(() -> ModelJson.readProgram(json.replace("6.0", "6e12"), "program.json")))
                .containsExactly("program.json:6: lengthMonths: expected a whole number, found 6E+12, which is too large");
    }

    @Test
    void suggestsTheRightSpellingOfAMisspelledParticipantKey() {
        String json = text("cohort.json").replace("\"timeZone\": \"Asia/Shanghai\"", "\"timezone\": \"Asia/Shanghai\"");

        assertThat(problemsOf(() -> ModelJson.readCohort(json, "cohort.json"))).containsExactly(
                "cohort.json:31: participants[2].timezone: unknown key `timezone`; did you mean `timeZone`?");
    }

    @Test
    void tellsWhichKindOfFileWasGivenWhenProgramAndCohortAreMixedUp() {
        assertThat(problemsOf(() -> ModelFiles.readCohort(file("program.json")))).singleElement().asString()
                .endsWith("program.json: this is a program file, not a cohort file: a cohort file holds `program` (the "
                        + "whole program object), `participants` and `groups`");
        assertThat(problemsOf(() -> ModelFiles.readProgram(file("cohort.json")))).singleElement().asString()
                .contains("this is a cohort file, not a program file");
    }

    @Test
    void reportsAMissingFileAndTextThatIsNotUtf8() throws IOException {
        Path latin1 = temp.resolve("latin1.json");
        Files.write(latin1, "{\"id\": \"Mu\u00f1oz\"}".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(problemsOf(() -> ModelFiles.readProgram(temp.resolve("nope.json"))))
                .containsExactly(temp.resolve("nope.json") + ": no such file; expected a program file (JSON)");
        assertThat(problemsOf(() -> ModelFiles.readProgram(latin1))).singleElement().asString()
                .startsWith(latin1 + ":1: is not UTF-8 text: byte 0xF1 ('\u00f1' in Windows-1252)");
    }

    @Test
    void readsAFileWithAByteOrderMark() throws IOException {
        Path withBom = temp.resolve("bom.json");
        Files.writeString(withBom, "\uFEFF" + text("program.json"), StandardCharsets.UTF_8);

        assertThat(ModelFiles.readProgram(withBom)).isEqualTo(ModelFiles.readProgram(file("program.json")));
    }

    @Test
    void writesTheCompactStableFormAndReadsItBackEqual() throws IOException {
        Cohort cohort = ModelFiles.readCohort(file("cohort.json"));
        Path written = temp.resolve("out/cohort.json");

        ModelFiles.writeCohort(cohort, written);
        String json = Files.readString(written);

        assertThat(ModelFiles.readCohort(written)).isEqualTo(cohort);
        assertThat(ModelJson.write(ModelFiles.readCohort(written))).isEqualTo(json);
        assertThat(json).startsWith("{\n  \"program\": {\n    \"id\": \"sno-wd-2027\",\n    \"name\"")
                .doesNotContain(": \"\"", "[]", "\"capacity\": 0", "null", "\"constraints\": {}")
                .contains("\"Trần Thị <b>Mai</b> | \\\"Mai\\\"\"", "\"end\": \"00:00\"", "\"start\": \"09:00\"")
                .endsWith("}\n");
    }

    @Test
    void writesTheProgramFileExactlyAsDocumented() {
        Program program = ModelFiles.readProgram(file("program.json"));

        assertThat(ModelJson.write(program)).isEqualTo(text("program.written.json"));
    }
}
