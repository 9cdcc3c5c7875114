package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.GroupSizes;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;

/**
 * The program setting {@code groupPolicy.sizes}: with {@code WITHIN_POLICY} a group may take any size within the
 * policy where that keeps groups in fewer time zones; with {@code EVEN} (the default) sizes stay as even as possible.
 */
class GroupSizesTests {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    // Zones without clock changes, so that each one's offset is one number all through the program.
    private static final String BOGOTA = "America/Bogota"; // UTC-5
    private static final String LAGOS = "Africa/Lagos"; // UTC+1
    private static final String TOKYO = "Asia/Tokyo"; // UTC+9

    /**
     * One mentor in each of three zones; 4 mentees in Bogota, 2 in Lagos, 3 in Tokyo; policy 2 to 4 mentees, so 3
     * groups. Even sizes (3, 3, 3) cannot keep the 4 Bogota mentees in one group; 4, 2, 3 keeps every group in one zone.
     */
    private static Cohort threeZones(GroupPolicy policy) {
        List<Participant> people = new ArrayList<>(List.of(
                Cohorts.mentor("M1", BOGOTA, "M", 1, "research"),
                Cohorts.mentor("M2", LAGOS, "M", 1, "research"),
                Cohorts.mentor("M3", TOKYO, "M", 1, "research")));
        String[] zones = {BOGOTA, TOKYO, BOGOTA, LAGOS, TOKYO, BOGOTA, LAGOS, TOKYO, BOGOTA};
        for (int i = 0; i < zones.length; i++) {
            people.add(Cohorts.mentee("E" + i, zones[i], "M", "research"));
        }
        return Cohorts.cohort(Cohorts.program(policy, List.of(), START), people, MatchingConstraints.none());
    }

    private static FormationSettings settings() {
        return FormationSettings.builder().seed(1).timeLimit(Duration.ofSeconds(5)).maxIdleRounds(20)
                .randomBaselineDraws(1).build();
    }

    @Test
    void withinPolicySizesKeepEveryGroupInOneZoneWhereEvenSizesCannot() {
        Cohort within = threeZones(new GroupPolicy(2, 4, 1, GroupSizes.WITHIN_POLICY));
        Cohort even = threeZones(new GroupPolicy(2, 4, 1));

        // Brute force, independent of the engine: every grouping into 3 groups of 3 (the even sizes) has a group
        // spanning at least 6 hours; some grouping with sizes within 2..4 has every group within one zone.
        assertThat(leastWidestGroup(even, 3, 3)).isEqualTo(6.0);
        assertThat(leastWidestGroup(within, 2, 4)).isEqualTo(0.0);

        List<Group> narrow = GroupFormation.form(within, settings()).groups();
        assertThat(GroupFormationPropertiesTests.independentCheck(within, narrow, false)).isEmpty();
        assertThat(narrow).allSatisfy(g -> assertThat(widest(within, g.memberIds())).as(g.toString()).isZero());
        assertThat(narrow).extracting(g -> g.menteeIds().size()).containsExactlyInAnyOrder(4, 2, 3);

        // The default keeps today's even sizes, and so the wide group the brute force says it must have.
        List<Group> evenGroups = GroupFormation.form(even, settings()).groups();
        assertThat(GroupFormationPropertiesTests.independentCheck(even, evenGroups, true)).isEmpty();
        assertThat(evenGroups).extracting(g -> g.menteeIds().size()).containsExactly(3, 3, 3);
        assertThat(evenGroups.stream().mapToDouble(g -> widest(even, g.memberIds())).max().orElseThrow())
                .isGreaterThanOrEqualTo(6.0);
    }

    @Test
    void evenIsTheDefaultAndGivesTheSameGroupsAsSayingSo() {
        Cohort unset = threeZones(new GroupPolicy(2, 4, 1));
        Cohort even = threeZones(new GroupPolicy(2, 4, 1, GroupSizes.EVEN));

        assertThat(GroupFormation.form(even, settings()).groups())
                .isEqualTo(GroupFormation.form(unset, settings()).groups());
    }

