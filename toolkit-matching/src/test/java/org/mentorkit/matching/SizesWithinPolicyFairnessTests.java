package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.GroupSizes;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;

/**
 * Sizes within the policy must not make a grouping worse only because the objective sums over pairs (review of
 * {@code WITHIN_POLICY}, issue 10): where pair terms are mostly negative, fewer pairs used to score better, and the
 * search isolated far-away members in small groups. Two probes from that review (the pilot's mentees and mentors, every
 * one on the default availability, Monday to Friday 08:00-18:00 local): with sizes within the policy, the result used to
 * be worse on every figure than the even grouping (allowed by the same policy). The figures are computed here from the
 * members' zones and interests with java.time, not with the engine's scorer.
 */
class SizesWithinPolicyFairnessTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 12);

    private static Participant mentee(String id, String zone, String... interests) {
        return Cohorts.mentee(id, zone, "M", interests);
    }

    /** The review's cohort: 8 mentees (or the first 6) and 2 mentors of the pilot, as in the probe files. */
    private static Cohort pilot(int mentees, GroupPolicy policy) {
        List<Participant> people = new ArrayList<>(List.of(
                Cohorts.mentor("T1", "America/New_York", "M", 1, "clinical trials", "leadership", "negotiation"),
                Cohorts.mentor("T2", "America/Chicago", "M", 1, "grant writing", "basic science", "education")));
        List<Participant> all = List.of(
                mentee("M01", "America/Sao_Paulo", "clinical trials", "signature talk"),
                mentee("M02", "America/New_York", "grant writing", "clinical trials"),
                mentee("M03", "America/Los_Angeles", "basic science", "grant writing"),
                mentee("M04", "America/Chicago", "leadership", "negotiation"),
                mentee("M05", "Europe/Warsaw", "signature talk", "education"),
                mentee("M06", "Asia/Ho_Chi_Minh", "global health", "clinical trials"),
                mentee("M07", "Asia/Shanghai", "basic science", "signature talk"),
                mentee("M08", "Europe/London", "work-life integration", "leadership"));
        people.addAll(all.subList(0, mentees));
        return Cohorts.cohort(Cohorts.program(policy, List.of(), START), people, MatchingConstraints.none());
    }

    // CPU time and a limit far above what these converge in (well under a second), so that the idle rounds end the
    // search and a loaded machine does not change the groups.
    private static List<Group> form(Cohort cohort, long seed) {
        return GroupFormation.form(cohort, FormationSettings.builder().seed(seed).timeLimit(Duration.ofSeconds(30))
                .cpuTime(true).maxIdleRounds(20).randomBaselineDraws(1).build()).groups();
    }

    @Test
    void eightMenteesWithinThreeToFiveAreNotWorseOnEveryFigureThanEvenSizes() {
        assertWithinPolicyNotDominatedByEvenSizes(8, 3, 5);
    }

    @Test
    void sixMenteesWithinOneToFiveAreNotWorseOnEveryFigureThanEvenSizes() {
        assertWithinPolicyNotDominatedByEvenSizes(6, 1, 5);
    }

    /** For seeds 1-3: the WITHIN_POLICY groups keep every rule and the EVEN groups are not better on every figure. */
    private static void assertWithinPolicyNotDominatedByEvenSizes(int mentees, int min, int max) {
        for (long seed = 1; seed <= 3; seed++) {
            Cohort within = pilot(mentees, new GroupPolicy(min, max, 1, GroupSizes.WITHIN_POLICY));
            Cohort even = pilot(mentees, new GroupPolicy(min, max, 1));
            List<Group> free = form(within, seed);
            List<Group> fixed = form(even, seed);
            assertThat(GroupFormationPropertiesTests.independentCheck(within, free, false)).isEmpty();
            Figures f = Figures.of(within, free);
            Figures e = Figures.of(even, fixed);
            assertThat(e.dominates(f)).as("seed %d: within %s %s, even %s %s", seed, f, free, e, fixed).isFalse();
        }
    }

    /**
     * The review's three figures of a grouping: hours a week in which every member of a group is available (the
     * default Monday-Friday 08:00-18:00 local, in 15-minute steps over the week of the start), mean over groups;
     * largest time difference in a group (hours, around the clock, at the start), mean over groups; share of the pairs
     * inside groups that share an interest.
     */
    record Figures(double commonHours, double spread, double sharedInterests) {

        /** Whether this is at least as good on every figure as {@code o} and better on one. */
        boolean dominates(Figures o) {
            double eps = 1e-9;
            boolean noWorse = commonHours >= o.commonHours - eps && spread <= o.spread + eps
                    && sharedInterests >= o.sharedInterests - eps;
            boolean better = commonHours > o.commonHours + eps || spread < o.spread - eps
                    || sharedInterests > o.sharedInterests + eps;
            return noWorse && better;
        }

        static Figures of(Cohort cohort, List<Group> groups) {
            double hours = 0;
            double spread = 0;
            int pairs = 0;
            int sharing = 0;
            for (Group g : groups) {
                List<Participant> members = g.memberIds().stream()
                        .map(id -> cohort.participant(id).orElseThrow()).toList();
                hours += Cohorts.defaultCommonHours(members, START);
                spread += widest(members);
                for (int a = 0; a < members.size(); a++) {
                    for (int b = a + 1; b < members.size(); b++) {
                        pairs++;
                        Set<String> shared = new HashSet<>(members.get(a).interests());
                        shared.retainAll(members.get(b).interests());
                        sharing += shared.isEmpty() ? 0 : 1;
                    }
                }
            }
            return new Figures(hours / groups.size(), spread / groups.size(), (double) sharing / pairs);
        }


        private static double widest(List<Participant> members) {
            java.time.Instant at = START.atStartOfDay(ZoneOffset.UTC).toInstant();
            double widest = 0;
            for (Participant a : members) {
                for (Participant b : members) {
                    double d = Math.abs(offset(a, at) - offset(b, at)) % 24;
                    widest = Math.max(widest, Math.min(d, 24 - d));
                }
            }
            return widest;
        }

        private static double offset(Participant p, java.time.Instant at) {
            return ZoneId.of(p.timeZone()).getRules().getOffset(at).getTotalSeconds() / 3600.0;
        }
    }
}
