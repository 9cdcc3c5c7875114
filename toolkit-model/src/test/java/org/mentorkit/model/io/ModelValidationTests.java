package org.mentorkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorkit.model.io.TestFiles.problemsOf;
import static org.mentorkit.model.io.TestFiles.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.DefaultProgram;
import org.mentorkit.model.Group;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;

class ModelValidationTests {

    @Test
    void reportsEveryRuleOfAnInvalidCohortFileAtItsLineAndPathInFileOrder() {
        List<String> problems = problemsOf(() -> ModelJson.readCohort(text("invalid-cohort.json"), "invalid-cohort.json"));

        assertThat(problems).containsExactly(
                "invalid-cohort.json:3: program.id: must use only letters, digits, '.', '_' and '-'",
                "invalid-cohort.json:8: program.cadence.weekOfMonth: a MONTHLY_BY_WEEKDAY cadence needs the week of the month: 1 to 4, or -1 for the last such weekday",
                "invalid-cohort.json:9: program.groupPolicy.maxMentees: must be at least minMentees (4); found 2",
                "invalid-cohort.json:11: program.matching.nonIsolation[0].vocabulary: no vocabulary `gendr` in this program; did you mean `gender`? (expected one of: careerStage, gender, email, race)",
                "invalid-cohort.json:11: program.matching.nonIsolation[1].values[0]: `women` is not a value of vocabulary `gender`; did you mean `woman`? (expected one of: woman, man)",
                "invalid-cohort.json:12: program.matching.defaultAvailability[0].end: must be after start (18:00); found 08:00 (use 00:00 or 24:00 for midnight)",
                "invalid-cohort.json:16: program.vocabularies[1].underRepresented[0]: `wman` is not one of this vocabulary's values; did you mean `woman`? (expected one of: woman, man)",
                "invalid-cohort.json:16: program.vocabularies[1].values[2]: `woman` is listed twice",
                "invalid-cohort.json:17: program.vocabularies[2].id: duplicate vocabulary id `gender`: vocabularies[1] has it too; ids must be unique",
                "invalid-cohort.json:18: program.vocabularies[3].id: `email` is a participant field; only careerStage and specialty may also be vocabularies",
                "invalid-cohort.json:21: program.applicantColumns.columns.displayName: column `Name` is already mapped to `country`; one column holds one field",
                "invalid-cohort.json:21: program.applicantColumns.columns.emial: `emial` is neither a participant field nor a vocabulary id; did you mean `email`? (expected one of: id, displayName, email, role, timeZone, availability, interests, careerStage, specialty, institution, country, capacity, careerLevel, gender, race)",
                "invalid-cohort.json:21: program.applicantColumns.delimiter: expected \",\", \";\", \"\\t\" or \"|\", or leave it out to detect , or ; from the header line",
                "invalid-cohort.json:22: program.contactEmail: must be an email address such as name@example.org",
                "invalid-cohort.json:25: participants[0].capacity: a mentor needs a capacity of at least 1 (how many groups they can lead); found 0",
                "invalid-cohort.json:25: participants[0].timeZone: `America/New York` is not an IANA time-zone id; did you mean America/New_York?",
                "invalid-cohort.json:26: participants[1].timeZone: `EST` is an abbreviation, not an IANA time-zone id (abbreviations do not follow daylight saving); use the region, e.g. America/New_York",
                "invalid-cohort.json:27: participants[2].email: must be an email address such as name@example.org",
                "invalid-cohort.json:27: participants[2].timeZone: `GMT+1` is a fixed UTC offset, not an IANA time-zone id (offsets do not follow daylight saving); use the region of the place, e.g. Europe/Paris",
                "invalid-cohort.json:28: participants[2].attributes.careerStage: `careerStage` is a participant field: give it as `careerStage` beside `attributes`, not inside it",
                "invalid-cohort.json:28: participants[2].attributes.gendr: no vocabulary `gendr` in this program; did you mean `gender`? (expected one of: careerStage, gender, email, race)",
                "invalid-cohort.json:28: participants[2].attributes.race: vocabulary `race` takes one value; found 2 (set \"multiValued\": true in the program to allow several)",
                "invalid-cohort.json:28: participants[2].careerStage: `Fellow` is not a value of vocabulary `careerStage`; did you mean `fellow`? (expected one of: resident, fellow, junior faculty)",
                "invalid-cohort.json:29: participants[3].displayName: must not be blank",
                "invalid-cohort.json:29: participants[3].id: duplicate participant id `E1`: participants[2] has it too; ids must be unique",
                "invalid-cohort.json:29: participants[3].timeZone: `europe/london` is not an IANA time-zone id; did you mean Europe/London?",
                "invalid-cohort.json:30: participants[3].attributes.gender[0]: is not a value of vocabulary `gender`; did you mean `woman`? (expected one of: woman, man)",
                "invalid-cohort.json:30: participants[3].availability[0].end: must be after start (14:00); found 13:00 (use 00:00 or 24:00 for midnight)",
                "invalid-cohort.json:31: participants[4].timeZone: `Mars/Olympus_Mons` is not an IANA time-zone id; expected an id such as America/New_York or Europe/Berlin (see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)",
                "invalid-cohort.json:32: participants[4].mentorPreferences.seniority: no vocabulary `seniority` in this program; expected one of: careerStage, gender, email, race, careerLevel",
                "invalid-cohort.json:35: groups[0].menteeIds[1]: no participant with id `E9`; did you mean `E1`?",
                "invalid-cohort.json:35: groups[0].menteeIds[2]: `M2` is a mentor; menteeIds lists mentees (put it in mentorIds)",
                "invalid-cohort.json:35: groups[0].mentorIds: has 2 mentors; the program's group policy asks for 1 per group",
                "invalid-cohort.json:35: groups[0].mentorIds[1]: `E3` is a mentee; mentorIds lists mentors (put it in menteeIds)",
                "invalid-cohort.json:36: groups[1].id: duplicate group id `g1`: groups[0] has it too; ids must be unique",
                "invalid-cohort.json:36: groups[1].menteeIds[0]: mentee `E1` is already in groups[0]; a mentee belongs to one group at most",
                "invalid-cohort.json:36: groups[1].menteeIds[2]: `E3` is listed twice in this group",
                "invalid-cohort.json:37: groups[2].mentorIds[0]: mentor `M2` is in 2 groups but has a capacity of 1",
                "invalid-cohort.json:39: constraints.apart[0]: needs at least two participant ids; found 1",
                "invalid-cohort.json:39: constraints.apart[1][1]: no participant with id `X1`; did you mean `M1`?",
                "invalid-cohort.json:39: constraints.pinned.E7: no participant with id `E7`; did you mean `E1`?");
    }

