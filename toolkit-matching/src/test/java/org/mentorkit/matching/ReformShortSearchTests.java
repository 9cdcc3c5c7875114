package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;

/**
 * Re-forming a big cohort with a search far too short to converge (a busy machine, a slow laptop): the previous groups
 * are the start of the search, so everyone who stays keeps their group, as the docs promise, rather than whatever a
 * fresh search reached in the time. The previous groups here are deliberately poor for the criteria (every group
 * mixes five zones and three interests), so a search from scratch moves many people.
 */
class ReformShortSearchTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 12);

    @Test
    void aShortSearchKeepsEveryoneWhoStaysInTheirGroup() {
        String[] zones = {"America/New_York", "Europe/Berlin", "Asia/Tokyo", "America/Chicago", "Australia/Sydney"};
        String[] topics = {"research", "teaching", "leadership"};
        List<Participant> people = new ArrayList<>();
        List<Group> previous = new ArrayList<>();
        for (int g = 0; g < 80; g++) {
            people.add(Cohorts.mentor("T" + g, zones[g % 5], "M", 1, topics[g % 3]));
            List<String> mentees = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                int i = 4 * g + k;
                // Members of one group in different zones and interests: the criteria would regroup them all.
                people.add(Cohorts.mentee("S" + i, zones[(g + k + 1) % 5], "M", topics[(g + k + 1) % 3]));
                mentees.add("S" + i);
            }
            previous.add(new Group("G" + (g + 1), "Group " + (g + 1), List.of("T" + g), mentees, null));
        }
        List<Participant> now = new ArrayList<>(people);
        now.removeIf(p -> p.id().equals("S0") || p.id().equals("S5")); // from G1 and G2, which keep 3 each
        now.add(Cohorts.mentee("LATE1", "Europe/Berlin", "M", "research"));
        now.add(Cohorts.mentee("LATE2", "Asia/Tokyo", "M", "teaching"));
        Cohort changed = Cohorts.cohort(Cohorts.program(new GroupPolicy(3, 5, 1), List.of(), START), now,
                MatchingConstraints.none());
        FormationSettings shortSearch = FormationSettings.builder().seed(1).timeLimit(Duration.ofMillis(300))
                .randomBaselineDraws(1).build();

        FormationResult result = GroupFormation.reform(changed, previous, shortSearch);

        Map<String, String> before = groupOf(previous);
        Map<String, String> after = groupOf(result.groups());
        List<String> moved = new ArrayList<>();
        before.forEach((id, group) -> {
            if (after.containsKey(id) && !after.get(id).equals(group)) {
                moved.add(id + ": " + group + " -> " + after.get(id));
            }
        });
        assertThat(moved).as("staying members moved by a short search").isEmpty();
        assertThat(after).containsKeys("LATE1", "LATE2");
        assertThat(result.withdrawn()).containsExactlyInAnyOrder("S0", "S5");
    }

    private static Map<String, String> groupOf(List<Group> groups) {
        Map<String, String> out = new HashMap<>();
        for (Group g : groups) {
            g.memberIds().forEach(id -> out.put(id, g.id()));
        }
        return out;
    }
}
