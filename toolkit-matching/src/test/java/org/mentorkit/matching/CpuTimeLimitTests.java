package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;

/**
 * The time limit on the forming thread's CPU clock ({@code FormationSettings.cpuTime}, for benchmarks on a shared
 * machine) changes only how the limit is counted: a formation that converges well within either limit gives the same
 * groups and slots on both clocks.
 */
class CpuTimeLimitTests {

    @Test
    void aConvergedFormationIsTheSameOnTheWallClockAndTheCpuClock() {
        SplittableRandom rnd = new SplittableRandom(5);
        String[] zones = {"Europe/London", "Europe/Berlin", "America/New_York", "Australia/Sydney"};
        List<Participant> people = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            people.add(SlotFormationTests.person("T" + k, Role.MENTOR, zones[k], SlotFormationTests.windows(rnd), "a"));
        }
        for (int k = 0; k < 9; k++) {
            people.add(SlotFormationTests.person("S" + k, Role.MENTEE, zones[k % zones.length],
                    SlotFormationTests.windows(rnd), k % 2 == 0 ? "a" : "b"));
        }
        Cohort cohort = new Cohort(SlotFormationTests.program(3, 3), people, List.of(), MatchingConstraints.none());
        FormationSettings.Builder settings = FormationSettings.builder().seed(3).maxIdleRounds(20)
                .timeLimit(Duration.ofSeconds(60)).randomBaselineDraws(1);

        FormationResult wall = GroupFormation.form(cohort, settings.build());
        FormationResult cpu = GroupFormation.form(cohort, settings.cpuTime(true).build());

        assertThat(settings.build().cpuTime()).isTrue();
        assertThat(FormationSettings.builder().build().cpuTime()).as("wall-clock by default").isFalse();
        assertThat(wall.converged()).isTrue();
        assertThat(cpu.converged()).isTrue();
        assertThat(cpu.groups()).isEqualTo(wall.groups());
    }
}
