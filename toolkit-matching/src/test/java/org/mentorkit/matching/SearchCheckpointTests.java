package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.matching.core.SearchProgress;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

/**
 * The formation's search checkpoint, wired end to end: where some two people share no slot, the grouping search stops
 * at 60% of what setup left unless its best grouping already gives every group a common slot, and then goes on to 80%
 * (docs/matching.md). The search's last progress report says how much of its own (80%) limit it used: all of it when
 * it went on, about three quarters when it stopped at the checkpoint. The limit is CPU time, so the machine's load
 * does not decide, and the idle-round stop is off, so the search runs to its limit either way.
 */
class SearchCheckpointTests {

    private static final WeeklyWindow MONDAY = new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0));
    private static final WeeklyWindow WEDNESDAY = new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0),
            LocalTime.of(17, 0));
    private static final WeeklyWindow FRIDAY = new WeeklyWindow(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0));

    /** Two clusters, Monday people and Wednesday people (two mentors, six mentees each); {@code loner} meets Fridays. */
    private static Cohort clusters(boolean loner) {
        List<Participant> people = new ArrayList<>();
        for (int k = 0; k < 16; k++) {
            boolean mentor = k % 8 < 2;
            WeeklyWindow window = k < 8 ? MONDAY : WEDNESDAY;
            if (loner && k == 15) {
                window = FRIDAY; // shares no slot with anyone: whichever group gets her cannot meet
            }
            people.add(SlotFormationTests.person((mentor ? "T" : "S") + k, mentor ? Role.MENTOR : Role.MENTEE,
                    "Europe/London", List.of(window), "research"));
        }
        return new Cohort(SlotFormationTests.program(3, 3), people, List.of(), MatchingConstraints.none());
    }

    private static double lastFraction(Cohort cohort) {
        List<SearchProgress> reports = new ArrayList<>();
        FormationSettings settings = FormationSettings.builder().seed(1).cpuTime(true)
                .timeLimit(Duration.ofMillis(1500)).maxIdleRounds(Integer.MAX_VALUE).randomBaselineDraws(1)
                .listener(reports::add).build();
        GroupFormation.form(cohort, settings);
        assertThat(reports).isNotEmpty();
        return reports.get(reports.size() - 1).fractionDone();
    }

    @Test
    void whenEveryGroupCanMeetAtTheCheckpointTheSearchGoesOnToItsWholeLimit() {
        assertThat(lastFraction(clusters(false))).isGreaterThan(0.95);
    }

    @Test
    void whenSomeGroupCannotMeetTheSearchStopsAtTheCheckpoint() {
        assertThat(lastFraction(clusters(true))).isBetween(0.70, 0.80);
    }
}