    @Test
    void reportsMissingValuesAndRangesOfAnInvalidProgramFile() {
        List<String> problems = problemsOf(() -> ModelJson.readProgram(text("invalid-program.json"), "invalid-program.json"));

        assertThat(problems).containsExactly(
                "invalid-program.json:1: startDate: must not be null",
                "invalid-program.json:3: name: must not be blank",
                "invalid-program.json:5: lengthMonths: must be less than or equal to 36",
                "invalid-program.json:6: cadence.interval: must be less than or equal to 12",
                "invalid-program.json:6: cadence.sessionMinutes: must be greater than or equal to 15",
                "invalid-program.json:6: cadence.weekOfMonth: must be less than or equal to 4",
                "invalid-program.json:7: groupPolicy.mentorsPerGroup: must be greater than or equal to 1",
                "invalid-program.json:7: groupPolicy.minMentees: must be greater than or equal to 1",
                "invalid-program.json:9: matching.weights.timeZone: must be greater than or equal to 0",
                "invalid-program.json:10: matching.nonIsolation[0].values: must not be empty",
                "invalid-program.json:13: vocabularies[0].id: `1st-language` must start with a letter and use only letters, digits, '_' and '-' (it is an attribute key and an applicant CSV column)",
                "invalid-program.json:14: vocabularies[1].label: must not be blank",
                "invalid-program.json:14: vocabularies[1].values: must not be empty",
                "invalid-program.json:16: applicantColumns.columns.id: must name a CSV column header",
                "invalid-program.json:16: applicantColumns.multiValueSeparator: expected one character other than the delimiter, e.g. \";\" or \"|\", or leave it out for the default");
    }

    @Test
    void acceptsTheValidCohortFileAndTheBuiltInProgram() {
        assertThat(ModelValidation.problems(ModelFiles.readCohort(TestFiles.file("cohort.json")))).isEmpty();
        assertThat(ModelValidation.problems(DefaultProgram.pilot())).isEmpty();
    }

