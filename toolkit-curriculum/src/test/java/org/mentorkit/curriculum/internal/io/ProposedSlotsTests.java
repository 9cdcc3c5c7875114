package org.mentorkit.curriculum.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorkit.curriculum.Curriculum;
import org.mentorkit.curriculum.DefaultCurriculum;
import org.mentorkit.curriculum.schedule.Fixtures;
import org.mentorkit.curriculum.schedule.GroupSchedule;
import org.mentorkit.curriculum.schedule.ProgramSchedule;
import org.mentorkit.curriculum.schedule.ScheduledSession;
import org.mentorkit.curriculum.schedule.Scheduler;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.InvalidInputException;
import org.mentorkit.model.io.ModelFiles;

/** Saving proposed slots: only groups without one get one, nothing else changes, an edited file is not overwritten. */
class ProposedSlotsTests {

    private final Curriculum curriculum = DefaultCurriculum.load();

    @TempDir
    Path dir;

    private Cohort cohort() {
        MeetingSlot saved = new MeetingSlot(DayOfWeek.THURSDAY, LocalTime.of(9, 0), "America/New_York", 60);
        Group withHistory = new Group("g1", "Group 1", List.of("NY1"), List.of("LDN", "KOL", "SAO"), Fixtures.newYorkTuesday1700())
                .withSlotChange(saved, LocalDate.of(2027, 3, 1)).withJoinDate("KOL", LocalDate.of(2027, 3, 1));
        Group handMade = new Group("g2", "Group 2", List.of("LA1"), List.of("SYD", "AKL", "TYO"), null);
        List<Participant> people = new ArrayList<>(Fixtures.fiveCities());
        people.add(Fixtures.person("LA1", "Dana", Role.MENTOR, "America/Los_Angeles", Fixtures.allWeek()));
        people.add(Fixtures.person("AKL", "Aroha", Role.MENTEE, "Pacific/Auckland", Fixtures.allWeek()));
        people.add(Fixtures.person("TYO", "Yui", Role.MENTEE, "Asia/Tokyo", Fixtures.allWeek()));
        return new Cohort(Fixtures.program(Fixtures.monthlySecondTuesday(List.of(), BlackoutRule.NEXT_WEEK), Fixtures.START, 6),
                people, List.of(withHistory, handMade), MatchingConstraints.none());
    }

    @Test
    void savesOnlyTheProposedSlotAndKeepsEveryOtherGroupWithItsHistory() throws Exception {
        Cohort cohort = cohort();
        Path file = dir.resolve("groups.json");
        ModelFiles.writeCohort(cohort, file);
        ProgramSchedule schedule = Scheduler.schedule(cohort, curriculum, "groups.json");
        assertThat(schedule.groups()).extracting(GroupSchedule::slotProposed).containsExactly(false, true);

        List<String> saved = ProposedSlots.save(cohort, schedule, file);

        assertThat(saved).containsExactly("g2");
        Cohort read = ModelFiles.readCohort(file);
        assertThat(read.groups().get(0)).isEqualTo(cohort.groups().get(0));
        assertThat(read.groups().get(1)).isEqualTo(cohort.groups().get(1).withSlot(schedule.groups().get(1).slot()));
        assertThat(read.participants()).isEqualTo(cohort.participants());
        assertThat(read.program()).isEqualTo(cohort.program());
        ProgramSchedule again = Scheduler.schedule(read, curriculum, "groups.json");
        assertThat(again.groups()).extracting(GroupSchedule::slotProposed).containsExactly(false, false);
        assertThat(again.groups().get(1).sessions()).extracting(ScheduledSession::start)
                .isEqualTo(schedule.groups().get(1).sessions().stream().map(ScheduledSession::start).toList());
        String text = Files.readString(file);
        assertThat(ProposedSlots.save(read, again, file)).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(text);
    }

    @Test
    void aFileEditedSinceItWasReadIsNotOverwritten() throws Exception {
        Cohort cohort = cohort();
        Path file = dir.resolve("groups.json");
        ModelFiles.writeCohort(cohort, file);
        ProgramSchedule schedule = Scheduler.schedule(cohort, curriculum, "groups.json");
        Cohort edited = cohort.withGroups(List.of(cohort.groups().get(0)));
        ModelFiles.writeCohort(edited, file);
        String before = Files.readString(file);

        Throwable refused = catchThrowable(() -> ProposedSlots.save(cohort, schedule, file));

        assertThat(refused).isInstanceOf(InvalidInputException.class).hasMessageContaining("changed since it was read; nothing saved");
        assertThat(Files.readString(file)).isEqualTo(before);
    }
}
