package org.mentorkit.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.Group;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Role;
import org.mentorkit.model.io.ModelFiles;

/** The example pilot cohort (examples/pilot), grouped round-robin so that tests do not depend on the matcher. */
final class ExampleCohorts {

    static final Path PILOT = Path.of("../examples/pilot/cohort.json");

    private ExampleCohorts() {
    }

    static Cohort pilotGrouped() {
        Cohort cohort = ModelFiles.readCohort(PILOT);
        return grouped(cohort);
    }

    static Cohort grouped(Cohort cohort) {
        List<Participant> mentors = cohort.mentors();
        List<Participant> mentees = cohort.mentees();
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < mentors.size(); g++) {
            List<String> members = new ArrayList<>();
            for (int m = g; m < mentees.size(); m += mentors.size()) {
                members.add(mentees.get(m).id());
            }
            Participant mentor = mentors.get(g);
            groups.add(new Group("g" + (g + 1), "Group " + (g + 1), List.of(mentor.id()), members,
                    new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(12, 0), mentor.timeZone(), 60)));
        }
        return cohort.withGroups(groups);
    }

    /** A synthetic cohort of {@code mentees} mentees (one mentor per 4), names cycling through hard scripts. */
    static Cohort synthetic(Cohort template, int mentees) {
        String[] names = {"Łukasz Wiśniewski", "Nguyễn Thị Minh Khai", "王秀英", "محمد عبد الله", "Ana <b>Souza</b>",
                "Olivia Brown | MD", "Emily *Star* Chen", "Grace \"Gigi\" Kim", "Ελένη Παπαδοπούλου", "Мария Иванова"};
        String[] zones = {"America/New_York", "Europe/Warsaw", "Asia/Ho_Chi_Minh", "Asia/Shanghai", "Asia/Riyadh",
                "America/Sao_Paulo", "America/Chicago", "Asia/Seoul", "Europe/Athens", "Europe/Moscow"};
        List<Participant> people = new ArrayList<>();
        int mentors = Math.max(1, mentees / 4);
        for (int i = 0; i < mentors; i++) {
            people.add(person("m" + i, "Dr. " + names[i % names.length] + " " + i, Role.MENTOR, zones[i % zones.length]));
        }
        for (int i = 0; i < mentees; i++) {
            people.add(person("e" + i, names[i % names.length] + " " + i, Role.MENTEE, zones[(i * 3) % zones.length]));
        }
        return grouped(new Cohort(template.program(), people, List.of(), null));
    }

    private static Participant person(String id, String name, Role role, String zone) {
        return new Participant(id, name, "", role, zone, List.of(), List.of(), "", "", "", "", Map.of(),
                role == Role.MENTOR ? 1 : 0, "", Map.of());
    }

    static Path tempDir(String name) throws java.io.IOException {
        Path dir = Path.of("target", "test-out", name);
        Files.createDirectories(dir);
        return dir;
    }
}
