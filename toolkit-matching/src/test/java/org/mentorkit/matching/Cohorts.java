package org.mentorkit.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.mentorkit.model.WorkingWeek;

/** Test cohorts built in code. */
final class Cohorts {

    private Cohorts() {
    }

    static Program program(GroupPolicy policy, List<NonIsolationRule> rules, LocalDate start) {
        List<Vocabulary> vocabularies = List.of(
                new Vocabulary("gender", "Gender", List.of("F", "M", "NB"), List.of("F"), false));
        return new Program("test", "Test program", "Test society", "", start, 6,
                new Cadence(CadenceKind.MONTHLY_BY_WEEKDAY, 1, 2, DayOfWeek.TUESDAY, 60, List.of(), null),
                DeliveryMode.VIRTUAL, policy, new MatchingSettings(CriterionWeights.defaults(), rules,
                WorkingWeek.windows()), vocabularies, ApplicantColumns.defaults(), "");
    }

    static Participant mentee(String id, String zone, String gender, String... interests) {
        return new Participant(id, "Mentee " + id, "", Role.MENTEE, zone, List.of(), List.of(interests), "", "", "",
                "", Map.of("gender", List.of(gender)), 0, "", Map.of());
    }

    static Participant mentor(String id, String zone, String gender, int capacity, String... interests) {
        return new Participant(id, "Mentor " + id, "", Role.MENTOR, zone, List.of(), List.of(interests), "", "", "",
                "", Map.of("gender", List.of(gender)), capacity, "late", Map.of());
    }

    static Cohort cohort(Program program, List<Participant> people, MatchingConstraints constraints) {
        return new Cohort(program, people, List.of(), constraints);
    }

    /**
     * Hours, in the week of {@code start}, in which every member is inside Monday-Friday 08:00-18:00 of their own zone
     * (the default availability), counted in quarter hours with java.time: an independent check of the engine's
     * common hours.
     */
    static double defaultCommonHours(List<Participant> members, LocalDate start) {
        java.time.ZonedDateTime monday = start.with(DayOfWeek.MONDAY).atStartOfDay(java.time.ZoneOffset.UTC);
        int quarters = 0;
        for (int k = 0; k < 7 * 96; k++) {
            java.time.ZonedDateTime t = monday.plusMinutes(15L * k);
            boolean all = true;
            for (Participant p : members) {
                java.time.ZonedDateTime local = t.withZoneSameInstant(java.time.ZoneId.of(p.timeZone()));
                all &= local.getDayOfWeek().getValue() <= 5 && local.getHour() >= 8 && local.getHour() < 18;
            }
            quarters += all ? 1 : 0;
        }
        return quarters / 4.0;
    }
}
