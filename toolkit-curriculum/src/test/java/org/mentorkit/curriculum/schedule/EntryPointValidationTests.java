package org.mentorkit.curriculum.schedule;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;

/** Issue 12: Scheduler.schedule refuses what the command line refuses when it reads the cohort file. */
class EntryPointValidationTests {

    @Test
    void aCohortTheModelRefusesIsRefusedWithTheSameProblems() {
        List<Participant> people = new ArrayList<>(Fixtures.fiveCities());
        people.set(1, Fixtures.person("LDN", "Ana\u0000Lopes", Role.MENTEE, "Europe/London", Fixtures.allWeek()));
        Cohort valid = Fixtures.cohort(Fixtures.program(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK), Fixtures.START, 6),
                Fixtures.newYorkTuesday1700());
        Cohort invalid = new Cohort(valid.program(), people, valid.groups(), valid.constraints());
        assertThatThrownBy(() -> Scheduler.schedule(invalid, DefaultCurriculum.load(), "groups.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("groups.json: participants[1].displayName: holds the control character U+0000");
    }
}
