package org.mentorkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// The generator's cohorts give UTC offsets; group formation validates its cohort and takes only IANA region ids, so
// the benchmark must place every offset in a region that keeps it all year (it once failed on every cohort).
class CohortBenchTests {

    @TempDir
    Path temp;

    @Test
    void everyOffsetBecomesARegionThatKeepsItInWinterAndSummer() {
        for (String offset : new String[] {"-8", "-7", "-5", "0", "1", "5.5", "8", "9", "10"}) {
            String zone = CohortBench.zone(offset);
            ZoneOffset wanted = ZoneOffset.ofTotalSeconds((int) Math.round(Double.parseDouble(offset) * 3600));
            assertThat(zone).as(offset).doesNotStartWith("Etc/").doesNotContain("+").doesNotContain("GMT");
            for (String instant : new String[] {"2027-01-15T12:00:00Z", "2027-07-15T12:00:00Z"}) {
                assertThat(ZoneId.of(zone).getRules().getOffset(Instant.parse(instant))).as(zone).isEqualTo(wanted);
            }
        }
    }

    @Test
    void theBudgetCoversTheWholeProcessAndLeavesTheFormationAtLeastATenth() {
        // 10 s from a cold JVM: JVM start and reading (0.4 s here) and the exit reserve come off the formation's limit.
        assertThat(CohortBench.formationLimit(Duration.ofSeconds(10), Duration.ofMillis(400)))
                .isEqualTo(Duration.ofMillis(9600).minus(CohortBench.EXIT_RESERVE));
        assertThat(CohortBench.formationLimit(Duration.ofSeconds(10), Duration.ofSeconds(12)))
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aGeneratedCohortFormsGroupsThroughTheValidatingApi() throws Exception {
        StringBuilder csv = new StringBuilder("ID,Role,UTC,Interest,Gender,URM\n");
        String[] offsets = {"-8", "-5", "0", "1", "5.5", "8", "9", "10"};
        for (int i = 0; i < 8; i++) {
            csv.append("E").append(i).append(",mentee,").append(offsets[i]).append(",oncology,")
                    .append(i % 2 == 0 ? "F" : "M").append(",N\n");
        }
        csv.append("M0,mentor,1,oncology,F,N\nM1,mentor,8,leadership,M,N\n");
        Path cohort = temp.resolve("cohort.csv");
        Files.writeString(cohort, csv);
        Path groups = temp.resolve("groups.csv");

        CohortBench.run(cohort, Map.of("seconds", "1", "seed", "1", "out", groups.toString()), Duration.ZERO);

        assertThat(Files.readAllLines(groups)).hasSize(11).first().isEqualTo("ID,Team");
    }
}
