package org.mentorkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.CurriculumRegistry;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.curriculum.schedule.GroupSchedule;
import org.mentorkit.curriculum.schedule.MemberTime;
import org.mentorkit.curriculum.schedule.ProgramSchedule;
import org.mentorkit.curriculum.schedule.ScheduledSession;
import org.mentorkit.curriculum.schedule.Scheduler;
import org.mentorkit.matching.FormationResult;
import org.mentorkit.matching.FormationSettings;
import org.mentorkit.matching.GroupFormation;
import org.mentorkit.matching.GroupSlot;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.io.ModelFiles;
import org.mentorkit.model.io.ModelJson;

/**
 * {@code match} judges each group's slot on exactly the sessions {@code schedule} then places: the curriculum's
 * number of sessions on the first cadence dates of the slot's weekday. A program of twelve months gives twelve
 * monthly dates; the built-in curriculum holds six sessions, and both commands count those six.
 */
class MatchScheduleAgreementTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "pilot");

    @TempDir
    Path temp;

    private static Cohort twelveMonths() throws Exception {
        String json = Files.readString(EXAMPLE.resolve("cohort.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"lengthMonths\"\\s*:\\s*6", "\"lengthMonths\": 12");
        Cohort cohort = ModelJson.readCohort(json, "cohort.json");
        assertThat(cohort.program().lengthMonths()).isEqualTo(12);
        return cohort;
    }

    @Test
    void formationAndScheduleCountTheSameSessionsOnTheSameDates() throws Exception {
        Cohort cohort = twelveMonths();
        Curriculum curriculum = CurriculumRegistry.discover().curriculumOrFile(DefaultCurriculum.ID);
        int sessions = curriculum.sessions().size();
        java.util.Set<Integer> peerOnly = new java.util.HashSet<>();
        for (int k = 0; k < sessions; k++) {
            if (curriculum.sessions().get(k).format() == org.mentorkit.curriculum.SessionFormat.PEER_ONLY) {
                peerOnly.add(k + 1);
            }
        }
        assertThat(peerOnly).as("the built-in curriculum has peer-only sessions").isNotEmpty();
        FormationResult result = GroupFormation.form(cohort, FormationSettings.builder().seed(1)
                .timeLimit(Duration.ofSeconds(10)).sessions(sessions, 60, peerOnly).build());
        ProgramSchedule schedule = Scheduler.schedule(cohort.withGroups(result.groups()), curriculum, "cohort.json");
        for (int g = 0; g < result.groups().size(); g++) {
            GroupSlot slot = result.explanations().get(g).slot();
            GroupSchedule placed = schedule.groups().get(g);
            assertThat(placed.groupId()).isEqualTo(result.groups().get(g).id());
            assertThat(placed.slotProposed()).isFalse();
            List<LocalDate> formationDates = slot.sessions().stream().map(GroupSlot.Session::date).toList();
            List<LocalDate> scheduleDates = placed.sessions().stream()
                    .map(s -> s.start().withZoneSameInstant(java.time.ZoneId.of(placed.slot().timeZone())).toLocalDate())
                    .toList();
            assertThat(formationDates).as("group %s", placed.groupId()).hasSize(sessions).isEqualTo(scheduleDates);
            // Every member-session schedule places is one formation judged, with the same verdict, and formation
            // judges no other: neither counts the mentor in peer-only sessions.
            for (int k = 0; k < sessions; k++) {
                ScheduledSession scheduled = placed.sessions().get(k);
                Map<String, Boolean> judged = new HashMap<>();
                slot.sessions().get(k).members().stream().filter(GroupSlot.MemberSession::invited)
                        .forEach(m -> judged.put(m.participantId(), m.inside()));
                assertThat(judged.keySet()).as("group %s session %d members", placed.groupId(), k + 1)
                        .isEqualTo(scheduled.members().stream().map(MemberTime::participantId)
                                .collect(java.util.stream.Collectors.toSet()));
                for (MemberTime m : scheduled.members()) {
                    assertThat(judged.get(m.participantId())).as("group %s session %d member %s", placed.groupId(),
                            k + 1, m.participantId()).isEqualTo(m.withinAvailability());
                }
            }
            assertThat(slot.memberSessions()).isEqualTo(placed.sessions().stream().mapToInt(s -> s.members().size())
                    .sum());
            assertThat(slot.outside()).isEqualTo(placed.sessions().stream().mapToLong(s -> s.members().stream()
                    .filter(m -> !m.withinAvailability()).count()).sum());
        }
        assertThat(schedule.groups()).hasSize(result.groups().size());
    }

    @Test
    void matchUsesTheCurriculumsSessionCountLikeSchedule() throws Exception {
        Path cohortFile = temp.resolve("cohort.json");
        ModelFiles.writeCohort(twelveMonths(), cohortFile);
        Path out = temp.resolve("groups.json");
        Cli.Run run = Cli.run("match", cohortFile.toString(), "--out", out.toString(), "--seed", "1",
                "--time-limit", "10s", "--quiet");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        String markdown = Files.readString(temp.resolve("groups.md"), StandardCharsets.UTF_8);
        // Six rows per group (the built-in curriculum's sessions), not the twelve dates of the cadence.
        assertThat(markdown.lines().filter(l -> l.startsWith("| 6: ")).count()).isEqualTo(5);
        assertThat(markdown.lines().filter(l -> l.startsWith("| 7: ")).count()).isZero();
        Cli.Run unknown = Cli.run("match", cohortFile.toString(), "--out", temp.resolve("g2.json").toString(),
                "--curriculum", temp.resolve("missing.json").toString(), "--quiet");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(Files.exists(temp.resolve("g2.json"))).isFalse();
    }
}
