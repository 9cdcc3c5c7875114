package org.mentorkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.model.Cohort;

class TzInterestCohortsTests {

    @TempDir
    Path temp;

    /** The rows of a generated CSV as column -> value maps, read by a plain split (no shared code with the writer). */
    private static List<Map<String, String>> rows(String csv) {
        String[] lines = csv.split("\n");
        String[] head = lines[0].split(",");
        return java.util.Arrays.stream(lines).skip(1).map(line -> {
            String[] t = line.split(",", -1);
            assertThat(t).as(line).hasSize(head.length);
            Map<String, String> row = new HashMap<>();
            for (int k = 0; k < head.length; k++) {
                row.put(head[k], t[k]);
            }
            return row;
        }).toList();
    }

    @Test
    void writesTheColumnsEvaluateReadsWithExactlyTheRequestedRoles() {
        String csv = TzInterestCohorts.generate(1, 120, 30);
        assertThat(csv.lines().findFirst()).hasValue("ID,Role,Gender,URM,UTC,Interest");
        List<Map<String, String>> rows = rows(csv);
        assertThat(rows).hasSize(150);
        assertThat(rows.stream().filter(r -> r.get("Role").equals("mentor")).count()).isEqualTo(30);
        assertThat(rows.stream().filter(r -> r.get("Role").equals("mentee")).count()).isEqualTo(120);
        assertThat(rows.stream().map(r -> r.get("ID")).distinct().count()).isEqualTo(150);
        for (Map<String, String> r : rows) {
            assertThat(r.get("Gender")).isIn("F", "M", "NB");
            assertThat(r.get("URM")).isIn("Y", "N");
            assertThat(TzInterestCohorts.INTERESTS).contains(r.get("Interest"));
            assertThat(Double.parseDouble(r.get("UTC"))).isBetween(-12.0, 14.0);
        }
    }

    @Test
    void theSameSeedGivesTheSameCohortAndSeedsGiveDifferentZoneMixes() {
        assertThat(TzInterestCohorts.generate(7, 40, 10)).isEqualTo(TzInterestCohorts.generate(7, 40, 10));
        Set<Long> westernMentees = new HashSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            westernMentees.add(rows(TzInterestCohorts.generate(seed, 400, 100)).stream()
                    .filter(r -> r.get("Role").equals("mentee") && Double.parseDouble(r.get("UTC")) < -2).count());
        }
        assertThat(westernMentees).as("mentees in the Americas, seeds 1-5").hasSizeGreaterThan(3);
    }

    @Test
    void aLargeCohortFollowsTheDocumentedRanges() {
        List<Map<String, String>> rows = rows(TzInterestCohorts.generate(3, 4000, 1000));
        double women = rows.stream().filter(r -> r.get("Gender").equals("F")).count() / 5000.0;
        double urm = rows.stream().filter(r -> r.get("URM").equals("Y")).count() / 5000.0;
        assertThat(women).isBetween(0.32, 0.63);
        assertThat(urm).isBetween(0.08, 0.32);
        assertThat(rows.stream().map(r -> r.get("Interest")).distinct().count())
                .isEqualTo(TzInterestCohorts.INTERESTS.size());
        Set<String> offsets = new HashSet<>();
        rows.forEach(r -> offsets.add(r.get("UTC")));
        assertThat(offsets).contains("-8", "-3", "0", "5.5", "9.5", "12");
    }

    @Test
    void everyOffsetItCanWriteIsPlacedByTheRunnerAndTheCohortForms() throws Exception {
        for (TzInterestCohorts.Region region : TzInterestCohorts.REGIONS) {
            for (double offset : region.offsets()) {
                assertThat(CohortBench.zone(TzInterestCohorts.offset(offset))).as(region.name() + " " + offset)
                        .isNotBlank();
            }
        }
        Path cohort = temp.resolve("cohort.csv");
        Files.writeString(cohort, TzInterestCohorts.generate(2, 16, 4));
        Cohort read = CohortBench.read(cohort);
        assertThat(read.mentees()).hasSize(16);
        assertThat(read.mentors()).hasSize(4);
        Path groups = temp.resolve("groups.csv");
        CohortBench.run(cohort, Map.of("seconds", "10", "seed", "1", "out", groups.toString()), Duration.ZERO);
        assertThat(Files.readAllLines(groups)).hasSize(21);
    }

    @Test
    void refusesACohortWithoutMenteesOrMentors() {
        assertThatThrownBy(() -> TzInterestCohorts.generate(1, 0, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one mentee and one mentor");
    }
}
