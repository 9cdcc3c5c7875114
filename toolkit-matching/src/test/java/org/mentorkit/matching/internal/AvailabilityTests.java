package org.mentorkit.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.Participant;
import org.mentorkit.model.WeeklyWindow;

/**
 * {@link Availability} against a brute force written apart from it: for every 15-minute step of every UTC week of the
 * program, the step's start is converted to each person's local time with {@link ZonedDateTime} and looked up in their
 * windows. Zones of both hemispheres (and Lord Howe's half-hour clock change), so the weeks compressed into segments
 * include every clock change from January to July.
 */
class AvailabilityTests {

    private static final LocalDate UNTIL = InternalCohorts.START.plusMonths(6);

    @Test
    void pairAndGroupHoursEqualAMinuteByMinuteCountOverEveryWeek() {
        for (long seed = 1; seed <= 6; seed++) {
            Cohort cohort = InternalCohorts.random(seed, 3, 9, new GroupPolicy(3, 3, 1), List.of());
            List<Participant> people = cohort.participants();
            AvailabilityProfiles profiles = new AvailabilityProfiles(people, cohort.program());
            Availability availability = new Availability(profiles, InternalCohorts.START, UNTIL);
            Brute brute = new Brute(people);
            assertThat(availability.weeks()).as("seed %d", seed).isEqualTo(brute.weeks.size());
            for (int p = 0; p < people.size(); p++) {
                assertThat(availability.hours(p)).as("seed %d: hours of %d", seed, p)
                        .isCloseTo(brute.hours(List.of(p))[0], within(1e-9));
                for (int q = p + 1; q < people.size(); q++) {
                    assertThat(availability.pairHours(p, q)).as("seed %d: pair %d %d", seed, p, q)
                            .isCloseTo(brute.hours(List.of(p, q))[0], within(1e-9));
                }
            }
            List<Integer> group = List.of(0, 3, 4);
            double[] expected = brute.hours(group);
            double[] actual = availability.groupHours(group);
            assertThat(actual[0]).as("seed %d: group mean", seed).isCloseTo(expected[0], within(1e-9));
            assertThat(actual[1]).as("seed %d: group fewest", seed).isCloseTo(expected[1], within(1e-9));
        }
    }

    @Test
    void weeksWithoutAClockChangeShareOneSegment() {
        Cohort cohort = InternalCohorts.random(3, 2, 6, new GroupPolicy(3, 3, 1), List.of());
        Availability availability = new Availability(new AvailabilityProfiles(cohort.participants(),
                cohort.program()), InternalCohorts.START, UNTIL);
        // Some 27 weeks; each clock change nearby makes a week (or two) of its own, the rest share a few segments.
        assertThat(availability.weeks()).isGreaterThan(25);
        assertThat(availability.segments()).isLessThan(availability.weeks() / 2);
    }

    /** Independent count of common 15-minute steps per UTC week. */
    private static final class Brute {
        final List<Participant> people;
        final List<Instant> weeks = new java.util.ArrayList<>();

        Brute(List<Participant> people) {
            this.people = people;
            LocalDate monday = InternalCohorts.START.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            for (LocalDate d = monday; d.isBefore(UNTIL); d = d.plusWeeks(1)) {
                weeks.add(d.atStartOfDay(ZoneOffset.UTC).toInstant());
            }
        }

        /** [mean over weeks, fewest in a week] of the hours in which every member is free. */
        double[] hours(List<Integer> members) {
            double total = 0;
            double fewest = Double.POSITIVE_INFINITY;
            for (int w = 0; w < weeks.size(); w++) {
                int steps = 0;
                for (int s = 0; s < 7 * 96; s++) {
                    boolean all = true;
                    for (int p : members) {
                        all &= free(p)[w][s];
                    }
                    steps += all ? 1 : 0;
                }
                total += steps / 4.0;
                fewest = Math.min(fewest, steps / 4.0);
            }
            return new double[] {total / weeks.size(), fewest};
        }

        private final java.util.Map<Integer, boolean[][]> memo = new java.util.HashMap<>();

        /** Person p's free steps: [week][step]. */
        private boolean[][] free(int p) {
            return memo.computeIfAbsent(p, k -> {
                boolean[][] out = new boolean[weeks.size()][7 * 96];
                for (int w = 0; w < out.length; w++) {
                    for (int s = 0; s < 7 * 96; s++) {
                        out[w][s] = free(people.get(p), weeks.get(w).plusSeconds(s * 900L));
                    }
                }
                return out;
            });
        }

        private static boolean free(Participant p, Instant t) {
            ZonedDateTime local = t.atZone(ZoneId.of(p.timeZone()));
            ZonedDateTime localEnd = t.plusSeconds(900).atZone(ZoneId.of(p.timeZone()));
            for (WeeklyWindow w : p.availability()) {
                LocalDate day = local.toLocalDate();
                if (w.day() != day.getDayOfWeek()) {
                    continue;
                }
                ZonedDateTime from = ZonedDateTime.of(day, w.start(), local.getZone());
                ZonedDateTime to = w.end().equals(LocalTime.MIDNIGHT)
                        ? ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, local.getZone())
                        : ZonedDateTime.of(day, w.end(), local.getZone());
                if (!from.isAfter(local) && !localEnd.isAfter(to)) {
                    return true;
                }
            }
            return false;
        }
    }
}
