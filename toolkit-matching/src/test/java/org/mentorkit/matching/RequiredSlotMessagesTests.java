package org.mentorkit.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.CommonSlotRule;
import org.mentorkit.model.CriterionWeights;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MatchingSettings;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Problem;
import org.mentorkit.model.Program;

/**
 * Review finding D13 c: with {@code commonSlot: REQUIRED}, the error lines for a group without a common slot named
 * participants ("without Mentee 148 (W-E148) ..."), although messages quote ids only. The Sydney mentor of
 * {@link PeerOnlySessionTests} cannot make the London mentees' mornings when every session is mentor-led: the error
 * names ids, never a display name; groups.md (a coordinator's file) keeps the names.
 */
class RequiredSlotMessagesTests {

    @Test
    void theRequiredSlotErrorQuotesIdsOnly() {
        Cohort base = PeerOnlySessionTests.cohort();
        Program p = base.program();
        Program required = new Program(p.id(), p.name(), p.society(), p.description(), p.startDate(), p.lengthMonths(),
                p.cadence(), p.deliveryMode(), p.groupPolicy(),
                new MatchingSettings(CriterionWeights.defaults(), List.of(), List.of(), CommonSlotRule.REQUIRED),
                p.vocabularies(), p.applicantColumns(), p.contactEmail(), p.language());
        // Display names unlike the ids, so that a name on the screen cannot pass for an id.
        List<Participant> named = base.participants().stream()
                .map(x -> new Participant(x.id(), "Person Named " + x.id(), x.email(), x.role(), x.timeZone(),
                        x.availability(), x.interests(), x.careerStage(), x.specialty(), x.institution(), x.country(),
                        x.attributes(), x.capacity(), x.careerLevel(), x.mentorPreferences())).toList();
        Cohort cohort = new Cohort(required, named, List.of(), MatchingConstraints.none());

        InvalidInputException e = catchThrowableOfType(() -> GroupFormation.form(cohort, FormationSettings.builder()
                .seed(1).timeLimit(Duration.ofSeconds(5)).randomBaselineDraws(1).sessions(6, 60).build()),
                InvalidInputException.class);
        assertThat(e).as("REQUIRED with no common slot is refused").isNotNull();
        String messages = e.problems().stream().map(Problem::message).collect(Collectors.joining("\n"));
        assertThat(messages).contains("commonSlot is REQUIRED").contains("without T").doesNotContain("Person Named");
    }
}
