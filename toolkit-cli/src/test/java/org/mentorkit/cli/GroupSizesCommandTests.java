package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.ApplicantColumns;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.DeliveryMode;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.GroupSizes;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MatchingSettings;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.io.ModelFiles;

/** {@code groupPolicy.sizes} through {@code mentorkit match}: refused when unknown, kept in the groups file. */
class GroupSizesCommandTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");

    @TempDir
    Path temp;

    /** The pilot cohort with {@code "sizes": VALUE} added to its group policy. */
    private Path pilotWithSizes(String value) throws Exception {
        String pilot = Files.readString(EXAMPLE.resolve("cohort.json"), StandardCharsets.UTF_8);
        assertThat(pilot).contains("\"groupPolicy\": {\n      \"minMentees\": 3,");
        Path file = temp.resolve("cohort.json");
        Files.writeString(file, pilot.replace("\"groupPolicy\": {\n      \"minMentees\": 3,",
                "\"groupPolicy\": {\n      \"sizes\": " + value + ",\n      \"minMentees\": 3,"), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void anUnknownSizesValueIsAnInputMistakeNamingThePathAndTheAllowedValues() throws Exception {
        Path cohort = pilotWithSizes("\"flexible\"");
        Path out = temp.resolve("groups.json");

        Cli.Run run = Cli.run("match", cohort.toString(), "--out", out.toString(), "--time-limit", "2s", "--quiet");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(cohort + ":19: program.groupPolicy.sizes: expected one of EVEN, WITHIN_POLICY,"
                + " found `flexible`").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        assertThat(temp.resolve("groups.md")).doesNotExist();
    }

    /**
     * A cohort file with one mentor in each of Bogota (UTC-5), Lagos (UTC+1) and Tokyo (UTC+9), 4 mentees in Bogota, 2
     * in Lagos and 3 in Tokyo, policy 2 to 4 mentees: even sizes (3, 3, 3) must put a Bogota mentee in a group with
     * another zone; sizes within the policy (4, 2, 3) keep every group in one zone.
     */
    private Path threeZones(GroupSizes sizes) {
        Program program = new Program("three-zones", "Three zones", "Society", "", LocalDate.of(2027, 3, 1), 6,
                new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, 2, DayOfWeek.TUESDAY, 60, List.of(), null),
                DeliveryMode.VIRTUAL, new GroupPolicy(2, 4, 1, sizes), MatchingSettings.defaults(), List.of(),
                ApplicantColumns.defaults(), "");
        String[] mentorZones = {"America/Bogota", "Africa/Lagos", "Asia/Tokyo"};
        String[] menteeZones = {"America/Bogota", "Asia/Tokyo", "America/Bogota", "Africa/Lagos", "Asia/Tokyo",
            "America/Bogota", "Africa/Lagos", "Asia/Tokyo", "America/Bogota"};
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < mentorZones.length; i++) {
            people.add(new Participant("M" + i, "Mentor " + i, "", Role.MENTOR, mentorZones[i], List.of(),
                    List.of("research"), "", "", "", "", Map.of(), 1, "late", Map.of()));
        }
        for (int i = 0; i < menteeZones.length; i++) {
            people.add(new Participant("E" + i, "Mentee " + i, "", Role.MENTEE, menteeZones[i], List.of(),
                    List.of("research"), "", "", "", "", Map.of(), 0, "", Map.of()));
        }
        Path file = temp.resolve("three-zones-" + sizes + ".json");
        ModelFiles.writeCohort(new Cohort(program, people, List.of(), MatchingConstraints.none()), file);
        return file;
    }

    @Test
    void theCommandFormsUnevenGroupsOnlyWhenTheProgramAllowsThem() {
        for (GroupSizes sizes : GroupSizes.values()) {
            Path out = temp.resolve("groups-" + sizes + ".json");
            Cli.Run run = Cli.run("match", threeZones(sizes).toString(), "--out", out.toString(), "--seed", "1",
                    "--time-limit", "5s", "--quiet");

            assertThat(run.code()).as(run.err()).isZero();
            var menteeCounts = ModelFiles.readCohort(out).groups().stream().map(g -> g.menteeIds().size()).toList();
            if (sizes == GroupSizes.WITHIN_POLICY) {
                assertThat(menteeCounts).containsExactlyInAnyOrder(4, 2, 3);
            } else {
                assertThat(menteeCounts).containsExactly(3, 3, 3);
            }
        }
    }

    @Test
    void withinPolicySizesFormGroupsWithinThePolicyAndTheGroupsFileKeepsTheSetting() throws Exception {
        Path cohort = pilotWithSizes("\"WITHIN_POLICY\"");
        Path out = temp.resolve("groups.json");

        Cli.Run run = Cli.run("match", cohort.toString(), "--out", out.toString(), "--seed", "1", "--time-limit", "5s",
                "--quiet");

        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        Cohort grouped = ModelFiles.readCohort(out);
        assertThat(grouped.program().groupPolicy().sizes()).isEqualTo(GroupSizes.WITHIN_POLICY);
        assertThat(grouped.groups()).hasSize(5).allSatisfy(g -> assertThat(g.menteeIds()).hasSizeBetween(3, 5));
        assertThat(grouped.groups().stream().mapToInt(g -> g.menteeIds().size()).sum()).isEqualTo(20);

        // Re-forming from that file keeps the setting and the groups (nothing changed).
        Path second = temp.resolve("groups-v2.json");
        Cli.Run again = Cli.run("match", out.toString(), "--from", out.toString(), "--out", second.toString(),
                "--quiet");
        assertThat(again.code()).isZero();
        Cohort reformed = ModelFiles.readCohort(second);
        assertThat(reformed.program().groupPolicy().sizes()).isEqualTo(GroupSizes.WITHIN_POLICY);
        assertThat(reformed.groups()).isEqualTo(grouped.groups());
    }
}
