package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

/** groups.md names everyone judged on assumed availability (they gave none), so the coordinator knows whom to ask. */
class AssumedAvailabilityReportTests {

    private static final FormationSettings SETTINGS = FormationSettings.builder().seed(1).maxIdleRounds(10)
            .timeLimit(Duration.ofSeconds(20)).randomBaselineDraws(1).build();

    private static final List<WeeklyWindow> TUESDAY = List.of(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(9, 0),
            LocalTime.of(17, 0)));

    @Test
    void membersWhoGaveNoAvailabilityAreNamedWithTheAssumption() {
        List<Participant> people = List.of(
                SlotFormationTests.person("T1", Role.MENTOR, "Europe/London", TUESDAY, "research"),
                SlotFormationTests.person("S1", Role.MENTEE, "Europe/London", TUESDAY, "research"),
                SlotFormationTests.person("S2", Role.MENTEE, "Europe/Paris", List.of(), "research"),
                SlotFormationTests.person("S3", Role.MENTEE, "Europe/Paris", List.of(), "research"));
        FormationResult result = GroupFormation.form(cohort(people), SETTINGS);

        String md = FormationReport.markdown(result);

        assertThat(FormationReport.assumedAvailability(result)).extracting(Participant::id).containsExactly("S2", "S3");
        String line = md.lines().filter(l -> l.startsWith("Availability assumed")).findFirst().orElseThrow();
        assertThat(line).startsWith("Availability assumed for 2 members who gave none (Monday to Friday 08:00-18:00"
                + " in their own time zone").contains("(S2)", "(S3)").doesNotContain("(S1)", "(T1)");
    }

    @Test
    void nothingIsSaidWhenEveryoneGaveTheirTimes() {
        List<Participant> people = List.of(
                SlotFormationTests.person("T1", Role.MENTOR, "Europe/London", TUESDAY, "research"),
                SlotFormationTests.person("S1", Role.MENTEE, "Europe/London", TUESDAY, "research"),
                SlotFormationTests.person("S2", Role.MENTEE, "Europe/Paris", TUESDAY, "research"),
                SlotFormationTests.person("S3", Role.MENTEE, "Europe/Paris", TUESDAY, "research"));
        FormationResult result = GroupFormation.form(cohort(people), SETTINGS);

        assertThat(FormationReport.assumedAvailability(result)).isEmpty();
        assertThat(FormationReport.markdown(result)).doesNotContain("Availability assumed");
    }

    private static Cohort cohort(List<Participant> people) {
        return new Cohort(SlotFormationTests.program(3, 3), people, List.of(), MatchingConstraints.none());
    }
}