    /**
     * The report compares the groups with random groupings "with the same group sizes": those must be the formed sizes,
     * not even ones. Five of six mentees pinned to one group (policy 1 to 5) give sizes 5 and 1 under either setting.
     * Mentees share one interest, mentors another, so a group of m mentees and its mentor has C(m,2) of C(m+1,2) pairs
     * sharing an interest, whoever is in it: (2/3 + 0) / 2 = 1/3 for sizes 5 and 1, against 1/2 for 3 and 3.
     */
    @Test
    void randomGroupingsForTheReportHaveTheFormedSizes() {
        for (GroupSizes rule : GroupSizes.values()) {
            List<Participant> people = new ArrayList<>(List.of(
                    Cohorts.mentor("M1", BOGOTA, "M", 1, "teaching"), Cohorts.mentor("M2", BOGOTA, "M", 1, "teaching")));
            for (int i = 0; i < 6; i++) {
                people.add(Cohorts.mentee("E" + i, BOGOTA, "M", "research"));
            }
            Map<String, String> pins = Map.of("E0", "G1", "E1", "G1", "E2", "G1", "E3", "G1", "E4", "G1");
            Cohort cohort = Cohorts.cohort(Cohorts.program(new GroupPolicy(1, 5, 1, rule), List.of(), START), people,
                    new MatchingConstraints(pins, List.of(), List.of()));
            FormationResult result = GroupFormation.form(cohort, FormationSettings.builder().seed(1)
                    .timeLimit(Duration.ofSeconds(5)).maxIdleRounds(20).randomBaselineDraws(5).build());

            assertThat(result.groups()).extracting(g -> g.menteeIds().size()).as(rule.name())
                    .containsExactlyInAnyOrder(5, 1);
            assertThat(result.figures().sameInterestPairShare()).as(rule.name()).isCloseTo(1.0 / 3, within(1e-9));
            assertThat(result.randomFigures().sameInterestPairShare()).as(rule.name()).isCloseTo(1.0 / 3, within(1e-9));
        }
    }

    /**
     * The least, over every grouping of the mentees into 3 groups of {@code min..max} (one mentor each, mentors
     * M1-M3 to groups 1-3 without loss of generality: any grouping is a relabelling of one of these), of the widest
     * group's time difference in hours.
     */
    private static double leastWidestGroup(Cohort cohort, int min, int max) {
        List<Participant> mentees = cohort.mentees();
        List<Participant> mentors = cohort.mentors();
        int n = mentees.size();
        double best = Double.MAX_VALUE;
        int[] groupOf = new int[n];
        for (int code = 0; code < Math.pow(3, n); code++) {
            int[] size = new int[3];
            for (int i = 0, c = code; i < n; i++, c /= 3) {
                groupOf[i] = c % 3;
                size[groupOf[i]]++;
            }
            boolean fits = true;
            for (int s : size) {
                fits &= s >= min && s <= max;
            }
            if (!fits) {
                continue;
            }
            double widest = 0;
            for (int g = 0; g < 3; g++) {
                List<String> members = new ArrayList<>(List.of(mentors.get(g).id()));
                for (int i = 0; i < n; i++) {
                    if (groupOf[i] == g) {
                        members.add(mentees.get(i).id());
                    }
                }
                widest = Math.max(widest, widest(cohort, members));
            }
            best = Math.min(best, widest);
        }
        return best;
    }

    /** The largest time difference in hours between two members, around the clock (at most 12). */
    private static double widest(Cohort cohort, List<String> ids) {
        Instant at = START.atStartOfDay(ZoneId.of("UTC")).toInstant();
        Map<String, Double> offsets = new java.util.HashMap<>();
        for (String id : ids) {
            ZoneId zone = ZoneId.of(cohort.participant(id).orElseThrow().timeZone());
            offsets.put(id, zone.getRules().getOffset(at).getTotalSeconds() / 3600.0);
        }
        double widest = 0;
        for (double a : offsets.values()) {
            for (double b : offsets.values()) {
                double d = Math.abs(a - b) % 24;
                widest = Math.max(widest, Math.min(d, 24 - d));
            }
        }
        return widest;
    }
}
