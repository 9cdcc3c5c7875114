package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.CurriculumRegistry;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.curriculum.SessionFormat;
import org.mentorkit.curriculum.schedule.GroupSchedule;
import org.mentorkit.curriculum.schedule.MemberTime;
import org.mentorkit.curriculum.schedule.ProgramSchedule;
import org.mentorkit.curriculum.schedule.ScheduledSession;
import org.mentorkit.curriculum.schedule.Scheduler;
import org.mentorkit.matching.FormationReport;
import org.mentorkit.matching.FormationResult;
import org.mentorkit.matching.FormationSettings;
import org.mentorkit.matching.GroupFormation;
import org.mentorkit.matching.Move;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.io.ModelFiles;

/**
 * Issue 10's re-forming case end to end, through formation and then scheduling: the pilot cohort formed and
 * scheduled; in month 3 two mentees withdraw and three late joiners arrive (effective 15 March 2027, after sessions
 * 1 to 3). Every saved slot stays, every session before the effective date keeps its time and SEQUENCE, every later
 * session its time too, and the report names each change.
 */
class ReformingKeepsThePastTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");
    private static final LocalDate EFFECTIVE = LocalDate.of(2027, 3, 15);

    private static FormationSettings settings(Curriculum curriculum) {
        Set<Integer> peerOnly = new HashSet<>();
        for (int k = 0; k < curriculum.sessions().size(); k++) {
            if (curriculum.sessions().get(k).format() == SessionFormat.PEER_ONLY) {
                peerOnly.add(k + 1);
            }
        }
        return FormationSettings.builder().seed(1).timeLimit(Duration.ofSeconds(20)).randomBaselineDraws(1)
                .sessions(curriculum.sessions().size(), 60, peerOnly).build();
    }

    private static Set<String> ids(ScheduledSession s) {
        return s.members().stream().map(MemberTime::participantId).collect(Collectors.toSet());
    }

    @Test
    void threeLateJoinersAndTwoWithdrawalsInMonthThreeLeaveEverySlotAndEveryPastSessionUnchanged() throws Exception {
        Cohort cohort = ModelFiles.readCohort(EXAMPLE.resolve("cohort.json"));
        Curriculum curriculum = CurriculumRegistry.discover().curriculumOrFile(DefaultCurriculum.ID);
        FormationResult first = GroupFormation.form(cohort, settings(curriculum));
        List<Group> groups = first.groups();
        ProgramSchedule before = Scheduler.schedule(cohort.withGroups(groups), curriculum, "cohort.json");

        // One mentee of each of the first two groups withdraws; three late joiners answer as a mentee of each of the
        // other groups did (same zone and windows).
        Set<String> withdrawn = Set.of(groups.get(0).menteeIds().get(0), groups.get(1).menteeIds().get(0));
        List<Participant> people = new ArrayList<>(cohort.participants());
        people.removeIf(p -> withdrawn.contains(p.id()));
        for (int k = 0; k < 3; k++) {
            Participant like = cohort.participant(groups.get(2 + k).menteeIds().get(0)).orElseThrow();
            people.add(new Participant("J" + (k + 1), "Late joiner " + (k + 1), "j" + (k + 1) + "@example.org",
                    Role.MENTEE, like.timeZone(), like.availability(), like.interests(), like.careerStage(),
                    like.specialty(), like.institution(), like.country(), like.attributes(), 0, like.careerLevel(),
                    like.mentorPreferences()));
        }
        Cohort changed = new Cohort(cohort.program(), people, List.of(), cohort.constraints());
        FormationResult again = GroupFormation.reform(changed, groups, EFFECTIVE, settings(curriculum));
        ProgramSchedule after = Scheduler.schedule(changed.withGroups(again.groups()), curriculum, "cohort.json");

        assertThat(again.slotChanges()).isEmpty();
        assertThat(again.withdrawn()).containsExactlyInAnyOrderElementsOf(withdrawn);
        assertThat(again.moves()).extracting(Move::participantId).containsExactlyInAnyOrder("J1", "J2", "J3");
        Map<String, GroupSchedule> was = before.groups().stream()
                .collect(Collectors.toMap(GroupSchedule::groupId, Function.identity()));
        int past = 0;
        for (GroupSchedule now : after.groups()) {
            GroupSchedule then = was.get(now.groupId());
            assertThat(now.slot()).as("group %s keeps its slot", now.groupId()).isEqualTo(then.slot());
            Group group = again.groups().stream().filter(g -> g.id().equals(now.groupId())).findFirst().orElseThrow();
            Set<String> joined = new HashSet<>(group.joinDates().keySet());
            assertThat(now.sessions()).hasSameSizeAs(then.sessions());
            for (int k = 0; k < now.sessions().size(); k++) {
                ScheduledSession a = then.sessions().get(k);
                ScheduledSession b = now.sessions().get(k);
                String at = "group " + now.groupId() + " session " + (k + 1);
                // No session moves: the same time and the same SEQUENCE, so no calendar changes for anyone staying.
                assertThat(b.start()).as(at).isEqualTo(a.start());
                assertThat(b.end()).as(at).isEqualTo(a.end());
                assertThat(b.sequence()).as(at).isEqualTo(a.sequence());
                Set<String> stayed = new HashSet<>(ids(a));
                stayed.removeAll(withdrawn);
                boolean isPast = b.start().withZoneSameInstant(ZoneId.of(now.slot().timeZone())).toLocalDate()
                        .isBefore(EFFECTIVE);
                Set<String> expected = new HashSet<>(stayed);
                if (!isPast) {
                    // Late joiners are in the sessions from the effective date; mentors not in peer-only ones.
                    for (String id : joined) {
                        if (b.format() != SessionFormat.PEER_ONLY || !group.mentorIds().contains(id)) {
                            expected.add(id);
                        }
                    }
                } else {
                    past++;
                }
                // Withdrawals have no leave date yet (docs/scheduling.md): the withdrawn member is missing from the
                // earlier sessions too; everyone else is exactly as before.
                assertThat(ids(b)).as(at).isEqualTo(expected);
            }
        }
        assertThat(past).as("sessions 1 to 3 of each of the 5 groups are before the effective date").isEqualTo(15);
        String report = FormationReport.markdown(again);
        assertThat(report).contains("Every saved meeting slot is kept.");
        String withdrawals = report.lines().filter(l -> l.startsWith("Withdrawn: ")).findFirst().orElse("");
        for (String id : withdrawn) {
            assertThat(withdrawals).contains(id);
        }
        for (int k = 1; k <= 3; k++) {
            assertThat(report).contains("| Late joiner " + k + " | (new) | ");
        }
    }
}
