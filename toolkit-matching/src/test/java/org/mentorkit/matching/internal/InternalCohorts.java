package org.mentorkit.matching.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mentorkit.model.ApplicantColumns;
import org.mentorkit.model.Cadence;
import org.mentorkit.model.CadenceKind;
import org.mentorkit.model.Cohort;
import org.mentorkit.model.CriterionWeights;
import org.mentorkit.model.DeliveryMode;
import org.mentorkit.model.GroupPolicy;
import org.mentorkit.model.MatchingConstraints;
import org.mentorkit.model.MatchingSettings;
import org.mentorkit.model.NonIsolationRule;
import org.mentorkit.model.Participant;
import org.mentorkit.model.Program;
import org.mentorkit.model.Role;
import org.mentorkit.model.Vocabulary;
import org.mentorkit.model.WeeklyWindow;

/** Small cohorts for the internal availability classes: zones of both hemispheres, a January-to-July program. */
final class InternalCohorts {

    static final LocalDate START = LocalDate.of(2027, 1, 11);
    static final String[] ZONES = {"Australia/Sydney", "Pacific/Auckland", "America/New_York", "Europe/Berlin",
        "America/Santiago", "Asia/Kolkata", "UTC", "Australia/Lord_Howe"};

    private InternalCohorts() {
    }

    static Program program(GroupPolicy policy, List<NonIsolationRule> rules) {
        List<Vocabulary> vocabularies = List.of(
                new Vocabulary("gender", "Gender", List.of("F", "M", "NB"), List.of("F"), false));
        return new Program("internal", "Internal", "Society", "", START, 6,
                new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, 2, DayOfWeek.TUESDAY, 60, List.of(), null),
                DeliveryMode.VIRTUAL, policy, new MatchingSettings(CriterionWeights.defaults(), rules, List.of()),
                vocabularies, ApplicantColumns.defaults(), "");
    }

    static Participant person(String id, Role role, String zone, List<WeeklyWindow> windows, String gender) {
        return new Participant(id, id, "", role, zone, windows, List.of("research"), "", "", "", "",
                Map.of("gender", List.of(gender)), role == Role.MENTOR ? 1 : 0, "", Map.of());
    }

    /** One to three windows on weekdays, on the quarter hour, some running to midnight. */
    static List<WeeklyWindow> windows(SplittableRandom rnd) {
        List<WeeklyWindow> out = new ArrayList<>();
        int count = 1 + rnd.nextInt(3);
        for (int k = 0; k < count; k++) {
            DayOfWeek day = DayOfWeek.of(1 + rnd.nextInt(5));
            int start = rnd.nextInt(22 * 4);
            int end = Math.min(24 * 4, start + 4 + rnd.nextInt(16));
            WeeklyWindow w = new WeeklyWindow(day, LocalTime.of(start / 4, start % 4 * 15),
                    end == 96 ? LocalTime.MIDNIGHT : LocalTime.of(end / 4, end % 4 * 15));
            if (out.stream().noneMatch(x -> x.day() == w.day())) {
                out.add(w);
            }
        }
        return out;
    }

    /** A random cohort of mentors then mentees. */
    static Cohort random(long seed, int mentors, int mentees, GroupPolicy policy, List<NonIsolationRule> rules) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < mentors + mentees; i++) {
            boolean mentor = i < mentors;
            people.add(person((mentor ? "T" : "S") + i, mentor ? Role.MENTOR : Role.MENTEE,
                    ZONES[rnd.nextInt(ZONES.length)], windows(rnd), rnd.nextInt(3) == 0 ? "F" : "M"));
        }
        return new Cohort(program(policy, rules), people, List.of(), MatchingConstraints.none());
    }
}
