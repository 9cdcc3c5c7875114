package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CountsTests {

    @Test
    void aLongListIsCutWithHowManyMoreAndEveryNameIsAccountedFor() {
        List<String> names = IntStream.rangeClosed(1, 168).mapToObj(i -> "G" + i).toList();

        String line = Counts.firstFew(names, 12);

        assertThat(line).startsWith("G1, G2, G3,").endsWith("G12 and 156 more").doesNotContain("G13");
        int listed = line.replace(" and 156 more", "").split(", ").length;
        assertThat(listed + 156).isEqualTo(names.size());
    }

    @Test
    void aShortListIsGivenWhole() {
        assertThat(Counts.firstFew(List.of("G4"), 12)).isEqualTo("G4");
        assertThat(Counts.firstFew(IntStream.rangeClosed(1, 12).mapToObj(i -> "M" + i).toList(), 12))
                .isEqualTo("M1, M2, M3, M4, M5, M6, M7, M8, M9, M10, M11, M12");
    }
}
