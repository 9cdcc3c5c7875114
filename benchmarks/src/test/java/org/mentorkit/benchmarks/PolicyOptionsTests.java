package org.mentorkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.GroupSizes;
import org.mentorkit.model.io.ModelJson;

/** The runner's group policy options ({@code --mentees MIN-MAX}, {@code --sizes}) and its refusal of unknown ones. */
class PolicyOptionsTests {

    @TempDir
    Path temp;

    @Test
    void withoutOptionsEachCommandKeepsItsOwnPolicySoEarlierFiguresStayComparable() {
        assertThat(PolicyOptions.policy(Map.of(), CohortBench.STANDARD_POLICY)).isEqualTo(new GroupPolicy(4, 4, 1));
        assertThat(PolicyOptions.policy(Map.of(), AvailabilityCohorts.STANDARD_POLICY))
                .isEqualTo(new GroupPolicy(3, 5, 1));
    }

    @Test
    void readsARangeOneNumberAndEitherSizesRule() {
        assertThat(PolicyOptions.policy(Map.of("mentees", "3-5", "sizes", "within-policy"), CohortBench.STANDARD_POLICY))
                .isEqualTo(new GroupPolicy(3, 5, 1, GroupSizes.WITHIN_POLICY));
        assertThat(PolicyOptions.policy(Map.of("mentees", "5", "sizes", "EVEN"), CohortBench.STANDARD_POLICY))
                .isEqualTo(new GroupPolicy(5, 5, 1, GroupSizes.EVEN));
        assertThat(PolicyOptions.policy(Map.of("sizes", "WITHIN_POLICY"), AvailabilityCohorts.STANDARD_POLICY))
                .isEqualTo(new GroupPolicy(3, 5, 1, GroupSizes.WITHIN_POLICY));
    }

    @Test
    void badValuesAreOneLineNamingTheOptionAndWhatItTakes() {
        for (String bad : new String[] {"5-3", "0-4", "3-51", "3-", "three", "3-4-5", "3.5-5", ""}) {
            assertThatThrownBy(() -> PolicyOptions.policy(Map.of("mentees", bad), CohortBench.STANDARD_POLICY))
                    .as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("--mentees must be MIN-MAX mentees per group (or one number), whole numbers with"
                            + " 1 <= MIN <= MAX <= 50, got `" + bad + "`");
        }
        assertThatThrownBy(() -> PolicyOptions.policy(Map.of("sizes", "uneven"), CohortBench.STANDARD_POLICY))
                .hasMessage("--sizes must be even or within-policy, got `uneven`");
        assertThatThrownBy(() -> Bench.checkOptions("cohort", Map.of("size", "within-policy")))
                .hasMessage("unknown option --size; cohort takes --seconds, --seed, --out, --clock, --weights,"
                        + " --idle-rounds, --mentees, --sizes");
        assertThatThrownBy(() -> Bench.checkOptions("cohort-json", Map.of("sizes", "even")))
                .hasMessageStartingWith("unknown option --sizes; cohort-json takes --seconds");
    }

    @Test
    void genAvailabilityWritesTheSizesSettingWhereTheExactProgrammeReadsIt() {
        var cohort = AvailabilityCohorts.generate(1, 12, 3, "apac",
                PolicyOptions.policy(Map.of("mentees", "2-5", "sizes", "within-policy"),
                        AvailabilityCohorts.STANDARD_POLICY));
        String json = ModelJson.write(cohort);

        var policy = jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject()
                .getJsonObject("program").getJsonObject("groupPolicy");
        assertThat(policy.getInt("minMentees")).isEqualTo(2);
        assertThat(policy.getInt("maxMentees")).isEqualTo(5);
        assertThat(policy.getString("sizes")).isEqualTo("WITHIN_POLICY");
        // The same people as without the options: only the policy differs.
        assertThat(cohort.participants()).isEqualTo(AvailabilityCohorts.generate(1, 12, 3, "apac").participants());
    }

    @Test
    void cohortWithinPolicyFormsGroupsOfAnySizeInTheRange() throws Exception {
        StringBuilder csv = new StringBuilder("ID,Role,UTC,Interest,Gender,URM\n");
        // 10 mentees, 3 mentors: 3-4 each with even sizes; within 2..5 the Tokyo five can be one group.
        String[] offsets = {"9", "9", "9", "9", "9", "-5", "-5", "1", "1", "1"};
        for (int i = 0; i < offsets.length; i++) {
            csv.append("E").append(i).append(",mentee,").append(offsets[i]).append(",oncology,M,N\n");
        }
        csv.append("M0,mentor,9,oncology,M,N\nM1,mentor,-5,oncology,M,N\nM2,mentor,1,oncology,M,N\n");
        Path cohort = temp.resolve("cohort.csv");
        Files.writeString(cohort, csv);
        Path groups = temp.resolve("groups.csv");
        Map<String, String> opts = new HashMap<>(Map.of("seconds", "3", "seed", "1", "out", groups.toString(),
                "mentees", "2-5", "sizes", "within-policy"));

        CohortBench.run(cohort, opts, Duration.ZERO);

        Map<String, List<String>> teams = Files.readAllLines(groups).stream().skip(1)
                .collect(Collectors.groupingBy(l -> l.split(",")[1]));
        assertThat(teams).hasSize(3);
        // Members per team, mentor included: 6 (Tokyo), 3 (Bogota-like -5), 4 (+1), each one zone.
        assertThat(teams.values()).extracting(List::size).containsExactlyInAnyOrder(6, 3, 4);
    }
}
