package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Counted words in groups.md agree with their counts ("1 of 1 group has", "1 group", "3 mentees"), on the one-group
 * cohort of {@link PeerOnlySessionTests}: with its last three sessions peer-only it has a common slot, with every
 * session mentor-led it has none.
 */
class ReportCountsTests {

    private static FormationSettings.Builder settings() {
        return FormationSettings.builder().seed(1).timeLimit(Duration.ofSeconds(10)).randomBaselineDraws(1);
    }

    @Test
    void aGroupWithoutACommonSlotIsCountedInTheSingular() {
        FormationResult result = GroupFormation.form(PeerOnlySessionTests.cohort(), settings().sessions(6, 60).build());
        GroupSlot slot = result.explanations().get(0).slot();
        String md = FormationReport.markdown(result);

        assertThat(md).contains("Meeting slots: 1 of 1 group has no common slot (G1); " + slot.outside() + " of "
                + slot.memberSessions() + " member-sessions " + (slot.outside() == 1 ? "falls" : "fall")
                + " outside members' availability.");
        assertThat(md).contains("1 group, 3 mentees, 1 mentor.").contains("| leads 1 group (at most 1) |")
                .contains("| 3 mentees (allowed 3 to 3) |").doesNotContain(" 1 groups").doesNotContain("groups have");
    }

    @Test
    void oneGroupWithACommonSlotIsCountedInTheSingular() {
        FormationResult result = GroupFormation.form(PeerOnlySessionTests.cohort(),
                settings().sessions(6, 60, Set.of(4, 5, 6)).build());
        assertThat(FormationReport.markdown(result))
                .contains("Meeting slots: the group has a common slot (inside every member's availability for every"
                        + " session).")
                .doesNotContain("all 1 groups");
    }
}
