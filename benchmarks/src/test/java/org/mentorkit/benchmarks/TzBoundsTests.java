package org.mentorkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.testing.ExternalTools;
import org.mentorkit.testing.RequiresTools;

/**
 * {@code tz_bounds.py} with and without {@code --mentees MIN-MAX}, on a cohort small enough to bound by hand: mentors at
 * UTC+0 and UTC+5, three mentees at UTC+0 and one at UTC+5. With exactly two mentees per group (4 / 2) one UTC+0 mentee
 * must join the UTC+5 mentor: one group over 3 h, mean spread 5 / 2 = 2.5 h (below the script's 8 h floor for a group
 * in no half of the clock, so the bound is exact here). With 1 to 3 mentees, 3 + 1 keeps both groups in one zone: none
 * over 3 h, mean spread 0.
 */
@RequiresTools("scipy")
class TzBoundsTests {

    @TempDir
    Path temp;

    private Path cohort() throws Exception {
        Path csv = temp.resolve("small.csv");
        Files.writeString(csv, "ID,Role,UTC,Interest,Gender,URM\nT0,mentor,0,a,F,N\nT1,mentor,5,a,M,N\n"
                + "E0,mentee,0,a,F,N\nE1,mentee,0,a,M,N\nE2,mentee,0,a,F,N\nE3,mentee,5,a,M,N\n");
        return csv;
    }

    @Test
    void exactSizesForceAWideGroupThatARangeOfSizesAvoids() throws Exception {
        String python = MilpScript.python();
        Path csv = cohort();

        String exact = ExternalTools.run(python, script(), csv.toString());
        String range = ExternalTools.run(python, script(), "--mentees", "1-3", csv.toString());

        assertThat(exact).contains("(2 mentees): at least 1 of 2 groups over 3 h; mean spread at least 2.50 h");
        assertThat(range).contains("(1-3 mentees): at least 0 of 2 groups over 3 h; mean spread at least 0.00 h");
    }

    @Test
    void aBadRangeIsOneLineWithExitTwo() throws Exception {
        String printed = ExternalTools.run(List.of(2), MilpScript.python(), script(), "--mentees", "3-1",
                cohort().toString());

        assertThat(printed.strip()).isEqualTo("tz_bounds.py: --mentees must be MIN-MAX with 1 <= MIN <= MAX, got '3-1'");
    }

    private static String script() {
        for (String candidate : List.of("tz_bounds.py", "benchmarks/tz_bounds.py")) {
            Path path = Path.of(candidate).toAbsolutePath();
            if (Files.isRegularFile(path)) {
                return path.toString();
            }
        }
        throw new AssertionError("tz_bounds.py not found from " + Path.of("").toAbsolutePath());
    }
}
