package org.mentorkit.curriculum.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentorkit.model.ApplicantColumns;
import org.mentorkit.model.BlackoutRule;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.DeliveryMode;
import org.mentorkit.model.Group;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MatchingSettings;
import org.mentorkit.model.MeetingSlot;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.WeeklyWindow;

/** A five-city group: mentor in New York, mentees in London, Kolkata, Sydney and São Paulo. */
public final class Fixtures {

    public static final LocalDate START = LocalDate.of(2027, 1, 12);

    private Fixtures() {
    }

    public static Cadence monthlySecondTuesday(List<LocalDate> blackouts, BlackoutRule rule) {
        return new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, 2, DayOfWeek.TUESDAY, 60, blackouts, rule);
    }

    public static Program program(Cadence cadence, LocalDate start, int months) {
        return new Program("five-cities", "Five Cities Mentoring", "Example Society", "", start, months, cadence,
                DeliveryMode.VIRTUAL, GroupPolicy.pilot(), MatchingSettings.defaults(), List.of(),
                ApplicantColumns.defaults(), "mentoring@example.org");
    }

    public static Participant person(String id, String name, Role role, String zone, List<WeeklyWindow> availability) {
        return new Participant(id, name, id.toLowerCase() + "@example.org", role, zone, availability, List.of(), "", "",
                "", "", Map.of(), role == Role.MENTOR ? 1 : 0, "", Map.of());
    }

    public static List<WeeklyWindow> allWeek() {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.add(new WeeklyWindow(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        return windows;
    }

    public static List<Participant> fiveCities() {
        return List.of(
                person("NY1", "Dr. Maya \"Mo\" O'Neil, MD", Role.MENTOR, "America/New_York", allWeek()),
                person("LDN", "Ana, Beatriz; Lopes", Role.MENTEE, "Europe/London", allWeek()),
                person("KOL", "Priya | Raman <b>", Role.MENTEE, "Asia/Kolkata", allWeek()),
                person("SYD", "Chloé\nNguyen", Role.MENTEE, "Australia/Sydney", allWeek()),
                person("SAO", "João =SUM(A1) Silva", Role.MENTEE, "America/Sao_Paulo", allWeek()));
    }

    public static Cohort cohort(Program program, MeetingSlot slot) {
        Group group = new Group("g1", "Group 1", List.of("NY1"), List.of("LDN", "KOL", "SYD", "SAO"), slot);
        return new Cohort(program, fiveCities(), List.of(group), MatchingConstraints.none());
    }

    public static MeetingSlot newYorkTuesday1700() {
        return new MeetingSlot(DayOfWeek.TUESDAY, LocalTime.of(17, 0), "America/New_York", 60);
    }
}