    @Test
    void reportsGroupsOutsideThePolicyBounds() {
        Cohort cohort = ModelFiles.readCohort(TestFiles.file("cohort.json"));
        Cohort tooSmall = cohort.withGroups(List.of(new Group("g1", "Group 1", List.of("M1"), List.of(), null)));
        Cohort noMentor = cohort.withGroups(List.of(new Group("g1", "Group 1", List.of(), List.of("E1", "E2"), null)));

        assertThat(ModelValidation.problems(tooSmall)).containsExactly(
                new Problem("groups[0].menteeIds", "has 0 mentees; the program's group policy allows 1 to 5"));
        assertThat(ModelValidation.problems(noMentor)).containsExactly(
                new Problem("groups[0].mentorIds", "has 0 mentors; the program's group policy asks for 1 per group"));
    }

    @Test
    void quotesValuesLiterallyWithoutInterpolatingThem() {
        Cohort cohort = ModelFiles.readCohort(TestFiles.file("cohort.json"));
        List<Participant> participants = new ArrayList<>(cohort.participants());
        Participant first = participants.get(0);
        participants.set(1, new Participant("${1+1}{value}", first.displayName(), "", first.role(), "Europe/Warsaw",
                List.of(), List.of(), "", "", "", "", java.util.Map.of(), 1, "", java.util.Map.of()));
        Cohort withOddId = new Cohort(cohort.program(), participants, List.of(
                new Group("g1", "Group 1", List.of("M1"), List.of("${1+1}{value}"), null)), null);

        assertThat(ModelValidation.problems(withOddId)).containsExactly(
                new Problem("groups[0].menteeIds[0]", "`${1+1}{value}` is a mentor; menteeIds lists mentees (put it in mentorIds)"));
    }

    @Test
    void locatesConstraintsOnListAndMapElementsByJsonPath() {
        Participant blanks = new Participant("E1", "Ann", "", org.mentorkit.model.Role.MENTEE, "UTC", List.of(),
                List.of("burnout", " "), "", "", "", "", java.util.Map.of("gender", List.of(" ")), 0, "",
                java.util.Map.of(" ", List.of("woman")));

        assertThat(ModelValidation.problems(blanks, DefaultProgram.pilot())).extracting(Problem::toString).contains(
                "interests[1]: must not be blank",
                "attributes.gender[0]: must not be blank",
                "mentorPreferences[\" \"]: must not be blank");
    }

    @Test
    void speaksEnglishWhateverTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            Participant nameless = new Participant("E1", " ", "", org.mentorkit.model.Role.MENTEE, "UTC", List.of(),
                    List.of(), "", "", "", "", java.util.Map.of(), 0, "", java.util.Map.of());

            assertThat(ModelValidation.problems(nameless, DefaultProgram.pilot()))
                    .containsExactly(new Problem("displayName", "must not be blank"));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void checksOneApplicantAgainstTheProgram() {
        Participant mentor = new Participant("M9", "Mentor", "bad@", org.mentorkit.model.Role.MENTOR, "PST", List.of(),
                List.of(), "professor", "", "", "", java.util.Map.of("gender", List.of("woman", "man")), 0, "",
                java.util.Map.of());

        assertThat(ModelValidation.problems(mentor, DefaultProgram.pilot())).extracting(Problem::location)
                .containsExactly("attributes.gender", "capacity", "careerStage", "email", "timeZone");
    }

    /** A legacy alias in a cohort file is read as its current name; written again, the file holds that name. */
    @Test
    void aLegacyTimeZoneAliasInACohortFileIsReadAsItsCurrentName() throws Exception {
        String pilot = java.nio.file.Files.readString(java.nio.file.Path.of("../examples/pilot/cohort.json"));
        String aliased = pilot.replaceFirst("\"America/Toronto\"", "\"Canada/Eastern\"");
        assertThat(aliased).isNotEqualTo(pilot);

        org.mentorkit.model.Cohort cohort = ModelJson.readCohort(aliased, "cohort.json");

        assertThat(cohort).isEqualTo(ModelJson.readCohort(pilot, "cohort.json"));
        assertThat(ModelJson.write(cohort)).doesNotContain("Canada/Eastern").contains("\"America/Toronto\"");
    }


    @Test
    void aHandWrittenSlotInALegacyAliasKeepsItsCurrentName() {
        org.mentorkit.model.MeetingSlot slot = new org.mentorkit.model.MeetingSlot(java.time.DayOfWeek.TUESDAY,
                java.time.LocalTime.NOON, "US/Pacific", 60);

        assertThat(slot.timeZone()).isEqualTo("America/Los_Angeles");
    }

}
